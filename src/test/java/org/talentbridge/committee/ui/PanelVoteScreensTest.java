package org.talentbridge.committee.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.committee.CaseTally;
import org.talentbridge.committee.CommitteeService;
import org.talentbridge.committee.DrawRequest;
import org.talentbridge.committee.DrawView;
import org.talentbridge.committee.ExpertRequest;
import org.talentbridge.committee.MoveOnJobs;
import org.talentbridge.committee.MyPanelView;
import org.talentbridge.committee.PanelVoteService;
import org.talentbridge.committee.VoteDecision;
import org.talentbridge.committee.VoteState;
import org.talentbridge.committee.VoteStatusView;
import org.talentbridge.round.RoundRequest;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.policy.TitleLevel;

/** The vote screens: a member scores and votes on their panel's sheet; the secretary opens, follows, closes and sees the tally. */
class PanelVoteScreensTest extends KaribuTest {

    @Autowired
    private org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    private org.camunda.bpm.engine.ManagementService management;

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String SERIES = "体育";

    @Autowired
    private RoundService rounds;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private CommitteeService committee;
    @Autowired
    private org.talentbridge.committee.ExpertPoolService expertPool;
    @Autowired
    private PanelVoteService votes;

    private AccountView secretary() {
        return accounts.findByUsername("secretary").orElseThrow();
    }

    /** A confirmed panel of three with two cases; returns the draw. */
    private DrawView confirmedPanel() {
        LocalDate today = LocalDate.now();
        RoundView round = rounds.createAs(new RoundRequest(today.getYear(), "表决界面批次" + SEQ.incrementAndGet() + "-" + System.nanoTime(),
                catalog.seriesNames(), LocalDate.of(today.getYear(), 12, 31), today.minusDays(10), today.plusDays(10), 10, 5), "admin");
        for (int i = 0; i < 6; i++) {
            AccountView member = newAccount("uivoter", Role.COMMITTEE_MEMBER);
            as(secretary(), () -> expertPool.addExpert(new ExpertRequest(member.username(), SERIES, TitleLevel.SENIOR, null, false)));
        }
        List<String> cases = new ArrayList<>(List.of("ZU" + SEQ.incrementAndGet() + "-" + (System.nanoTime() % 100_000),
                "ZU" + SEQ.incrementAndGet() + "-" + (System.nanoTime() % 100_000)));
        return as(secretary(), () -> committee.confirm(committee.draw(new DrawRequest(round.id(), SERIES, TitleLevel.INTERMEDIATE,
                false, cases, Set.of(), 3)).id()));
    }

    private AccountView member(DrawView draw, int seat) {
        return accounts.findByUsername(draw.panel().get(seat).username()).orElseThrow();
    }

    @Test
    void aMemberScoresAndVotesOnTheSheetWithFieldErrorsFirstAndMayChangeUntilClosing() {
        DrawView draw = confirmedPanel();
        as(secretary(), () -> votes.open(draw.id(), null, null));
        openAs(member(draw, 0));
        navigate("committee/votes");
        MyPanelsView list = _get(MyPanelsView.class);
        List<MyPanelView> mine = _fetch(list.panels, 0, _size(list.panels));
        int row = mine.stream().map(MyPanelView::drawId).toList().indexOf(draw.id());
        assertThat(row).isNotNegative();
        _click((Button) _getCellComponent(list.panels, row, "actions"));

        PanelBallotView sheet = _get(PanelBallotView.class);
        assertThat(sheet.rows).hasSize(2);
        PanelBallotView.Row first = sheet.rows.get(0);
        _setValue(first.performance, 120);
        _setValue(first.skill, 70);
        _click(sheet.save);
        assertThat(first.performance.getErrorMessage()).isEqualTo("分数须为 0 到 100 之间的整数");
        assertThat(first.interview.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(first.decision.getErrorMessage()).isEqualTo("此项为必填项");

        _setValue(first.performance, 85);
        _setValue(first.interview, 90);
        _setValue(first.decision, VoteDecision.AGREE);
        _click(sheet.save);
        first = sheet.rows.get(0);
        assertThat(first.decision.getValue()).isEqualTo(VoteDecision.AGREE);
        assertThat(first.voted.getText()).isEqualTo("您已对本件表决");
        assertThat(sheet.rows.get(1).voted.getText()).isEqualTo("您尚未对本件表决");

        // changed before closing
        _setValue(first.decision, VoteDecision.DISAGREE);
        _click(sheet.save);
        assertThat(sheet.rows.get(0).decision.getValue()).isEqualTo(VoteDecision.DISAGREE);

        as(secretary(), () -> votes.close(draw.id()));
        navigate("committee/ballot/" + draw.id());
        sheet = _get(PanelBallotView.class);
        assertThat(sheet.save.isEnabled()).isFalse();
        assertThat(sheet.rows.get(0).decision.getValue()).as("not even the member sees it after closing").isNull();
        assertThat(sheet.rows.get(0).decision.isReadOnly()).isTrue();
        assertThat(sheet.rows.get(0).voted.getText()).isEqualTo("您已对本件表决");
    }

    @Test
    void aMemberCannotOpenTheSheetOfAPanelTheyDoNotSitOnNorTheSecretaryScreen() {
        DrawView draw = confirmedPanel();
        DrawView other = confirmedPanel();
        // panels of different rounds may share a member (the pool is shared): take one who sits on the other panel only
        List<String> onDraw = draw.panel().stream().map(m -> m.username()).toList();
        String outsider = other.panel().stream().map(m -> m.username()).filter(u -> !onDraw.contains(u)).findFirst()
                .orElseThrow(() -> new AssertionError("the two panels share every member"));
        openAs(accounts.findByUsername(outsider).orElseThrow());
        try {
            navigate("committee/ballot/" + draw.id());
        } catch (AssertionError | RuntimeException e) {
            assertThat(e).hasStackTraceContaining("AccessDeniedException");
        }
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(PanelBallotView.class::isInstance);
        assertNavigationDenied("committee/panel-votes", PanelVotesView.class);
        openAs(secretary());
        assertNavigationDenied("committee/votes", MyPanelsView.class);
    }

    @Test
    void theSecretaryOpensFollowsTheCountClosesAndSeesTheTallyOnly() {
        DrawView draw = confirmedPanel();
        openAs(secretary());
        navigate("committee/panel-votes");
        PanelVotesView view = _get(PanelVotesView.class);
        List<VoteStatusView> rows = _fetch(view.votes, 0, _size(view.votes));
        int row = rows.stream().map(VoteStatusView::drawId).toList().indexOf(draw.id());
        assertThat(row).isNotNegative();
        _click((Button) _getCellComponent(view.votes, row, "actions"));
        assertThat(view.open.isEnabled()).isTrue();
        assertThat(view.close.isEnabled()).isFalse();
        _click(view.open);
        assertThat(view.shown.state()).isEqualTo(VoteState.OPEN);

        for (int seat = 0; seat < 3; seat++) {
            AccountView m = member(draw, seat);
            VoteDecision d = seat < 2 ? VoteDecision.AGREE : VoteDecision.DISAGREE;
            as(m, () -> votes.cast(draw.id(), List.of(new org.talentbridge.committee.BallotRequest(draw.caseNumbers().get(0), d,
                    80, 80, 80))));
        }
        _click((Button) _getCellComponent(view.votes, row, "actions"));
        assertThat(_fetch(view.counts, 0, _size(view.counts))).extracting(VoteStatusView.CaseCount::voted).containsExactly(3, 0);
        assertThat(view.tally.isVisible()).isFalse();

        _click(view.close);
        assertThat(view.shown.state()).isEqualTo(VoteState.CLOSED);
        assertThat(view.tally.isVisible()).isTrue();
        List<CaseTally> tally = _fetch(view.tally, 0, _size(view.tally));
        assertThat(tally).extracting(CaseTally::agree, CaseTally::disagree, CaseTally::passed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 1, true), org.assertj.core.groups.Tuple.tuple(0, 0, false));
        assertThat(view.close.isEnabled()).isFalse();
        // the screen has no column naming members: only case, counts, result and averages
        assertThat(view.tally.getColumns()).hasSize(10);

        // the cases move on in the background: the progress, refreshed every few seconds and by the button
        assertThat(view.moveOnProgress.getText()).startsWith("已推进 0 / 2 件").endsWith("申报正在后台逐件推进，本页会自动刷新。");
        assertThat(view.refresh.isVisible()).isTrue();
        assertThat(view.moveOnFailing.isVisible()).isFalse();
        assertThat(com.vaadin.flow.component.UI.getCurrent().getPollInterval()).isPositive();
        MoveOnJobs.runAll(runtime, management, draw.id());
        _click(view.refresh);
        // the numbers were typed into the draw by hand: no case waits for this vote, so each is left as it was
        assertThat(view.moveOnProgress.getText())
                .isEqualTo("已推进 2 / 2 件（通过 0 件，未通过 0 件，未在等待本次表决、保持不变 2 件） 全部申报已推进。");
        assertThat(view.refresh.isVisible()).isFalse();
        assertThat(com.vaadin.flow.component.UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }
}
