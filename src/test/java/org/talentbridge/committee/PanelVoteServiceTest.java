package org.talentbridge.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.round.RoundRequest;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.FieldProblem;

/**
 * The secret vote of a confirmed panel through {@link PanelVoteService}: who may vote, scores and field errors, changing a
 * ballot until closing and not after, the tally at the threshold, and secrecy (no stored column, row or API links a
 * ballot to its member after closing). Each panel is drawn in a fresh round from experts entered for the test, in a series (体育) whose pool no other test counts exactly.
 */
class PanelVoteServiceTest extends IntegrationTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String SERIES = "体育";

    @Autowired
    private CommitteeService committee;
    @Autowired
    private org.talentbridge.committee.ExpertPoolService expertPool;
    @Autowired
    private PanelVoteService votes;
    @Autowired
    private RoundService rounds;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private AuditLog audit;
    @Autowired
    private JdbcTemplate jdbc;

    /** A confirmed panel: its draw, seated members (accounts) and cases. */
    record Panel(long drawId, List<AccountView> members, List<String> cases) {
    }

    private AccountView secretary() {
        return accounts.findByUsername("secretary").orElseThrow();
    }

    private Panel confirmedPanel(int size, int cases) {
        LocalDate today = LocalDate.now();
        RoundView round = rounds.createAs(new RoundRequest(today.getYear(), "表决测试批次" + SEQ.incrementAndGet() + "-" + System.nanoTime(),
                catalog.seriesNames(), LocalDate.of(today.getYear(), 12, 31), today.minusDays(10), today.plusDays(10), 10, 5), "admin");
        for (int i = 0; i < 2 * size; i++) {
            AccountView member = newAccount("voter", Role.COMMITTEE_MEMBER);
            as(secretary(), () -> expertPool.addExpert(new ExpertRequest(member.username(), SERIES, TitleLevel.SENIOR, null, false)));
        }
        List<String> caseNumbers = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            caseNumbers.add("ZV" + SEQ.incrementAndGet() + "-" + (System.nanoTime() % 100_000));
        }
        DrawView draw = as(secretary(), () -> {
            DrawView d = committee.draw(new DrawRequest(round.id(), SERIES, TitleLevel.INTERMEDIATE, false, caseNumbers, Set.of(), size));
            return committee.confirm(d.id());
        });
        List<AccountView> members = draw.panel().stream().map(m -> accounts.findByUsername(m.username()).orElseThrow()).toList();
        return new Panel(draw.id(), members, caseNumbers);
    }

    private VoteStatusView open(Panel panel) {
        return as(secretary(), () -> votes.open(panel.drawId(), null, null));
    }

    private BallotSheet vote(AccountView member, Panel panel, String caseNumber, VoteDecision decision, int score) {
        return as(member, () -> votes.cast(panel.drawId(), List.of(new BallotRequest(caseNumber, decision, score, score, score))));
    }

    @Test
    void aSeatedMemberSeesTheirPanelVotesScoresAndChangesTheBallotUntilClosing() {
        Panel panel = confirmedPanel(3, 2);
        AccountView member = panel.members().get(0);
        // before the vote opens the member sees the panel but cannot vote
        assertThat(as(member, votes::myPanels)).filteredOn(p -> p.drawId() == panel.drawId()).singleElement()
                .satisfies(p -> assertThat(p.state()).isEqualTo(VoteState.NOT_OPEN));
        assertThat(problemsOf(() -> vote(member, panel, panel.cases().get(0), VoteDecision.AGREE, 80)))
                .containsExactly(new FieldProblem("drawId", "validation.voteNotOpen"));
        open(panel);

        BallotSheet sheet = vote(member, panel, panel.cases().get(0), VoteDecision.DISAGREE, 61);
        assertThat(sheet.ballots().get(0)).isEqualTo(new MyBallot(panel.cases().get(0), true, VoteDecision.DISAGREE, 61, 61, 61));
        assertThat(sheet.ballots().get(1).voted()).isFalse();
        assertThat(sheet.panel().casesIVoted()).isEqualTo(1);

        // changing the vote replaces the ballot: still one ballot on the case
        sheet = vote(member, panel, panel.cases().get(0), VoteDecision.AGREE, 88);
        assertThat(sheet.ballots().get(0)).isEqualTo(new MyBallot(panel.cases().get(0), true, VoteDecision.AGREE, 88, 88, 88));
        assertThat(jdbc.queryForObject("select count(*) from tb.panel_ballot where draw_id = ?", Integer.class, panel.drawId()))
                .isEqualTo(1);
        assertThat(as(secretary(), () -> votes.status(panel.drawId())).votedByCase())
                .containsExactly(new VoteStatusView.CaseCount(panel.cases().get(0), 1), new VoteStatusView.CaseCount(panel.cases().get(1), 0));

        // another member's sheet does not show it
        assertThat(as(panel.members().get(1), () -> votes.sheet(panel.drawId())).ballots().get(0))
                .isEqualTo(new MyBallot(panel.cases().get(0), false, null, null, null, null));

        VoteStatusView closed = as(secretary(), () -> votes.close(panel.drawId()));
        assertThat(closed.state()).isEqualTo(VoteState.CLOSED);
        assertThat(closed.tally().get(0)).satisfies(t -> {
            assertThat(t.present()).isEqualTo(1);
            assertThat(t.agree()).isEqualTo(1);
            assertThat(t.quorumMet()).isFalse();
            assertThat(t.passed()).isFalse();
        });
        // after closing: a clear refusal, and the member sees only that they voted
        assertThat(problemsOf(() -> vote(member, panel, panel.cases().get(0), VoteDecision.DISAGREE, 10)))
                .containsExactly(new FieldProblem("drawId", "validation.voteClosed"));
        assertThat(as(member, () -> votes.sheet(panel.drawId())).ballots().get(0))
                .isEqualTo(new MyBallot(panel.cases().get(0), true, null, null, null, null));
        assertThat(problemsOf(() -> as(secretary(), () -> votes.close(panel.drawId()))))
                .containsExactly(new FieldProblem("drawId", "validation.voteClosed"));
        assertThat(audit.history("draw:" + panel.drawId())).extracting(AuditEvent::getAction)
                .contains("committee.voteOpened", "committee.voted", "committee.voteClosed");
        assertThat(audit.history("draw:" + panel.drawId())).filteredOn(e -> e.getAction().equals("committee.voted"))
                // the line names the cases voted on and nothing else: no decision, no score
                .allSatisfy(e -> assertThat(e.getDetails()).matches("cases=\\[[A-Z0-9, -]+\\]")
                        .doesNotContain("AGREE", "DISAGREE", "ABSTAIN"));
    }

    @Test
    void scoresAndDecisionsAreCheckedNamingEachField() {
        Panel panel = confirmedPanel(3, 2);
        open(panel);
        AccountView member = panel.members().get(0);
        assertThat(problemsOf(() -> as(member, () -> votes.cast(panel.drawId(), List.of(
                new BallotRequest(panel.cases().get(0), null, 101, null, -1),
                new BallotRequest("ZC-not-on-panel", VoteDecision.AGREE, 50, 50, 50))))))
                .containsExactly(new FieldProblem("ballots[0].decision", "validation.required"),
                        new FieldProblem("ballots[0].performance", "validation.voteScore", 0, 100),
                        new FieldProblem("ballots[0].skill", "validation.required"),
                        new FieldProblem("ballots[0].interview", "validation.voteScore", 0, 100),
                        new FieldProblem("ballots[1].caseNumber", "validation.voteCaseNotOnPanel"));
        // all or nothing
        assertThat(jdbc.queryForObject("select count(*) from tb.panel_participation where draw_id = ?", Integer.class,
                panel.drawId())).isZero();
    }

    @Test
    void onlyMembersSeatedOnTheConfirmedPanelVoteAndOnlyTheSecretaryOpensAndCloses() {
        Panel panel = confirmedPanel(3, 1);
        Panel other = confirmedPanel(3, 1);
        open(panel);
        // panels of different rounds draw from one pool and may share a member: take one who sits on the other only
        AccountView outsider = other.members().stream().filter(m -> !panel.members().contains(m)).findFirst()
                .orElseThrow(() -> new AssertionError("the two panels share every member"));
        assertThatThrownBy(() -> vote(outsider, panel, panel.cases().get(0), VoteDecision.AGREE, 70))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(outsider, () -> votes.sheet(panel.drawId()))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(outsider, votes::myPanels)).extracting(MyPanelView::drawId).contains(other.drawId())
                .doesNotContain(panel.drawId());
        // the secretary does not vote, a member does not close, an administrator only reads
        assertThatThrownBy(() -> vote(secretary(), panel, panel.cases().get(0), VoteDecision.AGREE, 70))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(panel.members().get(0), () -> votes.close(panel.drawId())))
                .isInstanceOf(AccessDeniedException.class);
        AccountView admin = accounts.findByUsername("admin").orElseThrow();
        assertThatThrownBy(() -> as(admin, () -> votes.close(panel.drawId()))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(admin, () -> votes.status(panel.drawId())).state()).isEqualTo(VoteState.OPEN);
        // a vote opens once
        assertThat(problemsOf(() -> open(panel))).containsExactly(new FieldProblem("drawId", "validation.voteAlreadyOpened"));
    }

    @Test
    void anUnconfirmedPanelHasNoVote() {
        LocalDate today = LocalDate.now();
        Panel panel = confirmedPanel(3, 1);
        DrawView unconfirmed = as(secretary(), () -> committee.draw(new DrawRequest(committee.find(panel.drawId()).roundId(),
                SERIES, TitleLevel.INTERMEDIATE, false, List.of("ZV-unconfirmed-" + today), Set.of(), 3)));
        assertThat(problemsOf(() -> as(secretary(), () -> votes.open(unconfirmed.id(), null, null))))
                .containsExactly(new FieldProblem("drawId", "validation.voteDrawNotConfirmed"));
    }

    @Test
    void aPanelOfSevenPassesWithFiveAgreeingAndFailsWithFourOrWithoutQuorum() {
        Panel panel = confirmedPanel(7, 3);
        open(panel);
        String five = panel.cases().get(0);
        String four = panel.cases().get(1);
        String noQuorum = panel.cases().get(2);
        for (int i = 0; i < 7; i++) {
            AccountView m = panel.members().get(i);
            vote(m, panel, five, i < 5 ? VoteDecision.AGREE : VoteDecision.DISAGREE, 60 + i);
            vote(m, panel, four, i < 4 ? VoteDecision.AGREE : i < 6 ? VoteDecision.DISAGREE : VoteDecision.ABSTAIN, 70);
            if (i < 4) {
                vote(m, panel, noQuorum, VoteDecision.AGREE, 90);
            }
        }
        VoteStatusView closed = as(secretary(), () -> votes.close(panel.drawId()));
        assertThat(closed.tally()).extracting(CaseTally::caseNumber, CaseTally::present, CaseTally::agree, CaseTally::disagree,
                CaseTally::abstain, CaseTally::quorumMet, CaseTally::passed).containsExactly(
                org.assertj.core.groups.Tuple.tuple(five, 7, 5, 2, 0, true, true),
                org.assertj.core.groups.Tuple.tuple(four, 7, 4, 2, 1, true, false),
                org.assertj.core.groups.Tuple.tuple(noQuorum, 4, 4, 0, 0, false, false));
        assertThat(closed.tally().get(0).averagePerformance()).isEqualByComparingTo("63.00");
        // the stored tally is what the status shows, and it cannot be changed
        assertThat(as(secretary(), () -> votes.status(panel.drawId())).tally()).isEqualTo(closed.tally());
        assertThatThrownBy(() -> jdbc.update("update tb.panel_tally set passed = true where draw_id = ?", panel.drawId()))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void theSecretaryMaySetAnotherQuorumAndPassShareForOnePanel() {
        Panel panel = confirmedPanel(3, 1);
        VoteStatusView opened = as(secretary(), () -> votes.open(panel.drawId(), VoteShare.valueOf("1/3"), VoteShare.valueOf("1/3")));
        assertThat(opened.quorum()).isEqualTo(new VoteShare(1, 3));
        vote(panel.members().get(0), panel, panel.cases().get(0), VoteDecision.AGREE, 75);
        assertThat(as(secretary(), () -> votes.close(panel.drawId())).tally().get(0).passed()).isTrue();
    }

    @Test
    void afterClosingNothingStoredLinksABallotToItsMember() {
        Panel panel = confirmedPanel(3, 2);
        open(panel);
        assertThat(jdbc.queryForObject("select pepper is not null from tb.panel_vote where draw_id = ?", Boolean.class,
                panel.drawId())).isTrue();
        VoteDecision[] decisions = {VoteDecision.AGREE, VoteDecision.DISAGREE, VoteDecision.ABSTAIN};
        for (int i = 0; i < 3; i++) {
            for (String c : panel.cases()) {
                vote(panel.members().get(i), panel, c, decisions[i], 50 + i);
            }
        }
        as(secretary(), () -> votes.close(panel.drawId()));

        // schema: ballot tables have no member, time or ordering column
        for (String table : List.of("panel_ballot", "panel_counted_ballot")) {
            List<String> columns = jdbc.queryForList("""
                    select column_name from information_schema.columns where table_schema = 'tb' and table_name = ?""",
                    String.class, table);
            assertThat(columns).as(table).isNotEmpty().noneMatch(c -> Stream.of("account", "member", "expert", "user", "voter",
                    "_at", "time", "date", "created", "seq").anyMatch(c.toLowerCase(Locale.ROOT)::contains));
            assertThat(jdbc.queryForObject("""
                    select data_type from information_schema.columns where table_schema = 'tb' and table_name = ?
                    and column_name = 'id'""", String.class, table)).isEqualTo("uuid");
        }
        // participation says who voted, with nothing about the ballot
        assertThat(jdbc.queryForList("""
                select column_name from information_schema.columns where table_schema = 'tb' and table_name = 'panel_participation'
                order by column_name""", String.class)).containsExactly("account_id", "case_number", "draw_id");
        // data: the pepper is gone, the open box is empty, the counted ballots carry no locator and share one transaction
        assertThat(jdbc.queryForObject("select pepper is null from tb.panel_vote where draw_id = ?", Boolean.class,
                panel.drawId())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from tb.panel_ballot where draw_id = ?", Integer.class, panel.drawId()))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from tb.panel_counted_ballot where draw_id = ?", Integer.class,
                panel.drawId())).isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(distinct xmin::text) from tb.panel_counted_ballot where draw_id = ?",
                Integer.class, panel.drawId())).as("written together at closing").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from tb.panel_participation where draw_id = ?", Integer.class,
                panel.drawId())).isEqualTo(6);
        // counted ballots cannot be altered or removed
        assertThatThrownBy(() -> jdbc.update("delete from tb.panel_counted_ballot where draw_id = ?", panel.drawId()))
                .isInstanceOf(DataAccessException.class);
        // no ballot can be added to a closed vote, even behind the service's back
        assertThatThrownBy(() -> jdbc.update("""
                insert into tb.panel_ballot (id, draw_id, case_number, locator, decision, score_performance, score_skill,
                score_interview) values (gen_random_uuid(), ?, ?, '\\x00'::bytea, 'AGREE', 1, 1, 1)""", panel.drawId(),
                panel.cases().get(0))).isInstanceOf(DataAccessException.class);
        // no member can find their ballot again
        assertThat(as(panel.members().get(0), () -> votes.sheet(panel.drawId())).ballots())
                .allMatch(b -> b.voted() && b.decision() == null && b.performance() == null);
    }

    @Test
    void theSecretaryAndAdministratorApiOffersNoPerMemberDecision() {
        for (Class<?> type : List.of(VoteStatusView.class, VoteStatusView.CaseCount.class, CaseTally.class)) {
            for (RecordComponent c : type.getRecordComponents()) {
                assertThat(c.getName().toLowerCase(Locale.ROOT)).as(type.getSimpleName())
                        .doesNotContain("member", "account", "expert", "voter", "username", "ballot");
            }
        }
        // the only member-facing reads are "my" panels and "my" sheet, for the signed-in member
        assertThat(Stream.of(PanelVoteService.class.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                .filter(m -> m.getReturnType() == BallotSheet.class || m.getReturnType() == List.class && m.getName().equals("myPanels"))
                .map(m -> m.getName() + List.of(m.getParameterTypes()))).containsExactlyInAnyOrder("myPanels[]", "sheet[long]",
                "cast[long, interface java.util.List]");
    }
}
