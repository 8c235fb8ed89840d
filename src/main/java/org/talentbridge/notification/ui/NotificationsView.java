package org.talentbridge.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.talentbridge.notification.NotificationRow;
import org.talentbridge.notification.NotificationService;
import org.talentbridge.shared.ui.Labels;

/** My notifications, newest first, paged lazily; unread ones are marked. A click marks it read and opens it. */
@Route("notifications")
@Menu(order = 5, title = "nav.notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final Grid<NotificationRow> grid = new Grid<>();
    final Button markAllRead = new Button(getTranslation("notifications.markAllRead"));
    private final transient NotificationService notifications;

    public NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        setSizeFull();
        grid.addComponentColumn(this::readMark).setHeader(getTranslation("notifications.status")).setAutoWidth(true)
                .setFlexGrow(0).setKey("read");
        grid.addColumn(r -> Labels.dateTime(r.createdAt())).setHeader(getTranslation("notifications.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(NotificationRow::kindLabel).setHeader(getTranslation("notifications.kind")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(NotificationRow::text).setHeader(getTranslation("notifications.message")).setFlexGrow(1)
                .setKey("text");
        grid.setPartNameGenerator(r -> r.read() ? null : "unread");
        grid.setEmptyStateText(getTranslation("notifications.empty"));
        grid.setSizeFull();
        grid.addItemClickListener(e -> open(e.getItem()));
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAllRead.addClickListener(e -> {
            int marked = notifications.markAllRead();
            Notification.show(getTranslation("notifications.markedAllRead", marked), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        add(markAllRead, grid);
    }

    private Span readMark(NotificationRow row) {
        Span mark = new Span(getTranslation(row.read() ? "notifications.read" : "notifications.unread"));
        mark.getElement().getThemeList().add(row.read() ? "badge contrast" : "badge primary");
        return mark;
    }

    void open(NotificationRow row) {
        notifications.markRead(row.id());
        if (row.link() != null) {
            getUI().ifPresent(ui -> ui.navigate(row.link()));
        } else {
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(q -> notifications.page(q.getOffset(), q.getLimit(), getLocale()).stream(),
                q -> notifications.count());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notifications");
    }
}
