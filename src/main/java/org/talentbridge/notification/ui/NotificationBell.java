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
 * It counts again on every navigation. Usable without injection ({@code new NotificationBell()}), so a layout
 * adds it in one line.
 */
public class NotificationBell extends Composite<Button> implements AfterNavigationObserver {

    final Span count = new Span();
    private transient NotificationService notifications;

    public NotificationBell() {
        Button bell = getContent();
        bell.setIcon(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.getElement().getThemeList().add("badge error small pill");
        bell.setSuffixComponent(count);
        bell.addClickListener(e -> bell.getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    /** Counts my unread notifications again. */
    public void refresh() {
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
