package org.talentbridge.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.talentbridge.investigation.InvestigationProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** processes/integrity-investigation.bpmn path by path on an engine of its own ({@link EngineOnly}). */
@Deployment(resources = "processes/integrity-investigation.bpmn")
class IntegrityInvestigationPathsTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = EngineOnly.extension("investigationPaths", Map.of(
            "investigationTaskGuard", EngineOnly.taskListener("investigationTaskGuard"),
            "statementDeadlinePassed", EngineOnly.executionListener("statementDeadlinePassed"),
            "closeInvestigationUnfounded", EngineOnly.recorded("closeInvestigationUnfounded"),
            "applyIntegrityFinding", EngineOnly.recorded("applyIntegrityFinding")));

    @BeforeEach
    void clearCalls() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
        EngineOnly.calls.clear();
    }

    private ProcessInstance opened() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(KEY, "DC2026-0001",
                Map.of(VAR_INVESTIGATION_ID, 1L, VAR_PERSON_USERNAME, "applicant1"));
        assertThat(instance).isWaitingAt(TASK_INVESTIGATE);
        assertThat(task(instance)).hasCandidateGroup("INTEGRITY_OFFICER");
        return instance;
    }

    @Test
    void anUnfoundedInvestigationClosesAndResumesTheCase() {
        ProcessInstance instance = opened();
        complete(task(instance), withVariables(VAR_NEXT_STEP, STEP_UNFOUNDED));
        assertThat(instance).isEnded().hasPassed(TASK_CLOSE_UNFOUNDED, END_UNFOUNDED);
        org.assertj.core.api.Assertions.assertThat(EngineOnly.calls)
                .containsExactly("investigationTaskGuard", "closeInvestigationUnfounded");
    }

    @Test
    void thePersonStatesTheirCaseAndTheInvestigationGoesOn() {
        ProcessInstance instance = opened();
        complete(task(instance), withVariables(VAR_NEXT_STEP, STEP_REQUEST_STATEMENT, VAR_STATEMENT_DUE, EngineOnly.inDays(7)));
        assertThat(instance).isWaitingAt(TASK_STATEMENT);
        assertThat(task(instance)).isAssignedTo("applicant1");
        complete(task(instance));
        assertThat(instance).isWaitingAt(TASK_INVESTIGATE);
    }

    @Test
    void aStatementNotGivenByItsDeadlineSendsTheCaseBackToTheOfficer() {
        ProcessInstance instance = opened();
        complete(task(instance), withVariables(VAR_NEXT_STEP, STEP_REQUEST_STATEMENT, VAR_STATEMENT_DUE, EngineOnly.inDays(7)));
        execute(job(BOUNDARY_STATEMENT_DEADLINE, instance));
        assertThat(instance).isWaitingAt(TASK_INVESTIGATE).hasPassed(BOUNDARY_STATEMENT_DEADLINE);
        org.assertj.core.api.Assertions.assertThat(EngineOnly.calls).contains("statementDeadlinePassed");
    }

    @Test
    void aProposedFindingRefusedByTheSecondOfficerGoesBackAndAnApprovedOneIsApplied() {
        ProcessInstance instance = opened();
        complete(task(instance), withVariables(VAR_NEXT_STEP, STEP_PROPOSE_CONFIRMED));
        assertThat(instance).isWaitingAt(TASK_APPROVE_FINDING);
        complete(task(instance), withVariables(VAR_APPROVAL, REFUSE));
        assertThat(instance).isWaitingAt(TASK_INVESTIGATE);
        complete(task(instance), withVariables(VAR_NEXT_STEP, STEP_PROPOSE_CONFIRMED));
        complete(task(instance), withVariables(VAR_APPROVAL, APPROVE));
        assertThat(instance).isEnded().hasPassed(TASK_APPLY_FINDING, END_CONFIRMED);
    }
}
