package org.talentbridge.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.talentbridge.casework.TitleApplicationProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * processes/title-application.bpmn path by path on an engine of its own (no Spring, fakes for our delegates:
 * {@link EngineOnly}). A fake screening finds a case eligible unless it was started with {@code testIneligible}, and
 * needing the secretary's series decision while its series is empty.
 */
@Deployment(resources = "processes/title-application.bpmn")
class TitleApplicationPathsTest {

    private static final String CASE = "ZC2026-000001";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = EngineOnly.extension("titlePaths", Map.of(
            "screenTitleCase", EngineOnly.delegate("screenTitleCase", execution -> {
                boolean needsSeries = "".equals(execution.getVariable(VAR_SERIES));
                boolean eligible = !Boolean.TRUE.equals(execution.getVariable("testIneligible"));
                execution.setVariable(VAR_NEEDS_SERIES_DECISION, needsSeries);
                execution.setVariable(VAR_ELIGIBLE, eligible);
                execution.setVariable(VAR_EMPLOYER_GROUP, "employer-1");
                execution.setVariable(VAR_EMPLOYER_REVIEW_DUE, EngineOnly.inDays(5));
            }),
            "seriesDecisionCompleted", EngineOnly.taskListener("seriesDecisionCompleted"),
            "employerReviewCompleted", (org.camunda.bpm.engine.delegate.TaskListener) task -> {
                EngineOnly.calls.add("employerReviewCompleted");
                task.getExecution().setVariable(VAR_REVIEW_DUE, EngineOnly.inDays(5));
            },
            "qualificationReviewCompleted", EngineOnly.taskListener("qualificationReviewCompleted"),
            "integrityReviewCompleted", EngineOnly.taskListener("integrityReviewCompleted"),
            "runIntegrityChecks", EngineOnly.delegate("runIntegrityChecks", execution -> execution.setVariable(
                    VAR_INTEGRITY_FLAGGED, Boolean.TRUE.equals(execution.getVariable("testFlagged")))),
            "lapseTitleCase", EngineOnly.recorded("lapseTitleCase"),
            "grantTitle", EngineOnly.recorded("grantTitle")));

    @BeforeEach
    void clearCalls() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
        EngineOnly.calls.clear();
    }

    private ProcessInstance submitted(String series, Object... more) {
        Map<String, Object> variables = new HashMap<>(Map.of(VAR_CASE_ID, 1L, VAR_CASE_NUMBER, CASE,
                VAR_APPLICANT, "applicant1", VAR_SERIES, series, VAR_TARGET_LEVEL, "INTERMEDIATE"));
        for (int i = 0; i < more.length; i += 2) {
            variables.put((String) more[i], more[i + 1]);
        }
        return runtimeService().startProcessInstanceByKey(KEY, CASE, variables);
    }

    private ProcessInstance atCommittee(Object... more) {
        ProcessInstance instance = submitted("工程技术", more);
        complete(task(instance), withVariables(VAR_EMPLOYER_DECISION, "CONFIRM"));
        complete(task(instance), withVariables(VAR_REVIEW_DECISION, "APPROVE"));
        assertThat(instance).isWaitingAt(TASK_COMMITTEE_REVIEW);
        return instance;
    }

    private void voted(boolean passed) {
        runtimeService().createMessageCorrelation(MESSAGE_COMMITTEE_VOTED).processInstanceBusinessKey(CASE)
                .setVariable(VAR_COMMITTEE_PASSED, passed).setVariable(VAR_COMMITTEE_TALLY, "5:2").correlate();
    }

    private void publicityEnded(boolean granted) {
        runtimeService().createMessageCorrelation(MESSAGE_PUBLICITY_ENDED).processInstanceBusinessKey(CASE)
                .setVariable(VAR_GRANTED, granted).correlate();
    }

    private void withdrawn() {
        runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey(CASE).correlate();
    }

    @Test
    void anIneligibleCaseEndsAfterScreening() {
        ProcessInstance instance = submitted("工程技术", "testIneligible", true);
        assertThat(instance).hasPassed(TASK_SCREENING).isEnded().hasPassed(END_INELIGIBLE);
    }

    @Test
    void anUnlistedOccupationWaitsForTheSecretaryThenIsScreenedAgainAndGoesToItsEmployer() {
        ProcessInstance instance = submitted("");
        assertThat(instance).isWaitingAt(TASK_SERIES_DECISION);
        assertThat(task(instance)).hasCandidateGroup("COMMITTEE_SECRETARY");
        complete(task(instance), withVariables(VAR_SERIES, "工程技术"));
        assertThat(instance).isWaitingAt(TASK_EMPLOYER_REVIEW);
        assertThat(task(instance)).hasCandidateGroup("employer-1").hasDueDate(
                (java.util.Date) runtimeService().getVariable(instance.getId(), VAR_EMPLOYER_REVIEW_DUE));
        assertThat(EngineOnly.calls).containsExactly("screenTitleCase", "seriesDecisionCompleted", "screenTitleCase");
    }

    @Test
    void theEmployerReturnsAndTheCorrectedCaseIsScreenedAndGoesToTheEmployerAgain() {
        ProcessInstance instance = submitted("工程技术");
        complete(task(instance), withVariables(VAR_EMPLOYER_DECISION, "RETURN",
                VAR_CORRECTION_DEADLINE, EngineOnly.inDays(10)));
        assertThat(instance).isWaitingAt(TASK_CORRECTION);
        assertThat(task(instance)).isAssignedTo("applicant1");
        complete(task(instance));
        assertThat(instance).isWaitingAt(TASK_EMPLOYER_REVIEW);
        assertThat(EngineOnly.calls).containsExactly("screenTitleCase", "employerReviewCompleted", "screenTitleCase");
    }

    @Test
    void theReviewerReturnsAndTheCorrectedCaseGoesThroughTheEmployerBackToTheSameReviewer() {
        ProcessInstance instance = submitted("工程技术");
        complete(task(instance), withVariables(VAR_EMPLOYER_DECISION, "CONFIRM"));
        assertThat(task(instance)).hasCandidateGroup("REVIEWER").isNotAssigned();
        complete(task(instance), withVariables(VAR_REVIEW_DECISION, "RETURN", VAR_LAST_REVIEWER, "reviewer1",
                VAR_CORRECTION_DEADLINE, EngineOnly.inDays(10)));
        assertThat(instance).isWaitingAt(TASK_CORRECTION);
        complete(task(instance));
        assertThat(instance).isWaitingAt(TASK_EMPLOYER_REVIEW);
        complete(task(instance), withVariables(VAR_EMPLOYER_DECISION, "CONFIRM"));
        assertThat(instance).isWaitingAt(TASK_QUALIFICATION_REVIEW);
        assertThat(task(instance)).isAssignedTo("reviewer1");
    }

    @Test
    void theReviewerRejects() {
        ProcessInstance instance = submitted("工程技术");
        complete(task(instance), withVariables(VAR_EMPLOYER_DECISION, "CONFIRM"));
        complete(task(instance), withVariables(VAR_REVIEW_DECISION, "REJECT"));
        assertThat(instance).isEnded().hasPassed(END_REJECTED);
    }

    @Test
    void aReturnedCaseNotCorrectedBeforeTheDeadlineLapses() {
        ProcessInstance instance = submitted("工程技术");
        complete(task(instance), withVariables(VAR_EMPLOYER_DECISION, "CONFIRM"));
        complete(task(instance), withVariables(VAR_REVIEW_DECISION, "RETURN", VAR_CORRECTION_DEADLINE, EngineOnly.inDays(10)));
        assertThat(instance).isWaitingAt(TASK_CORRECTION);
        assertThat(job(BOUNDARY_CORRECTION_DEADLINE, instance)).isNotNull();
        execute(job(BOUNDARY_CORRECTION_DEADLINE, instance));
        assertThat(instance).isEnded().hasPassed(TASK_LAPSE, END_LAPSED);
        assertThat(EngineOnly.calls).endsWith("lapseTitleCase");
    }

    @Test
    void theApplicantWithdrawsAtEveryWaitBeforeTheCommittee() {
        ProcessInstance inSeriesDecision = submitted("");
        withdrawn();
        assertThat(inSeriesDecision).isEnded().hasPassed(BOUNDARY_WITHDRAWN_IN_SERIES_DECISION, END_WITHDRAWN);

        ProcessInstance inEmployerReview = submitted("工程技术");
        withdrawn();
        assertThat(inEmployerReview).isEnded().hasPassed(BOUNDARY_WITHDRAWN_IN_EMPLOYER_REVIEW, END_WITHDRAWN);

        ProcessInstance inReview = submitted("工程技术");
        complete(task(inReview), withVariables(VAR_EMPLOYER_DECISION, "CONFIRM"));
        withdrawn();
        assertThat(inReview).isEnded().hasPassed(BOUNDARY_WITHDRAWN, END_WITHDRAWN);

        ProcessInstance inCorrection = submitted("工程技术");
        complete(task(inCorrection), withVariables(VAR_EMPLOYER_DECISION, "RETURN", VAR_CORRECTION_DEADLINE, EngineOnly.inDays(3)));
        withdrawn();
        assertThat(inCorrection).isEnded().hasPassed(BOUNDARY_WITHDRAWN_IN_CORRECTION, END_WITHDRAWN);
    }

    @Test
    void thePanelVotesNo() {
        ProcessInstance instance = atCommittee();
        voted(false);
        assertThat(instance).isEnded().hasPassed(END_NOT_PASSED).hasNotPassed(TASK_INTEGRITY_CHECKS);
    }

    @Test
    void aPassedCleanCaseIsPublishedAndGrantedWhenItsPublicityEnds() {
        ProcessInstance instance = atCommittee();
        voted(true);
        assertThat(instance).isWaitingAt(TASK_PUBLICITY).hasPassed(TASK_INTEGRITY_CHECKS).hasNotPassed(TASK_INTEGRITY_REVIEW);
        publicityEnded(true);
        assertThat(instance).isEnded().hasPassed(TASK_GRANT, END_GRANTED);
        assertThat(EngineOnly.calls).endsWith("runIntegrityChecks", "grantTitle");
    }

    @Test
    void aFlaggedCaseClearedByTheOfficerIsPublishedAndASustainedObjectionEndsIt() {
        ProcessInstance instance = atCommittee("testFlagged", true);
        voted(true);
        assertThat(instance).isWaitingAt(TASK_INTEGRITY_REVIEW);
        assertThat(task(instance)).hasCandidateGroup("INTEGRITY_OFFICER");
        complete(task(instance), withVariables(VAR_INTEGRITY_DECISION, "CLEAR"));
        assertThat(instance).isWaitingAt(TASK_PUBLICITY);
        publicityEnded(false);
        assertThat(instance).isEnded().hasPassed(END_OBJECTION_SUSTAINED).hasNotPassed(TASK_GRANT);
    }

    @Test
    void aReferredCaseWaitsForItsInvestigationAndACleanOneGoesOnToPublicity() {
        ProcessInstance instance = atCommittee("testFlagged", true);
        voted(true);
        complete(task(instance), withVariables(VAR_INTEGRITY_DECISION, "REFER"));
        assertThat(instance).isWaitingAt(TASK_INVESTIGATION);
        runtimeService().createMessageCorrelation(MESSAGE_INVESTIGATION_CLEARED).processInstanceBusinessKey(CASE).correlate();
        assertThat(instance).isWaitingAt(TASK_PUBLICITY);
    }

    @Test
    void aConfirmedIntegrityFindingStopsARunningCaseWherever() {
        ProcessInstance inReview = submitted("工程技术");
        complete(task(inReview), withVariables(VAR_EMPLOYER_DECISION, "CONFIRM"));
        runtimeService().createMessageCorrelation(MESSAGE_INTEGRITY_STOP).processInstanceBusinessKey(CASE).correlateAll();
        assertThat(inReview).isEnded().hasPassed(END_STOPPED);

        ProcessInstance inPublicity = atCommittee();
        voted(true);
        runtimeService().createMessageCorrelation(MESSAGE_INTEGRITY_STOP).processInstanceBusinessKey(CASE).correlateAll();
        assertThat(inPublicity).isEnded().hasPassed(END_STOPPED).hasNotPassed(TASK_GRANT);
    }
}
