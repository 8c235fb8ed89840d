package org.talentbridge.committee.ui;

import org.talentbridge.shared.ui.GridColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.function.Supplier;
import org.talentbridge.committee.CaseTally;
import org.talentbridge.committee.MoveOnProgress;
import org.talentbridge.committee.PanelVoteService;
import org.talentbridge.committee.VoteState;
import org.talentbridge.committee.VoteStatusView;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The votes of confirmed panels (评审表决): the secretary opens a panel's vote, follows how many members have voted on
 * each case, and closes it; the tally is shown after closing, and how far the cases have been moved on in the
 * background (refreshed every few seconds while they move, and with a button). Never who voted how. Administrators read.
 */
@Route("committee/panel-votes")
@Menu(order = 47, title = "nav.committeeVotes")
@RolesAllowed({"COMMITTEE_SECRETARY", "ADMIN"})
public class PanelVotesView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final Grid<VoteStatusView> votes = new Grid<>();
    final VerticalLayout detail = new VerticalLayout();
    final Paragraph summary = new Paragraph();
    final Grid<VoteStatusView.CaseCount> counts = new Grid<>();
    final Grid<CaseTally> tally = new Grid<>();
    final H4 tallyHeading = new H4();
    final Button open = new Button();
    final Button close = new Button();
    final H4 moveOnHeading = new H4();
    final Paragraph moveOnProgress = new Paragraph();
    final Paragraph moveOnFailing = new Paragraph();
    final Button refresh = new Button();
    private com.vaadin.flow.shared.Registration polling;
    VoteStatusView shown;
    private static final int POLL_MILLIS = 3000;
    private final transient PanelVoteService service;

    public PanelVotesView(PanelVoteService service, AuthenticationContext authentication) {
        this.service = service;
        boolean manages = authentication.hasRole("COMMITTEE_SECRETARY");
        votes.addColumn(VoteStatusView::drawId).setHeader(getTranslation("committee.draw.number")).setAutoWidth(true);
        GridColumns.longText(votes.addColumn(VoteStatusView::roundName).setHeader(getTranslation("field.roundId")), VoteStatusView::roundName);
        votes.addColumn(VoteStatusView::series).setHeader(getTranslation("field.series"));
        votes.addColumn(v -> getTranslation(v.targetLevel().messageKey())).setHeader(getTranslation("field.targetLevel"));
        votes.addColumn(v -> getTranslation(v.groupKind().messageKey())).setHeader(getTranslation("committee.draw.group"));
        votes.addColumn(VoteStatusView::panelSize).setHeader(getTranslation("field.panelSize"));
        votes.addColumn(v -> getTranslation(v.state().messageKey())).setHeader(getTranslation("committee.vote.state"));
        votes.addComponentColumn(v -> {
            Button show = new Button(getTranslation("committee.draw.open"), click -> show(service.status(v.drawId())));
            show.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return show;
        }).setHeader(getTranslation("inbox.actions")).setAutoWidth(true).setKey("actions");
        votes.setEmptyStateText(getTranslation("committee.vote.noneConfirmed"));
        votes.setAllRowsVisible(true);

        GridColumns.identifier(counts.addColumn(VoteStatusView.CaseCount::caseNumber).setHeader(getTranslation("field.caseNumber")));
        counts.addColumn(c -> getTranslation("committee.vote.votedCount", c.voted(), shown == null ? 0 : shown.panelSize()))
                .setHeader(getTranslation("committee.vote.votedHeader"));
        counts.setAllRowsVisible(true);

        GridColumns.identifier(tally.addColumn(CaseTally::caseNumber).setHeader(getTranslation("field.caseNumber")));
        tally.addColumn(CaseTally::present).setHeader(getTranslation("committee.tally.present"));
        tally.addColumn(CaseTally::agree).setHeader(getTranslation("committee.vote.decision.AGREE"));
        tally.addColumn(CaseTally::disagree).setHeader(getTranslation("committee.vote.decision.DISAGREE"));
        tally.addColumn(CaseTally::abstain).setHeader(getTranslation("committee.vote.decision.ABSTAIN"));
        tally.addColumn(t -> getTranslation(t.quorumMet() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("committee.tally.quorumMet"));
        tally.addColumn(t -> getTranslation(t.passed() ? "committee.tally.passed" : "committee.tally.failed"))
                .setHeader(getTranslation("committee.tally.result"));
        tally.addColumn(t -> score(t.averagePerformance())).setHeader(getTranslation("field.scorePerformance"));
        tally.addColumn(t -> score(t.averageSkill())).setHeader(getTranslation("field.scoreSkill"));
        tally.addColumn(t -> score(t.averageInterview())).setHeader(getTranslation("field.scoreInterview"));
        tally.setAllRowsVisible(true);

        open.setText(getTranslation("committee.vote.open"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> act(() -> service.open(shown.drawId(), null, null), "committee.vote.openedNow"));
        close.setText(getTranslation("committee.vote.close"));
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        close.addClickListener(e -> act(() -> service.close(shown.drawId()), "committee.vote.closedNow"));
        open.setVisible(manages);
        close.setVisible(manages);

        refresh.setText(getTranslation("committee.moveOn.refresh"));
        refresh.addThemeVariants(ButtonVariant.LUMO_SMALL);
        refresh.addClickListener(e -> show(service.status(shown.drawId())));
        moveOnHeading.setText(getTranslation("committee.moveOn.heading"));
        // while the cases move on in the background the screen asks for the progress every few seconds
        addAttachListener(e -> polling = e.getUI().addPollListener(p -> {
            if (shown != null && moving(shown)) {
                show(service.status(shown.drawId()));
            }
        }));
        addDetachListener(e -> {
            if (polling != null) {
                polling.remove();
            }
            e.getUI().setPollInterval(-1);
        });

        detail.setPadding(false);
        tallyHeading.setText(getTranslation("committee.tally.heading"));
        detail.add(new H3(getTranslation("committee.vote.detail")), summary, new HorizontalLayout(open, close),
                moveOnHeading, moveOnProgress, moveOnFailing, refresh,
                new H4(getTranslation("committee.vote.votedHeader")), counts, tallyHeading, tally);
        detail.setVisible(false);
        add(new Paragraph(getTranslation("committee.vote.help")), detail, new H3(getTranslation("committee.vote.list")), votes);
    }

    private static String score(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private void act(Supplier<VoteStatusView> action, String doneKey) {
        try {
            show(action.get());
            Notification.show(getTranslation(doneKey, shown.drawId()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException ex) {
            new FormErrors(this).show(ex);
            show(service.status(shown.drawId()));
        }
        refreshList();
    }

    void show(VoteStatusView v) {
        shown = v;
        summary.setText(getTranslation("committee.vote.summary", v.drawId(), v.roundName(), v.series(),
                getTranslation(v.targetLevel().messageKey()), getTranslation(v.groupKind().messageKey()), v.panelSize(),
                getTranslation(v.state().messageKey()), v.quorum().toString(), v.pass().toString(),
                v.openedBy() == null ? "" : v.openedBy() + " " + Labels.dateTime(v.openedAt()),
                v.closedBy() == null ? "" : v.closedBy() + " " + Labels.dateTime(v.closedAt())));
        counts.setItems(v.votedByCase());
        tally.setItems(v.tally());
        tally.setVisible(v.state() == VoteState.CLOSED);
        tallyHeading.setVisible(v.state() == VoteState.CLOSED);
        open.setEnabled(v.state() == VoteState.NOT_OPEN);
        close.setEnabled(v.state() == VoteState.OPEN);
        showMoveOn(v.moveOn());
        detail.setVisible(true);
    }

    private static boolean moving(VoteStatusView v) {
        return v.moveOn() != null && !v.moveOn().finished();
    }

    private void showMoveOn(MoveOnProgress p) {
        boolean closed = p != null;
        moveOnHeading.setVisible(closed);
        moveOnProgress.setVisible(closed);
        refresh.setVisible(closed && !p.finished());
        moveOnFailing.setVisible(closed && (p.failing() > 0 || p.stuck() > 0));
        getUI().ifPresent(ui -> ui.setPollInterval(closed && !p.finished() ? POLL_MILLIS : -1));
        if (!closed) {
            return;
        }
        String state = getTranslation(p.atClosing() > 0 ? "committee.moveOn.atClosing"
                : p.finished() ? "committee.moveOn.finished" : "committee.moveOn.running");
        moveOnProgress.setText(getTranslation("committee.moveOn.progress", p.done(), p.total(), p.passed(), p.notPassed(),
                p.skipped()) + " " + state);
        moveOnFailing.setText(getTranslation("committee.moveOn.failing", p.failing(), p.stuck()));
    }

    private void refreshList() {
        votes.setItems(service.statuses(50));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.committeeVotes");
    }
}
