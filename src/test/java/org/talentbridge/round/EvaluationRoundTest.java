package org.talentbridge.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.CaseDetails;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.FieldProblem;

/** Evaluation rounds: created by ADMIN, validated, and the round decides the intake and the reference date. */
class EvaluationRoundTest extends IntegrationTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    private RoundService rounds;
    @Autowired
    private TitleCaseService cases;

    private RoundRequest round(List<String> series, LocalDate reference, LocalDate opens, LocalDate closes) {
        return new RoundRequest(reference.getYear(), "测试批次" + NAMES.incrementAndGet(), series, reference, opens, closes, 10, 5);
    }

    private RoundView createAsAdmin(RoundRequest request) {
        signIn(accounts.findByUsername("admin").orElseThrow());
        return rounds.create(request);
    }

    @Test
    void anAdministratorCreatesARoundAndEveryBadFieldIsNamed() {
        RoundView created = createAsAdmin(round(List.of("工程技术"), LocalDate.of(2026, 12, 31), TODAY, TODAY.plusDays(30)));
        assertThat(rounds.all()).extracting(RoundView::id).contains(created.id());

        List<FieldProblem> problems = problemsOf(() -> rounds.create(new RoundRequest(2026, created.name(), List.of("经济"),
                LocalDate.of(2026, 12, 31), TODAY, TODAY.minusDays(1), 0, 61)));
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("correctionDays", "reviewSlaWorkingDays", "intakeCloses", "series", "name");
    }

    @Test
    void aRoundMayCarryItsOwnVoteQuorumAndPassSharesWrittenNOverD() {
        RoundRequest r = round(List.of("工程技术"), LocalDate.of(2026, 12, 31), TODAY, TODAY.plusDays(30));
        RoundRequest bad = new RoundRequest(r.year(), r.name(), r.series(), r.referenceDate(), r.intakeOpens(),
                r.intakeCloses(), 10, 5, "5/3", "1/150");
        signIn(accounts.findByUsername("admin").orElseThrow());
        assertThat(problemsOf(() -> rounds.create(bad))).containsExactlyInAnyOrder(
                new FieldProblem("voteQuorum", "validation.share"), new FieldProblem("votePass", "validation.share"));
        RoundView created = rounds.create(new RoundRequest(r.year(), r.name(), r.series(), r.referenceDate(), r.intakeOpens(),
                r.intakeCloses(), 10, 5, "1/2", "3/4"));
        assertThat(created.voteQuorum()).isEqualTo("1/2");
        assertThat(created.votePass()).isEqualTo("3/4");
        assertThat(createAsAdmin(round(List.of("工程技术"), LocalDate.of(2026, 12, 31), TODAY, TODAY)).votePass())
                .as("the application's default").isNull();
    }

    @Test
    void onlyAdministratorsCreateRounds() {
        signIn(accounts.findByUsername("reviewer").orElseThrow());
        assertThatThrownBy(() -> rounds.create(round(List.of("工程技术"), LocalDate.of(2026, 12, 31), TODAY, TODAY)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRoundIsOpenFromTheFirstToTheLastDayOfItsIntake() {
        RoundView round = createAsAdmin(round(List.of("体育"), LocalDate.of(2026, 12, 31), TODAY, TODAY.plusDays(1)));
        assertThat(round.isOpenOn(TODAY.minusDays(1))).isFalse();
        assertThat(round.isOpenOn(TODAY)).isTrue();
        assertThat(round.isOpenOn(TODAY.plusDays(1))).isTrue();
        assertThat(round.isOpenOn(TODAY.plusDays(2))).isFalse();
        assertThat(rounds.openFor("体育", TODAY)).extracting(RoundView::id).contains(round.id());
    }

    @Test
    void anApplicationGoesOnlyIntoAnOpenRoundThatCoversItsSeries() {
        RoundView arts = createAsAdmin(round(List.of("艺术"), LocalDate.of(2026, 12, 31), TODAY, TODAY.plusDays(30)));
        RoundView closed = createAsAdmin(round(List.of("工程技术"), LocalDate.of(2026, 12, 31), TODAY.minusDays(30), TODAY.minusDays(1)));
        eligibleWelder("roundapp");
        for (Long id : List.of(arts.id(), closed.id())) {
            assertThat(problemsOf(() -> cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true, id))))
                    .containsExactly(new FieldProblem("roundId", "validation.roundNotOpen"));
        }
    }

    @Test
    void screeningCountsToTheRoundsReferenceDateAndEachRoundTakesItsOwnCase() {
        RoundView future = createAsAdmin(round(List.of("工程技术"), LocalDate.of(2030, 12, 31), TODAY, TODAY.plusDays(30)));
        AccountView applicant = eligibleWelder("roundref"); // assessments for the last three years only
        String inDemoRound = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        String inFuture = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true, future.id()))
                .caseNumber();

        assertThat(inFuture).isNotEqualTo(inDemoRound);
        CaseDetails later = cases.details(inFuture).orElseThrow();
        assertThat(later.summary().roundName()).isEqualTo(future.name());
        assertThat(later.screening().orElseThrow().input().referenceDate()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(later.screening().orElseThrow().result().eligible()).isFalse(); // 2027-2029 assessments missing
        assertThat(cases.details(inDemoRound).orElseThrow().screening().orElseThrow().result().eligible()).isTrue();
        assertThat(applicant.roles()).containsExactly(Role.APPLICANT);
    }
}
