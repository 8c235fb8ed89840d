package org.talentbridge.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinService;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.notification.NotificationService;

/**
 * A bell for the header of signed-in screens: the number of unread notifications, a click opens the list.
 * It counts once per navigation (issue 19: it used to count twice on the first, attach and navigation), and when
 * attached outside one. Usable without injection ({@code new NotificationBell()}), so a layout
 * adds it in one line.
 */
public class NotificationBell extends Composite<Button> implements AfterNavigationObserver {

    final Span count = new Span();
    private transient NotificationService notifications;
    /** Attached and not counted since: the count is due before the response. */
    private boolean countPending;

    public NotificationBell() {
        Button bell = getContent();
        bell.setIcon(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.getElement().getThemeList().add("badge error small pill");
        bell.setSuffixComponent(count);
        bell.addClickListener(e -> bell.getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
    }

    /**
     * Attached outside a navigation (added to a screen later), the bell counts before the response; attached with a
     * new layout during a navigation, {@link #afterNavigation} has counted by then, so that count is the only one.
     */
    @Override
    protected void onAttach(AttachEvent event) {
        countPending = true;
        event.getUI().beforeClientResponse(this, context -> {
            if (countPending) {
                refresh();
            }
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    /** Counts my unread notifications again. */
    public void refresh() {
        countPending = false;
        if (notifications == null) {
            notifications = VaadinService.getCurrent().getInstantiator().getOrCreate(NotificationService.class);
        }
        int unread;
        try {
            unread = notifications.unreadCount();
        } catch (AccessDeniedException e) {
            setVisible(false); // nobody signed in
            return;
        }
        setVisible(true);
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        getContent().setAriaLabel(getTranslation("notifications.bell", unread));
        getContent().setTooltipText(getTranslation("notifications.bell", unread));
    }
}
