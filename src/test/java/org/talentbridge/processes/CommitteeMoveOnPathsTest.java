package org.talentbridge.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * processes/committee-move-on.bpmn on an engine of its own ({@link EngineOnly}): closing writes one job, that job
 * makes one job per case, each case's job runs alone and a failing one is retried without touching the others.
 */
@Deployment(resources = "processes/committee-move-on.bpmn")
class CommitteeMoveOnPathsTest {

    private static volatile Integer failCase;

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = EngineOnly.extension("moveOnPaths", Map.of(
            "panelMoveOnCase", EngineOnly.delegate("panelMoveOnCase", execution -> {
                Integer index = (Integer) execution.getVariable("loopCounter");
                if (index.equals(failCase)) {
                    failCase = null;
                    throw new IllegalStateException("case " + index + " could not be moved");
                }
            })));

    @BeforeEach
    void clearCalls() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
        EngineOnly.calls.clear();
        failCase = null;
    }

    private ProcessInstance closed(int cases) {
        return runtimeService().startProcessInstanceByKey("committeeMoveOn", "panel-vote:9",
                Map.of("drawId", 9L, "total", cases, "closedBy", "secretary"));
    }

    private List<Job> jobs(ProcessInstance instance) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).list();
    }

    @Test
    void closingWritesOneJobWhichMakesOneJobPerCaseAndEndsWhenAllAreMoved() {
        ProcessInstance instance = closed(3);
        assertThat(instance).isWaitingAt("Task_MoveCase#multiInstanceBody"); // the one job closing writes
        org.assertj.core.api.Assertions.assertThat(jobs(instance)).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(EngineOnly.calls).isEmpty();

        managementService().executeJob(jobs(instance).get(0).getId());
        org.assertj.core.api.Assertions.assertThat(jobs(instance)).hasSize(3);
        org.assertj.core.api.Assertions.assertThat(EngineOnly.calls).isEmpty();

        jobs(instance).forEach(job -> managementService().executeJob(job.getId()));
        assertThat(instance).isEnded().hasPassed("Task_MoveCase", "EndEvent_MovedOn");
        org.assertj.core.api.Assertions.assertThat(EngineOnly.calls).hasSize(3);
    }

    @Test
    void aCaseThatFailsIsRetriedWhileTheOthersMoveOn() {
        ProcessInstance instance = closed(2);
        managementService().executeJob(jobs(instance).get(0).getId());
        failCase = 1;
        for (Job job : jobs(instance)) {
            try {
                managementService().executeJob(job.getId());
            } catch (RuntimeException expected) {
                org.assertj.core.api.Assertions.assertThat(expected).hasMessageContaining("case 1");
            }
        }
        List<Job> left = jobs(instance);
        org.assertj.core.api.Assertions.assertThat(left).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(left.get(0).getRetries()).isEqualTo(2); // R3/PT5M: two more tries
        assertThat(instance).isWaitingAt("Task_MoveCase");

        managementService().executeJob(left.get(0).getId());
        assertThat(instance).isEnded().hasPassed("EndEvent_MovedOn");
        org.assertj.core.api.Assertions.assertThat(EngineOnly.calls).hasSize(3); // two moved, one failed, one retried
    }
}
