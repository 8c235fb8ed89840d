package org.talentbridge.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.employer.EmployerView;
import org.talentbridge.round.RoundRequest;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.FieldProblem;

/**
 * The expert pool and the panel draw through {@link CommitteeService}: validation, the draw's rules on a real pool,
 * replacement only by the next alternate with a reason, confirmation, replay, the audit trail and who may do what.
 * Each test uses a series of its own and a fresh round, so that pools and loads do not mix.
 */
class CommitteeServiceTest extends IntegrationTest {

    private static final AtomicInteger ROUNDS = new AtomicInteger();

    @Autowired
    private CommitteeService committee;
    @Autowired
    private org.talentbridge.committee.ExpertPoolService expertPool;
    @Autowired
    private RoundService rounds;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private AuditLog audit;
    @Autowired
    private JdbcTemplate jdbc;

    private AccountView secretary() {
        return accounts.findByUsername("secretary").orElseThrow();
    }

    private RoundView freshRound() {
        LocalDate today = LocalDate.now();
        return rounds.createAs(new RoundRequest(today.getYear(), "评审组测试批次" + ROUNDS.incrementAndGet() + "-" + System.nanoTime(),
                catalog.seriesNames(), LocalDate.of(today.getYear(), 12, 31), today.minusDays(10), today.plusDays(10), 10, 5), "admin");
    }

    /** {@code count} new COMMITTEE_MEMBER accounts in the pool of {@code series}. */
    private List<ExpertView> experts(int count, String series, TitleLevel level, EmployerView employer, boolean highSkilled) {
        List<ExpertView> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AccountView member = newAccount("exp", Role.COMMITTEE_MEMBER);
            added.add(as(secretary(), () -> expertPool.addExpert(new ExpertRequest(member.username(), series, level,
                    employer == null ? null : employer.id(), highSkilled))));
        }
        return added;
    }

    private DrawRequest request(RoundView round, String series, TitleLevel level, boolean highSkilled, Set<Long> employers,
                                Integer size) {
        return new DrawRequest(round.id(), series, level, highSkilled, List.of("ZC2026-9" + ROUNDS.incrementAndGet()), employers, size);
    }

    @Test
    void addingAnExpertNamesEveryBadField() {
        signIn(secretary());
        assertThat(problemsOf(() -> expertPool.addExpert(new ExpertRequest(" ", null, null, null, false))))
                .extracting(FieldProblem::field).containsExactlyInAnyOrder("username", "series", "maxLevel");
        assertThat(problemsOf(() -> expertPool.addExpert(new ExpertRequest("nobody-" + System.nanoTime(), "经济", TitleLevel.SENIOR,
                987_654L, false)))).containsExactlyInAnyOrder(new FieldProblem("username", "validation.committeeNoSuchAccount"),
                new FieldProblem("series", "validation.unknownSeries"),
                new FieldProblem("employerId", "validation.committeeUnknownEmployer"));
        assertThat(problemsOf(() -> expertPool.addExpert(new ExpertRequest("reviewer", "艺术", TitleLevel.SENIOR, null, false))))
                .containsExactly(new FieldProblem("username", "validation.committeeNotMember"));
    }

    @Test
    void anExpertIsInThePoolOfASeriesOnceAndTakenOutOnce() {
        ExpertView expert = experts(1, "艺术", TitleLevel.SENIOR, employer(SHIPYARD), true).get(0);
        signIn(secretary());
        assertThat(expert.active()).isTrue();
        assertThat(expert.employerName()).isEqualTo(SHIPYARD);
        assertThat(expertPool.pool()).extracting(ExpertView::id).contains(expert.id());
        assertThat(problemsOf(() -> expertPool.addExpert(new ExpertRequest(expert.username(), "艺术", TitleLevel.INTERMEDIATE, null,
                false)))).containsExactly(new FieldProblem("series", "validation.committeeAlreadyInPool"));
        // the same person may judge another series
        assertThat(expertPool.addExpert(new ExpertRequest(expert.username(), "体育", TitleLevel.INTERMEDIATE, null, false)).series())
                .isEqualTo("体育");
        assertThat(expertPool.deactivateExpert(expert.id()).active()).isFalse();
        assertThat(problemsOf(() -> expertPool.deactivateExpert(expert.id())))
                .containsExactly(new FieldProblem("expertId", "validation.committeeAlreadyInactive"));
        // out of the pool, they can be entered again (a change of level is an exit and a new entry)
        assertThat(expertPool.addExpert(new ExpertRequest(expert.username(), "艺术", TitleLevel.INTERMEDIATE, null, false)).active())
                .isTrue();
        assertThat(audit.history("expert:" + expert.id())).extracting(AuditEvent::getAction)
                .containsExactly("committee.expertAdded", "committee.expertDeactivated");
    }

    @Test
    void aDrawSeatsThePanelFromEligibleExpertsOnlyWithAlternatesInOrderAndReplaysFromItsSeed() {
        String series = "群众文化";
        RoundView round = freshRound();
        EmployerView conflicted = employer("评审回避测试单位");
        List<ExpertView> eligible = experts(6, series, TitleLevel.SENIOR, null, false);
        List<ExpertView> standAside = experts(3, series, TitleLevel.SENIOR, conflicted, false);
        List<ExpertView> tooJunior = experts(3, series, TitleLevel.INTERMEDIATE, null, false);
        signIn(secretary());

        DrawView draw = committee.draw(request(round, series, TitleLevel.ASSOCIATE_SENIOR, false, Set.of(conflicted.id()), 3));

        assertThat(draw.panelSize()).isEqualTo(3);
        assertThat(draw.panel()).hasSize(3).allMatch(m -> m.state() == MemberState.SEATED);
        assertThat(draw.alternates()).hasSize(3).allMatch(m -> m.state() == MemberState.ALTERNATE)
                .extracting(DrawnMember::position).containsExactly(4, 5, 6);
        assertThat(draw.drawn()).extracting(DrawnMember::expertId)
                .containsExactlyInAnyOrderElementsOf(eligible.stream().map(ExpertView::id).toList())
                .doesNotContainAnyElementsOf(standAside.stream().map(ExpertView::id).toList())
                .doesNotContainAnyElementsOf(tooJunior.stream().map(ExpertView::id).toList());
        assertThat(draw.groupKind()).isEqualTo(GroupKind.ORDINARY);
        assertThat(draw.applicantEmployers()).containsExactly("评审回避测试单位");

        // the pool changes afterwards; the replay uses the pool as the draw saw it
        expertPool.deactivateExpert(draw.panel().get(0).expertId());
        experts(2, series, TitleLevel.SENIOR, null, false);
        ReplayResult replay = committee.replay(draw.id());
        assertThat(replay.matches()).isTrue();
        assertThat(replay.seed()).isEqualTo(draw.seed());
        assertThat(replay.replayed()).isEqualTo(draw.drawn().stream().map(DrawnMember::expertId).toList());
        assertThat(audit.history("draw:" + draw.id())).extracting(AuditEvent::getAction)
                .containsExactly("committee.drawn", "committee.drawReplayed");
    }

    @Test
    void theSameSeedOnTheSamePoolGivesTheSamePanel() {
        String series = "文物博物";
        experts(8, series, TitleLevel.SENIOR, null, false);
        signIn(secretary());
        DrawView first = committee.drawWithSeed(request(freshRound(), series, TitleLevel.SENIOR, false, Set.of(), 3), 20_261_125L);
        DrawView second = committee.drawWithSeed(request(freshRound(), series, TitleLevel.SENIOR, false, Set.of(), 3), 20_261_125L);
        assertThat(second.drawn()).extracting(DrawnMember::expertId)
                .containsExactlyElementsOf(first.drawn().stream().map(DrawnMember::expertId).toList());
    }

    @Test
    void fourPanelsOfThreeFromTwelveExpertsSeatEveryoneOnceInTheRound() {
        String series = "农业技术";
        List<ExpertView> pool = experts(12, series, TitleLevel.SENIOR, null, false);
        RoundView round = freshRound();
        signIn(secretary());
        Map<Long, Integer> seats = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            committee.draw(request(round, series, TitleLevel.INTERMEDIATE, false, Set.of(), 3)).panel()
                    .forEach(m -> seats.merge(m.expertId(), 1, Integer::sum));
        }
        assertThat(seats).containsOnlyKeys(pool.stream().map(ExpertView::id).toList()).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void theNextDrawOfTheRoundCountsTheSeatsAfterReplacementsTheReplacedMemberNoLongerHoldsOne() {
        String series = "技工院校教师";
        experts(7, series, TitleLevel.SENIOR, null, false);
        RoundView round = freshRound();
        signIn(secretary());
        DrawView first = committee.draw(request(round, series, TitleLevel.SENIOR, false, Set.of(), 3));
        long leaving = first.panel().get(0).expertId();
        DrawView replaced = committee.replace(first.id(), leaving, "回避");
        DrawView other = committee.draw(request(round, series, TitleLevel.SENIOR, false, Set.of(), 3));

        Map<Long, Integer> prior = new HashMap<>();
        jdbc.query("select expert_id, prior_seats from tb.panel_draw_candidate where draw_id = ?",
                rs -> {
                    prior.put(rs.getLong(1), rs.getInt(2));
                }, other.id());
        List<Long> seatedNow = replaced.panel().stream().map(DrawnMember::expertId).toList();
        assertThat(seatedNow).doesNotContain(leaving);
        // the load the second draw saw: one seat for each member of the first panel as it is now, none for the one replaced
        seatedNow.forEach(id -> assertThat(prior.get(id)).as("seats of expert " + id).isEqualTo(1));
        assertThat(prior.get(leaving)).isZero();
        assertThat(prior.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
    }

    @Test
    void aHighSkilledPanelSeatsAHighSkilledExpert() {
        String series = "艺术（舞台技术）";
        experts(8, series, TitleLevel.SENIOR, null, false);
        ExpertView skill = experts(1, series, TitleLevel.SENIOR, null, true).get(0);
        signIn(secretary());
        DrawView draw = committee.draw(request(freshRound(), series, TitleLevel.SENIOR, true, Set.of(), 3));
        assertThat(draw.groupKind()).isEqualTo(GroupKind.HIGH_SKILLED);
        assertThat(draw.panel()).extracting(DrawnMember::expertId).contains(skill.id());
    }

    @Test
    void aPoolTooSmallIsRefusedNamingWhatIsMissingAndBadParametersAreNamed() {
        String series = "工艺美术（工业设计）";
        experts(5, series, TitleLevel.SENIOR, null, false);
        RoundView round = freshRound();
        signIn(secretary());
        assertThat(problemsOf(() -> committee.draw(request(round, series, TitleLevel.SENIOR, false, Set.of(), 3))))
                .containsExactly(new FieldProblem("committeePool", "validation.committeePoolTooSmall", 6, 5, 5L, 0L));
        assertThat(problemsOf(() -> committee.draw(request(round, series, TitleLevel.SENIOR, true, Set.of(), 1))))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("panelSize", "validation.committeePanelSize"));
        assertThat(problemsOf(() -> committee.draw(new DrawRequest(null, "经济", null, false, List.of(" "), Set.of(123_456L), 4))))
                .extracting(FieldProblem::field).containsExactlyInAnyOrder("roundId", "series", "targetLevel", "caseNumbers",
                        "applicantEmployerIds", "panelSize");
        assertThat(problemsOf(() -> committee.draw(new DrawRequest(round.id(), series, TitleLevel.SENIOR, false, List.of(), Set.of(), null))))
                .extracting(FieldProblem::field).containsExactly("caseNumbers");
    }

    @Test
    void aSeatedMemberIsReplacedOnlyByTheNextAlternateWithAReasonAndNotAfterConfirmation() {
        String series = "技工院校教师";
        experts(7, series, TitleLevel.SENIOR, null, false);
        signIn(secretary());
        DrawView draw = committee.draw(request(freshRound(), series, TitleLevel.SENIOR, false, Set.of(), 3));
        List<Long> alternates = draw.alternates().stream().map(DrawnMember::expertId).toList();
        long leaving = draw.panel().get(1).expertId();

        assertThat(problemsOf(() -> committee.replace(draw.id(), leaving, "  ")))
                .containsExactly(new FieldProblem("reason", "validation.required"));
        assertThat(problemsOf(() -> committee.replace(draw.id(), alternates.get(0), "不在组内")))
                .containsExactly(new FieldProblem("expertId", "validation.committeeNotSeated"));

        DrawView replaced = committee.replace(draw.id(), leaving, "与申报人有亲属关系，回避");
        assertThat(replaced.panel()).extracting(DrawnMember::expertId).containsExactly(draw.panel().get(0).expertId(),
                alternates.get(0), draw.panel().get(2).expertId());
        assertThat(replaced.panel().get(1).state()).isEqualTo(MemberState.CALLED_IN);
        assertThat(replaced.drawn().get(1).state()).isEqualTo(MemberState.REPLACED);
        assertThat(replaced.replaced()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("与申报人有亲属关系，回避");
            assertThat(r.replacedBy()).isEqualTo("secretary");
            assertThat(r.passedOverNames()).isEmpty();
        });
        // the drawn order itself never changes
        assertThat(replaced.drawn()).extracting(DrawnMember::expertId)
                .containsExactlyElementsOf(draw.drawn().stream().map(DrawnMember::expertId).toList());

        // the next alternate left the pool: passed over (and recorded), the one after takes the seat
        expertPool.deactivateExpert(alternates.get(1));
        DrawView again = committee.replace(draw.id(), draw.panel().get(0).expertId(), "因病不能参加");
        assertThat(again.panel().get(0).expertId()).isEqualTo(alternates.get(2));
        assertThat(again.alternates()).extracting(DrawnMember::state)
                .containsExactly(MemberState.CALLED_IN, MemberState.PASSED_OVER, MemberState.CALLED_IN);
        assertThat(again.replaced().get(1).passedOverNames()).hasSize(1);
        // no alternate left
        assertThat(problemsOf(() -> committee.replace(draw.id(), draw.panel().get(2).expertId(), "出差")))
                .containsExactly(new FieldProblem("committeePool", "validation.committeeNoAlternateLeft"));

        DrawView confirmed = committee.confirm(draw.id());
        assertThat(confirmed.confirmed()).isTrue();
        assertThat(confirmed.confirmedBy()).isEqualTo("secretary");
        assertThat(problemsOf(() -> committee.replace(draw.id(), alternates.get(0), "确认之后")))
                .containsExactly(new FieldProblem("drawId", "validation.committeeDrawConfirmed"));
        assertThat(problemsOf(() -> committee.confirm(draw.id())))
                .containsExactly(new FieldProblem("drawId", "validation.committeeDrawConfirmed"));
        assertThat(committee.replay(draw.id()).matches()).isTrue();
        assertThat(audit.history("draw:" + draw.id())).extracting(AuditEvent::getAction).containsExactly("committee.drawn",
                "committee.memberReplaced", "committee.memberReplaced", "committee.drawConfirmed", "committee.drawReplayed");
    }

    @Test
    void theSecretaryManagesAdministratorsReadAndNobodyElseSeesThePool() {
        String series = "工艺美术";
        experts(6, series, TitleLevel.SENIOR, null, false);
        DrawView draw = as(secretary(), () -> committee.draw(request(freshRound(), series, TitleLevel.SENIOR, false, Set.of(), 3)));
        AccountView member = newAccount("exprole", Role.COMMITTEE_MEMBER);

        signIn(accounts.findByUsername("admin").orElseThrow());
        assertThat(expertPool.pool()).isNotEmpty();
        assertThat(committee.find(draw.id()).id()).isEqualTo(draw.id());
        assertThat(committee.replay(draw.id()).matches()).isTrue();
        assertThatThrownBy(() -> expertPool.addExpert(new ExpertRequest(member.username(), series, TitleLevel.SENIOR, null, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> committee.draw(request(freshRound(), series, TitleLevel.SENIOR, false, Set.of(), 3)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> committee.replace(draw.id(), draw.panel().get(0).expertId(), "理由"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> committee.confirm(draw.id())).isInstanceOf(AccessDeniedException.class);

        for (String other : List.of("reviewer", "expert", "wanghan")) {
            signIn(accounts.findByUsername(other).orElseThrow());
            assertThatThrownBy(() -> expertPool.pool()).as(other).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> committee.find(draw.id())).as(other).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theDrawnOrderTheInputsAndReplacementsCannotBeChangedAndAConfirmedDrawStaysAsItIs() {
        String series = "实验技术";
        experts(7, series, TitleLevel.SENIOR, null, false);
        signIn(secretary());
        DrawView draw = committee.draw(request(freshRound(), series, TitleLevel.SENIOR, false, Set.of(), 3));
        committee.replace(draw.id(), draw.panel().get(0).expertId(), "回避");
        long id = draw.id();
        assertThatThrownBy(() -> jdbc.update("update tb.panel_draw_member set position = position + 100 where draw_id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from tb.panel_draw_candidate where draw_id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update tb.panel_replacement set reason = 'x' where draw_id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update tb.panel_draw set seed = seed + 1 where id = ?", id))
                .isInstanceOf(DataAccessException.class);
        committee.confirm(id);
        assertThatThrownBy(() -> jdbc.update("update tb.panel_draw set confirmed_by = 'someone' where id = ?", id))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from tb.panel_draw where id = ?", id)).isInstanceOf(DataAccessException.class);
    }
}
