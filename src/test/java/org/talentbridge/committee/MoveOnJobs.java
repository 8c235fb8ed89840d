package org.talentbridge.committee;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Tests run with the job executor off (application-test.yml): this runs the jobs that move a closed vote's cases on
 * ({@code processes/committee-move-on.bpmn}) as the job executor would, one transaction each.
 */
public final class MoveOnJobs {

    private MoveOnJobs() {
    }

    /** Runs the panel's move-on jobs until none is left; a failing job fails the caller. */
    public static void runAll(RuntimeService runtime, ManagementService management, long drawId) {
        List<Exception> failures = runEach(runtime, management, drawId);
        if (!failures.isEmpty()) {
            throw new AssertionError("a move-on job failed", failures.get(0));
        }
    }

    /**
     * Runs every move-on job of the panel that has retries left, once each round, until only failed ones (or none) are
     * left; returns what the failed runs threw. A job that fails is run at most once per call.
     */
    public static List<Exception> runEach(RuntimeService runtime, ManagementService management, long drawId) {
        List<Exception> failures = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        while (true) {
            ProcessInstance instance = instance(runtime, drawId);
            if (instance == null) {
                return failures;
            }
            List<Job> jobs = management.createJobQuery().processInstanceId(instance.getId()).list().stream()
                    .filter(j -> j.getRetries() > 0 && !failed.contains(j.getId())).toList();
            if (jobs.isEmpty()) {
                return failures;
            }
            for (Job job : jobs) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException e) {
                    failures.add(e);
                    failed.add(job.getId());
                }
            }
        }
    }

    /** The running move-on of the panel's vote, null when there is none (never started, or finished). */
    public static ProcessInstance instance(RuntimeService runtime, long drawId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PanelMoveOn.PROCESS)
                .processInstanceBusinessKey(PanelMoveOn.businessKey(drawId)).singleResult();
    }
}
