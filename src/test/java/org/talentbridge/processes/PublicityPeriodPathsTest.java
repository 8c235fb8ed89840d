package org.talentbridge.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.talentbridge.publication.PublicityPeriodProcess.*;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** processes/publicity-period.bpmn on an engine of its own ({@link EngineOnly}): the timer, its retries, the grant. */
@Deployment(resources = "processes/publicity-period.bpmn")
class PublicityPeriodPathsTest {

    private static volatile boolean failNext;

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = EngineOnly.extension("publicityPaths", Map.of(
            "grantEndedPublicity", EngineOnly.delegate("grantEndedPublicity", execution -> {
                if (failNext) {
                    failNext = false;
                    throw new IllegalStateException("the database was away");
                }
            })));

    @BeforeEach
    void clearCalls() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
        EngineOnly.calls.clear();
        failNext = false;
    }

    private ProcessInstance published(Date grantAt) {
        return runtimeService().startProcessInstanceByKey(KEY, businessKey(7), Map.of(VAR_PUBLICITY_ID, 7L, VAR_GRANT_AT, grantAt));
    }

    @Test
    void theListWaitsForItsTimerThenGrantsItsCleanCasesOnce() {
        Date grantAt = EngineOnly.inDays(12);
        ProcessInstance instance = published(grantAt);
        assertThat(instance).isWaitingAt(TIMER_PERIOD_ENDED);
        org.assertj.core.api.Assertions.assertThat(job(TIMER_PERIOD_ENDED, instance).getDuedate()).isEqualTo(grantAt);
        org.assertj.core.api.Assertions.assertThat(EngineOnly.calls).isEmpty();
        execute(job(TIMER_PERIOD_ENDED, instance));
        assertThat(instance).isEnded().hasPassed(TASK_GRANT, END_CLOSED);
        org.assertj.core.api.Assertions.assertThat(EngineOnly.calls).containsExactly("grantEndedPublicity");
    }

    @Test
    void aFailedGrantIsKeptForARetryAndSucceedsOnIt() {
        ProcessInstance instance = published(EngineOnly.inDays(-1));
        Job timer = job(TIMER_PERIOD_ENDED, instance);
        failNext = true;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> managementService().executeJob(timer.getId()))
                .hasMessageContaining("the database was away");
        Job retried = managementService().createJobQuery().jobId(timer.getId()).singleResult();
        org.assertj.core.api.Assertions.assertThat(retried.getRetries()).isEqualTo(4); // R5/PT10M: four more tries
        org.assertj.core.api.Assertions.assertThat(retried.getDuedate()).isAfter(new Date());
        assertThat(instance).isWaitingAt(TIMER_PERIOD_ENDED);
        managementService().executeJob(timer.getId());
        assertThat(instance).isEnded().hasPassed(END_CLOSED);
    }
}
