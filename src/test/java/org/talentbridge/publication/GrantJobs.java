package org.talentbridge.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Tests run with the job executor off (application-test.yml): this runs the jobs of a publicity list's process
 * ({@code processes/publicity-period.bpmn}) that are due, as the job executor would, one transaction each: the timer
 * (when its due date has come, or the secretary brought it forward), the fan-out, one job per entry.
 */
public final class GrantJobs {

    private GrantJobs() {
    }

    /** Runs the list's due jobs until none is left; a failing job fails the caller. */
    public static void runAll(RuntimeService runtime, ManagementService management, long publicityId) {
        List<Exception> failures = runEach(runtime, management, publicityId, nanos -> { });
        if (!failures.isEmpty()) {
            throw new AssertionError("a grant job failed", failures.get(0));
        }
    }

    /**
     * Runs every due job of the list's process that has retries left, each at most once per call if it fails, until
     * only failed ones (or none) are left; returns what the failed runs threw, and gives each run's time to
     * {@code timed}.
     */
    public static List<Exception> runEach(RuntimeService runtime, ManagementService management, long publicityId,
                                          LongConsumer timed) {
        List<Exception> failures = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        while (true) {
            List<ProcessInstance> instances = instances(runtime, publicityId);
            if (instances.isEmpty()) {
                return failures;
            }
            List<Job> jobs = new ArrayList<>();
            for (ProcessInstance instance : instances) {
                management.createJobQuery().processInstanceId(instance.getId()).executable().list().stream()
                        .filter(j -> !failed.contains(j.getId())).forEach(jobs::add);
            }
            if (jobs.isEmpty()) {
                return failures;
            }
            for (Job job : jobs) {
                long start = System.nanoTime();
                try {
                    management.executeJob(job.getId());
                    timed.accept(System.nanoTime() - start);
                } catch (RuntimeException e) {
                    failures.add(e);
                    failed.add(job.getId());
                }
            }
        }
    }

    /** The running processes of the list (one, or none when it has ended). */
    public static List<ProcessInstance> instances(RuntimeService runtime, long publicityId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PublicityPeriodProcess.KEY)
                .processInstanceBusinessKey(PublicityPeriodProcess.businessKey(publicityId)).list();
    }
}
