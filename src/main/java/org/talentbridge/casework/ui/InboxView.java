package org.talentbridge.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.casework.InboxRow;
import org.talentbridge.casework.InboxScope;
import org.talentbridge.casework.ReviewInboxService;
import org.talentbridge.casework.TaskClaimedException;
import org.talentbridge.casework.TaskGoneException;
import org.talentbridge.shared.ui.Labels;

/**
 * Qualification review inbox: tasks of my groups and tasks I hold, paged lazily from the engine.
 * Claim, release, open the case, approve.
 */
@Route("inbox")
@Menu(order = 40, title = "nav.inbox")
@RolesAllowed({"REVIEWER", "ADMIN"})
public class InboxView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final Select<InboxScope> scope = Labels.enumSelect(this, "inbox.scope", InboxScope.class, InboxScope::messageKey);
    final Grid<InboxRow> grid = new Grid<>();
    private final transient ReviewInboxService inbox;

    public InboxView(ReviewInboxService inbox) {
        this.inbox = inbox;
        setSizeFull();
        scope.setValue(InboxScope.ALL);
        scope.addValueChangeListener(e -> refresh());

        grid.addComponentColumn(r -> new Anchor("cases/" + r.summary().caseNumber(), r.summary().caseNumber()))
                .setHeader(getTranslation("case.number")).setAutoWidth(true);
        grid.addColumn(r -> r.summary().applicantName()).setHeader(getTranslation("field.displayName"));
        grid.addColumn(r -> r.summary().applicantIdMasked()).setHeader(getTranslation("field.idNumber"));
        grid.addColumn(r -> r.summary().occupationName()).setHeader(getTranslation("field.occupation"));
        grid.addColumn(r -> getTranslation(r.summary().targetLevel().messageKey())).setHeader(getTranslation("field.targetLevel"));
        grid.addColumn(InboxRow::taskName).setHeader(getTranslation("inbox.task"));
        grid.addColumn(r -> Labels.dateTime(r.created())).setHeader(getTranslation("inbox.created"));
        grid.addColumn(r -> r.assignee() == null ? getTranslation("inbox.unclaimed") : r.assignee())
                .setHeader(getTranslation("inbox.assignee"));
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("inbox.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.setSizeFull();
        add(scope, grid);
    }

    private HorizontalLayout actions(InboxRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        if (row.assignee() == null) {
            Button claim = new Button(getTranslation("inbox.claim"), e -> act(() -> inbox.claim(row.taskId()), "inbox.claimed"));
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            actions.add(claim);
        } else {
            Button approve = new Button(getTranslation("inbox.approve"), e -> act(() -> inbox.approve(row.taskId()), "inbox.approved"));
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            Button release = new Button(getTranslation("inbox.unclaim"), e -> act(() -> inbox.unclaim(row.taskId()), "inbox.released"));
            release.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            actions.add(approve, release);
        }
        return actions;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (TaskClaimedException e) {
            Notification.show(getTranslation("inbox.claimedByOther", e.getHolder(), e.getHolderUsername()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (TaskGoneException e) {
            Notification.show(getTranslation("inbox.gone"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        refresh();
    }

    private void refresh() {
        InboxScope current = scope.getValue() == null ? InboxScope.ALL : scope.getValue();
        grid.setItems(q -> inbox.page(current, q.getOffset(), q.getLimit()).stream(), q -> inbox.count(current));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox");
    }
}
