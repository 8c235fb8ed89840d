package org.talentbridge.casework.ui;

import org.talentbridge.shared.ui.GridColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import org.talentbridge.casework.ReviewDecision;
import org.talentbridge.shared.validation.InvalidInputException;
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
import com.vaadin.flow.component.textfield.TextField;
import org.talentbridge.casework.InboxFilter;
import org.talentbridge.casework.InboxRow;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import java.util.List;
import org.talentbridge.casework.InboxScope;
import org.talentbridge.casework.ReviewInboxService;
import org.talentbridge.casework.TaskClaimedException;
import org.talentbridge.casework.TaskGoneException;
import org.talentbridge.shared.ui.FormErrors;
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
    final TextField caseNumber = new org.talentbridge.shared.ui.CaseNumberSearch(this::refresh);
    final Select<String> series = new Select<>();
    final Select<RoundView> round = new Select<>();
    final Grid<InboxRow> grid = new Grid<>();
    private final transient ReviewInboxService inbox;
    /** The open reason dialog and its fields (null until asked). */
    Dialog reasonDialog;
    TextArea reasonField;
    Button reasonConfirm;

    public InboxView(ReviewInboxService inbox, CatalogService catalog, RoundService rounds) {
        this.inbox = inbox;
        setSizeFull();
        scope.setValue(InboxScope.ALL);
        scope.addValueChangeListener(e -> refresh());
        series.setLabel(getTranslation("field.series"));
        series.setItems(catalog.seriesNames());
        series.setEmptySelectionAllowed(true);
        series.setEmptySelectionCaption(getTranslation("inbox.any"));
        series.addValueChangeListener(e -> refresh());
        round.setLabel(getTranslation("field.roundId"));
        List<RoundView> allRounds = rounds.all();
        round.setItems(allRounds);
        GridColumns.fitWidth(round, allRounds.stream().map(RoundView::name).toList());
        round.setItemLabelGenerator(r -> r == null ? getTranslation("inbox.any") : r.name());
        round.setEmptySelectionAllowed(true);
        round.setEmptySelectionCaption(getTranslation("inbox.any"));
        round.addValueChangeListener(e -> refresh());

        InboxColumns.add(grid);
        grid.addColumn(r -> r.assignee() == null ? getTranslation("inbox.unclaimed") : r.assignee())
                .setHeader(getTranslation("inbox.assignee"));
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("inbox.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.setSizeFull();
        add(new HorizontalLayout(scope, caseNumber, series, round), grid);
    }

    private HorizontalLayout actions(InboxRow row) {
        HorizontalLayout actions = new HorizontalLayout(new Anchor("review/" + row.taskId(), getTranslation("inbox.open")));
        if (row.assignee() == null) {
            Button claim = new Button(getTranslation("inbox.claim"), e -> act(() -> inbox.claim(row.taskId()), "inbox.claimed"));
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            actions.add(claim);
        } else {
            Button approve = new Button(getTranslation("inbox.approve"), e -> act(() -> inbox.approve(row.taskId()), "inbox.approved"));
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            Button giveBack = new Button(getTranslation("reviewDecision.RETURN"), e -> askReason(row, ReviewDecision.RETURN));
            giveBack.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button reject = new Button(getTranslation("reviewDecision.REJECT"), e -> askReason(row, ReviewDecision.REJECT));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            Button release = new Button(getTranslation("inbox.unclaim"), e -> act(() -> inbox.unclaim(row.taskId()), "inbox.released"));
            release.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            actions.add(approve, giveBack, reject, release);
        }
        return actions;
    }

    /** Returning and rejecting need a reason the applicant will read. */
    void askReason(InboxRow row, ReviewDecision decision) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(decision.messageKey()) + " · " + row.summary().caseNumber());
        TextArea reason = new TextArea(getTranslation("field.reason"));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setHelperText(getTranslation("inbox.reason.help"));
        Button confirm = new Button(getTranslation(decision.messageKey()), e -> {
            try {
                inbox.decide(row.taskId(), decision, reason.getValue());
                dialog.close();
                Notification.show(getTranslation("inbox.decided", getTranslation(decision.messageKey())), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidInputException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(FormErrors.message(this, ex));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("case.withdraw.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        reasonDialog = dialog;
        reasonField = reason;
        reasonConfirm = confirm;
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
        } catch (InvalidInputException e) { // an absent reviewer's claim, naming the substitute
            Notification.show(FormErrors.message(this, e), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        InboxFilter filter = new InboxFilter(scope.getValue() == null ? InboxScope.ALL : scope.getValue(),
                caseNumber.getValue(), series.getValue(), round.getValue() == null ? null : round.getValue().id());
        grid.setItems(q -> inbox.page(filter, q.getOffset(), q.getLimit()).stream(), q -> inbox.count(filter));
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
