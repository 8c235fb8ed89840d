package org.talentbridge.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.shared.audit.AuditLog;

/** A job made to fail, then fixed: retried alone, or with every failed job of the process in one engine batch. */
class IncidentRepairTest extends MonitoringTestSupport {

    @Autowired
    private InstanceRepair repair;
    @Autowired
    private InstanceInspection inspection;
    @Autowired
    private AuditLog audit;

    private String failing(MonitoringProbe probe, String key) {
        String id = probe.start(key, null, Map.of("broken", true)).getId();
        probe.review(id);
        probe.failUntilIncident(id);
        return id;
    }

    @Test
    void aFailedJobIsListedWithItsStackAndRetriedOnceFixed() {
        MonitoringProbe probe = newProbe();
        String key = "MONINC-" + System.nanoTime();
        String id = failing(probe, key);
        signIn(admin());

        IncidentRow incident = inspection.openIncidents(MonitoringProbe.KEY).stream()
                .filter(i -> i.processInstanceId().equals(id)).findFirst().orElseThrow();
        assertThat(incident.activityId()).isEqualTo(MonitoringProbe.FLAKY);
        assertThat(incident.message()).contains("the probe's service is down");
        assertThat(incident.stackExcerpt()).contains("IllegalStateException").contains("FlakyStep")
                .hasLineCount(InstanceInspection.STACK_LINES);
        assertThat(problemsOf(() -> repair.retryJob(incident.jobId(), " "))).extracting(p -> p.field())
                .containsExactly("reason");

        runtime.setVariable(id, "broken", false); // the fault is fixed
        repair.retryJob(incident.jobId(), "接口已恢复");
        assertThat(probe.job(id).getRetries()).isEqualTo(1);
        assertThat(probe.runJob(id)).isTrue();

        assertThat(probe.active(id)).containsExactly(MonitoringProbe.DONE);
        assertThat(inspection.openIncidents(MonitoringProbe.KEY)).noneMatch(i -> i.processInstanceId().equals(id));
        assertThat(audit.history("case:" + key)).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("monitoring.jobRetried");
            assertThat(e.getDetails()).contains("接口已恢复");
        });
    }

    @Test
    void everyFailedJobOfTheProcessIsRetriedAsOneBatchWithProgress() {
        MonitoringProbe probe = newProbe();
        String first = failing(probe, "MONBAT-A" + System.nanoTime());
        String second = failing(probe, "MONBAT-B" + System.nanoTime());
        runtime.setVariable(first, "broken", false);
        runtime.setVariable(second, "broken", false);
        signIn(admin());

        String batchId = repair.retryFailedJobs(MonitoringProbe.KEY, "批量重试：接口已恢复");
        assertThat(repair.progress(batchId).ended()).isFalse();
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        // the seed job makes the batch jobs one deployment at a time (every probe is a deployment of its own)
        while (runJobsOf(batch.getSeedJobDefinitionId()) + runJobsOf(batch.getBatchJobDefinitionId()) > 0) {
            assertThat(repair.progress(batchId).total()).isGreaterThanOrEqualTo(2);
        }
        BatchProgress done = repair.progress(batchId);
        assertThat(done.total()).isGreaterThanOrEqualTo(2);
        assertThat(done.completed()).isEqualTo(done.total());
        runJobsOf(batch.getMonitorJobDefinitionId());
        assertThat(repair.progress(batchId).ended()).isTrue();

        assertThat(probe.job(first).getRetries()).isEqualTo(1);
        assertThat(probe.runJob(first)).isTrue();
        assertThat(probe.runJob(second)).isTrue();
        assertThat(probe.active(first)).containsExactly(MonitoringProbe.DONE);
        assertThat(probe.active(second)).containsExactly(MonitoringProbe.DONE);
        assertThat(audit.history("batch:" + batchId)).singleElement()
                .satisfies(e -> assertThat(e.getDetails()).contains("批量重试"));
        assertThat(problemsOf(() -> repair.retryFailedJobs("elsewhere", "x"))).extracting(p -> p.field())
                .containsExactly("processKey");
    }

    private int runJobsOf(String jobDefinitionId) {
        List<Job> jobs = management.createJobQuery().jobDefinitionId(jobDefinitionId).list();
        for (Job job : jobs) {
            management.executeJob(job.getId());
        }
        return jobs.size();
    }
}
