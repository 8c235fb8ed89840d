package org.talentbridge.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.publication.PublicationClock;
import org.talentbridge.publication.PublicationService;
import org.talentbridge.publication.PublicityPeriodProcess;
import org.talentbridge.publication.PublicityView;
import org.talentbridge.round.RoundRequest;
import org.talentbridge.round.RoundService;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * Issue 17.5, "the nightly grant run on both nodes at once gives one certificate per case and one notification": the
 * grant is the timer of the publicity list's process ({@code Timer_PeriodEnded}), a job of the engine. Two nodes'
 * job executors never run one job at once (acquiring it locks it, {@code ACT_RU_JOB.LOCK_OWNER_}, with optimistic
 * locking); this test goes further and runs the one job on two threads at the same moment, bypassing the locks, as two
 * nodes would if acquisition failed: one run commits, the other rolls back whole, and each case has one certificate,
 * one notification of its grant and one audit line of the list. Since version 2 of the model the same holds for
 * each job of the grant: the timer, the fan-out and the job of each entry. (.ci/two-nodes.sh shows the same for a correction
 * deadline on two real nodes; a publicity end cannot be reached from outside without waiting for its period.)
 */
class GrantOnceOnTwoNodesTest extends IntegrationTest {

    private static final LocalDateTime PUBLISHED = LocalDateTime.of(2026, 9, 24, 10, 0);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 9);

    @Autowired
    private ManagementService management;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private PublicationService publication;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private RoundService rounds;
    @Autowired
    private AuditLog audit;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void systemClock() {
        PublicationClock.system(publication);
    }

    @Test
    void theGrantTimerRunOnTwoThreadsAtOnceGrantsEachCaseOnceWithOneCertificateAndOneNotification() throws Exception {
        LocalDate today = LocalDate.now();
        long round = rounds.createAs(new RoundRequest(today.getYear(), "双节点授予测试" + System.nanoTime(), List.of("工程技术"),
                LocalDate.of(today.getYear(), 12, 31), today.minusDays(10), today.plusDays(10), 10, 5), "admin").id();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            eligibleWelder("twonode");
            String number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true, round)).caseNumber();
            passedToPublicity(number);
            SecurityContextHolder.clearContext();
            numbers.add(number);
        }
        AccountView secretary = accounts.findByUsername("secretary").orElseThrow();
        PublicationClock.at(publication, PUBLISHED);
        PublicityView list = as(secretary, () -> publication.publish(round, numbers, null));
        String processId = runtime.createProcessInstanceQuery().processDefinitionKey(PublicityPeriodProcess.KEY)
                .processInstanceBusinessKey(PublicityPeriodProcess.businessKey(list.id())).singleResult().getId();
        Job timer = management.createJobQuery().processInstanceId(processId).singleResult();
        Map<String, Integer> notificationsBefore = notifications(numbers);

        PublicationClock.at(publication, LAST_DAY.plusDays(1).atTime(0, 30)); // both "nodes" past the period
        // version 2 of the model: the timer, then the fan-out, then one job per entry; each run on both "nodes" at once
        onTwoNodesAtOnce(timer.getId());
        List<Job> left;
        while (!(left = management.createJobQuery().processInstanceId(processId).executable().list()).isEmpty()) {
            for (Job job : left) {
                onTwoNodesAtOnce(job.getId());
            }
        }

        assertThat(management.createJobQuery().jobId(timer.getId()).count()).isZero();
        Map<String, Integer> notificationsAfter = notifications(numbers);
        for (String number : numbers) {
            assertThat(as(secretary, () -> cases.details(number).orElseThrow().summary().status())).isEqualTo(CaseStatus.GRANTED);
            assertThat(jdbc.queryForObject("select count(*) from tb.certificate where case_number = ?", Integer.class, number))
                    .as("certificates of " + number).isEqualTo(1);
            assertThat(notificationsAfter.get(number) - notificationsBefore.get(number)).as("notifications of " + number).isEqualTo(1);
            assertThat(audit.history("case:" + number)).as(number).isNotEmpty();
        }
        assertThat(audit.history("round:" + round)).filteredOn(e -> e.getAction().equals("publicity.granted"))
                .extracting(AuditEvent::getDetails).containsExactlyInAnyOrderElementsOf(numbers);
    }

    /**
     * Runs the job on two threads at the same moment: at most one run commits; when both fail (the loser's retry
     * bookkeeping touched the job before the winner's commit) the job is kept, and the next acquisition runs it once.
     */
    private void onTwoNodesAtOnce(String jobId) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Callable<String>> runs = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            runs.add(() -> {
                start.await();
                try {
                    management.executeJob(jobId);
                    return "ran";
                } catch (RuntimeException e) {
                    return e.getClass().getSimpleName();
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : nodes.invokeAll(runs)) {
            outcomes.add(f.get());
        }
        nodes.shutdown();
        assertThat(outcomes).as(outcomes.toString()).filteredOn("ran"::equals).hasSizeLessThanOrEqualTo(1);
        if (!outcomes.contains("ran") && management.createJobQuery().jobId(jobId).count() > 0) {
            management.executeJob(jobId);
        }
    }

    /** The applicant's notifications of each case, by case number. */
    private Map<String, Integer> notifications(List<String> numbers) {
        Map<String, Integer> counts = new HashMap<>();
        for (String number : numbers) {
            counts.put(number, jdbc.queryForObject("select count(*) from tb.notification where case_number = ?", Integer.class, number));
        }
        return counts;
    }
}
