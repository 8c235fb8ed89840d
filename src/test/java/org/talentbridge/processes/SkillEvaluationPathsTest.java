package org.talentbridge.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.talentbridge.skilleval.SkillEvaluationProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** processes/skill-evaluation.bpmn path by path on an engine of its own ({@link EngineOnly}). */
@Deployment(resources = "processes/skill-evaluation.bpmn")
class SkillEvaluationPathsTest {

    private static final String CASE = "JN2026-000001";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = EngineOnly.extension("skillPaths", Map.of(
            "screenSkillCase", EngineOnly.delegate("screenSkillCase", execution -> {
                boolean eligible = !Boolean.TRUE.equals(execution.getVariable("testIneligible"));
                execution.setVariable(VAR_ELIGIBLE, eligible);
                execution.setVariable(VAR_DIRECT, Boolean.TRUE.equals(execution.getVariable("testDirect")));
                if (eligible) {
                    execution.setVariable(VAR_EVALUATOR_GROUP, "evalorg-7");
                }
            }),
            "grantSkillLevel", EngineOnly.recorded("grantSkillLevel")));

    @BeforeEach
    void clearCalls() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
        EngineOnly.calls.clear();
    }

    private ProcessInstance submitted(boolean eligible) {
        return submitted(eligible, false);
    }

    private ProcessInstance submitted(boolean eligible, boolean direct) {
        return runtimeService().startProcessInstanceByKey(KEY, CASE, Map.of(VAR_CASE_ID, 1L, VAR_CASE_NUMBER, CASE,
                VAR_APPLICANT, "applicant1", "testIneligible", !eligible, "testDirect", direct));
    }

    @Test
    void aDirectApplicationS5GoesToTheOrganisationsAdmissionReviewAndOnceAdmittedToTheAssessment() {
        ProcessInstance instance = submitted(true, true);
        assertThat(instance).isWaitingAt(TASK_ADMISSION_REVIEW).hasNotPassed(TASK_EVALUATION);
        assertThat(task(instance)).hasCandidateGroup("evalorg-7");
        complete(task(instance), withVariables(VAR_ADMITTED, true));
        assertThat(instance).isWaitingAt(TASK_EVALUATION).hasPassed(GATEWAY_ADMITTED);
        complete(task(instance), withVariables(VAR_PASSED, true));
        assertThat(instance).isEnded().hasPassed(TASK_ADMISSION_REVIEW, TASK_EVALUATION, TASK_GRANT, END_GRANTED);
    }

    @Test
    void aRefusedDirectApplicationEndsWithoutAssessment() {
        ProcessInstance instance = submitted(true, true);
        complete(task(instance), withVariables(VAR_ADMITTED, false));
        assertThat(instance).isEnded().hasPassed(TASK_ADMISSION_REVIEW, END_ADMISSION_REFUSED).hasNotPassed(TASK_EVALUATION);
    }

    @Test
    void anIneligibleDirectApplicationEndsAfterScreening() {
        assertThat(submitted(false, true)).isEnded().hasPassed(END_INELIGIBLE).hasNotPassed(TASK_ADMISSION_REVIEW);
    }

    @Test
    void anIneligibleCaseEndsAfterScreening() {
        assertThat(submitted(false)).isEnded().hasPassed(TASK_SCREENING, END_INELIGIBLE).hasNotPassed(TASK_EVALUATION);
    }

    @Test
    void anEligibleCaseGoesToItsOrganisationsEvaluatorsAndAPassIsGranted() {
        ProcessInstance instance = submitted(true);
        assertThat(instance).isWaitingAt(TASK_EVALUATION);
        assertThat(task(instance)).hasCandidateGroup("evalorg-7");
        complete(task(instance), withVariables(VAR_PASSED, true));
        assertThat(instance).isEnded().hasPassed(TASK_GRANT, END_GRANTED);
        org.assertj.core.api.Assertions.assertThat(EngineOnly.calls).containsExactly("screenSkillCase", "grantSkillLevel");
    }

    @Test
    void aFailedEvaluationEndsNotPassed() {
        ProcessInstance instance = submitted(true);
        complete(task(instance), withVariables(VAR_PASSED, false));
        assertThat(instance).isEnded().hasPassed(END_NOT_PASSED).hasNotPassed(TASK_GRANT);
    }

    @Test
    void theApplicantWithdrawsDuringTheEvaluation() {
        ProcessInstance instance = submitted(true);
        runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey(CASE).correlate();
        assertThat(instance).isEnded().hasPassed(BOUNDARY_WITHDRAWN, END_WITHDRAWN);
    }

    @Test
    void theApplicantWithdrawsADirectApplicationDuringItsAdmissionReview() {
        ProcessInstance instance = submitted(true, true);
        assertThat(instance).isWaitingAt(TASK_ADMISSION_REVIEW);
        runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey(CASE).correlate();
        assertThat(instance).isEnded().hasPassed(BOUNDARY_WITHDRAWN_AT_ADMISSION, END_WITHDRAWN).hasNotPassed(TASK_EVALUATION);
    }

    @Test
    void aConfirmedIntegrityFindingStopsTheCase() {
        ProcessInstance instance = submitted(true);
        runtimeService().createMessageCorrelation(MESSAGE_INTEGRITY_STOP).processInstanceBusinessKey(CASE).correlateAll();
        assertThat(instance).isEnded().hasPassed(START_INTEGRITY_STOP, END_STOPPED).hasNotPassed(TASK_GRANT);
    }
}
