package org.talentbridge.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.talentbridge.publication.PublicityPeriodProcess.*;

import java.util.Date;
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
 * processes/publicity-period.bpmn (version 2) on an engine of its own ({@link EngineOnly}): the timer and its retries,
 * the listing, one job per entry each retried on its own, and the secretary's grant of a list without a running process.
 */
@Deployment(resources = "processes/publicity-period.bpmn")
class PublicityPeriodPathsTest {

    private static final int ENTRIES = 3;
    private static volatile boolean failListing;
    private static volatile int failEntry;

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = EngineOnly.extension("publicityPaths", Map.of(
            "listPublicityEntries", EngineOnly.delegate("listPublicityEntries", execution -> {
                if (failListing) {
                    failListing = false;
                    throw new IllegalStateException("this node's clock says the period still runs");
                }
                execution.setVariable(VAR_ENTRIES, ENTRIES);
            }),
            "grantPublicityEntry", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
                int index = ((Number) execution.getVariable("loopCounter")).intValue();
                if (index == failEntry) {
                    failEntry = -1;
                    throw new IllegalStateException("the database was away");
                }
                EngineOnly.calls.add("grantPublicityEntry:" + index);
            }));

    @BeforeEach
    void clearCalls() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
        EngineOnly.calls.clear();
        failListing = false;
        failEntry = -1;
    }

    private ProcessInstance published(Date grantAt) {
        return runtimeService().startProcessInstanceByKey(KEY, businessKey(7), Map.of(VAR_PUBLICITY_ID, 7L, VAR_GRANT_AT, grantAt));
    }

    private List<Job> jobs(ProcessInstance instance) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).list();
    }

    @Test
    void theListWaitsForItsTimerThenGrantsEachEntryInAJobOfItsOwn() {
        Date grantAt = EngineOnly.inDays(12);
        ProcessInstance instance = published(grantAt);
        assertThat(instance).isWaitingAt(TIMER_PERIOD_ENDED);
        org.assertj.core.api.Assertions.assertThat(job(TIMER_PERIOD_ENDED, instance).getDuedate()).isEqualTo(grantAt);
        org.assertj.core.api.Assertions.assertThat(EngineOnly.calls).isEmpty();

        execute(job(TIMER_PERIOD_ENDED, instance)); // the timer's job lists the entries, no more
        org.assertj.core.api.Assertions.assertThat(EngineOnly.calls).containsExactly("listPublicityEntries");
        org.assertj.core.api.Assertions.assertThat(jobs(instance)).as("the fan-out waits as one job").hasSize(1);
        execute(jobs(instance).get(0));
        List<Job> perEntry = jobs(instance);
        org.assertj.core.api.Assertions.assertThat(perEntry).as("one job per entry").hasSize(ENTRIES);
        org.assertj.core.api.Assertions.assertThat(EngineOnly.calls).containsExactly("listPublicityEntries");
        perEntry.forEach(j -> execute(j));

        assertThat(instance).isEnded().hasPassed(TASK_LIST_ENTRIES, TASK_GRANT_ENTRY, END_CLOSED);
        org.assertj.core.api.Assertions.assertThat(EngineOnly.calls).containsExactlyInAnyOrder("listPublicityEntries",
                "grantPublicityEntry:0", "grantPublicityEntry:1", "grantPublicityEntry:2");
    }

    @Test
    void aTimerThatFailsIsKeptForARetryAndSucceedsOnIt() {
        ProcessInstance instance = published(EngineOnly.inDays(-1));
        Job timer = job(TIMER_PERIOD_ENDED, instance);
        failListing = true;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> managementService().executeJob(timer.getId()))
                .hasMessageContaining("the period still runs");
        Job retried = managementService().createJobQuery().jobId(timer.getId()).singleResult();
        org.assertj.core.api.Assertions.assertThat(retried.getRetries()).isEqualTo(4); // R5/PT10M: four more tries
        org.assertj.core.api.Assertions.assertThat(retried.getDuedate()).isAfter(new Date());
        assertThat(instance).isWaitingAt(TIMER_PERIOD_ENDED);
        managementService().executeJob(timer.getId());
        assertThat(instance).hasPassed(TASK_LIST_ENTRIES);
    }

    @Test
    void aFailingEntryIsRetriedOnItsOwnWhileTheOtherEntriesAreGranted() {
        ProcessInstance instance = published(EngineOnly.inDays(-1));
        execute(job(TIMER_PERIOD_ENDED, instance));
        execute(jobs(instance).get(0));
        failEntry = 1;
        String failedId = null;
        for (Job j : jobs(instance)) {
            try {
                managementService().executeJob(j.getId());
            } catch (RuntimeException e) {
                failedId = j.getId();
            }
        }
        org.assertj.core.api.Assertions.assertThat(EngineOnly.calls).containsExactlyInAnyOrder("listPublicityEntries",
                "grantPublicityEntry:0", "grantPublicityEntry:2");
        Job failed = managementService().createJobQuery().jobId(failedId).singleResult();
        org.assertj.core.api.Assertions.assertThat(failed.getRetries()).as("R3/PT5M: two more tries").isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(failed.getExceptionMessage()).contains("the database was away");
        assertThat(instance).isNotEnded();

        managementService().executeJob(failedId);
        assertThat(instance).isEnded().hasPassed(END_CLOSED);
        org.assertj.core.api.Assertions.assertThat(EngineOnly.calls).contains("grantPublicityEntry:1");
    }

    @Test
    void theSecretarysGrantOfAListWithoutARunningProcessStartsTheSamePerEntryWork() {
        ProcessInstance instance = runtimeService().startProcessInstanceByMessage(MESSAGE_GRANT_REQUESTED, businessKey(8),
                Map.of(VAR_PUBLICITY_ID, 8L));
        assertThat(instance).hasPassed(START_GRANT_REQUESTED, TASK_LIST_ENTRIES);
        execute(jobs(instance).get(0));
        jobs(instance).forEach(j -> execute(j));
        assertThat(instance).isEnded().hasPassed(TASK_GRANT_ENTRY, END_CLOSED);
        org.assertj.core.api.Assertions.assertThat(EngineOnly.calls).hasSize(1 + ENTRIES);
    }
}
