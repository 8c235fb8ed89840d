package org.talentbridge.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.ReviewInboxService;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.committee.BallotRequest;
import org.talentbridge.committee.CommitteeService;
import org.talentbridge.committee.DrawView;
import org.talentbridge.committee.DrawnMember;
import org.talentbridge.committee.MoveOnJobs;
import org.talentbridge.committee.MoveOnProgress;
import org.talentbridge.committee.PanelVoteService;
import org.talentbridge.committee.VoteDecision;
import org.talentbridge.round.RoundRequest;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * Closing the vote of a panel of {@code benchmark.moveOn.cases} (500) real cases waiting for the committee (issue 19
 * item 3): the secretary's request (tally stored, the move-on started), then the background jobs as the job executor
 * runs them (one thread, one transaction each): the fan-out job and one job per case. Half the cases pass (integrity
 * checks → publicity), half do not. Its own database ({@code target/benchmark-move-on-postgres}). Run with
 * {@code mvn -Pbenchmark test -Dtest=PanelMoveOnBenchmark}; writes {@code target/benchmark-move-on.txt}.
 */
@Tag("benchmark")
@TestPropertySource(properties = {"app.embedded-db.data-directory=target/benchmark-move-on-postgres",
        "app.security.bcrypt-strength=4"})
class PanelMoveOnBenchmark extends IntegrationTest {

    private static final int CASES = Integer.getInteger("benchmark.moveOn.cases", 500);

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private ReviewInboxService inbox;
    @Autowired
    private CommitteeService committee;
    @Autowired
    private PanelVoteService votes;
    @Autowired
    private RoundService rounds;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private TaskService tasks;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;

    @Test
    void closingAPanelOfHundredsOfCases() throws Exception {
        List<String> report = new ArrayList<>();
        LocalDate today = LocalDate.now();
        RoundView round = rounds.createAs(new RoundRequest(today.getYear(), "表决推进基准" + System.nanoTime(),
                catalog.seriesNames(), LocalDate.of(today.getYear(), 12, 31), today.minusDays(1), today.plusDays(365), 10, 5),
                "admin");
        long setup = System.nanoTime();
        AccountView reviewer = newAccount("mvbrev", Role.REVIEWER);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            AccountView applicant = eligibleWelder("mvb" + i);
            String number = as(applicant, () -> cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE,
                    true, round.id())).caseNumber());
            confirmedByEmployer(number);
            as(reviewer, () -> {
                String task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
                inbox.claim(task);
                inbox.approve(task);
                return null;
            });
            numbers.add(number);
        }
        AccountView secretary = accounts.findByUsername("secretary").orElseThrow();
        List<DrawView> drawn = as(secretary, () -> committee.drawAll(round.id(), 3));
        DrawView draw = drawn.get(0);
        as(secretary, () -> {
            committee.confirm(draw.id());
            return votes.open(draw.id(), null, null);
        });
        for (DrawnMember seated : draw.panel()) {
            as(accounts.findByUsername(seated.username()).orElseThrow(), () -> votes.cast(draw.id(), draw.caseNumbers().stream()
                    .map(c -> new BallotRequest(c, numbers.indexOf(c) % 2 == 0 ? VoteDecision.AGREE : VoteDecision.DISAGREE,
                            80, 80, 80)).toList()));
        }
        report.add(String.format(Locale.ROOT, "setup: %d cases to the committee, panel %d with %d cases, %d s",
                CASES, draw.id(), draw.caseNumbers().size(), (System.nanoTime() - setup) / 1_000_000_000L));

        long t0 = System.nanoTime();
        as(secretary, () -> votes.close(draw.id()));
        long closeNanos = System.nanoTime() - t0;
        report.add(String.format(Locale.ROOT, "%-100s %8.1f ms", "close (the secretary's request: tally stored, move-on started)",
                closeNanos / 1e6));

        String instance = MoveOnJobs.instance(runtime, draw.id()).getId();
        Job fanOut = management.createJobQuery().processInstanceId(instance).singleResult();
        t0 = System.nanoTime();
        management.executeJob(fanOut.getId());
        long fanOutNanos = System.nanoTime() - t0;
        report.add(String.format(Locale.ROOT, "%-100s %8.1f ms", "fan-out job (one job per case created, one transaction)",
                fanOutNanos / 1e6));

        List<Long> perCase = new ArrayList<>();
        long background = System.nanoTime();
        for (Job job : management.createJobQuery().processInstanceId(instance).list()) {
            long s = System.nanoTime();
            management.executeJob(job.getId());
            perCase.add(System.nanoTime() - s);
        }
        long backgroundNanos = System.nanoTime() - background;
        report.add(Timings.line("one case's job (own transaction)", perCase));
        report.add(String.format(Locale.ROOT, "%-100s %8.1f s", "all case jobs, one after the other (one job executor thread)",
                backgroundNanos / 1e9));
        MoveOnProgress progress = as(secretary, () -> votes.status(draw.id())).moveOn();
        report.add("progress after the jobs: " + progress);
        Path out = Path.of("target/benchmark-move-on.txt");
        Files.write(out, report);
        report.forEach(System.out::println);
        if (!progress.finished() || progress.passed() + progress.notPassed() != CASES) {
            throw new AssertionError("not every case moved on: " + progress);
        }
    }
}
