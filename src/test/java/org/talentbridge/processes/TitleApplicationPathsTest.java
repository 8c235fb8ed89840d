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
import java.util.List;
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
 * needing the secretary's series decision while its series is empty. Each path also asserts the case statuses the
 * model's execution listeners enter ({@code caseStatus}, decision 0005), with the reasons and deadlines they carry.
 */
@Deployment(resources = "processes/title-application.bpmn")
class TitleApplicationPathsTest {

    private static final String CASE = "ZC2026-000001";
    private static final RecordedCaseStatus status = new RecordedCaseStatus();
    /** The statuses entered when Task_Grant's delegate ran (it announces CaseGranted: the case must be GRANTED by then). */
    private static final List<String> statusesAtGrant = new java.util.ArrayList<>();

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = EngineOnly.extension("titlePaths", Map.of(
            "caseStatus", status,
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
            "grantTitle", EngineOnly.delegate("grantTitle", execution -> statusesAtGrant.addAll(status.statuses()))));

    @BeforeEach
    void clearCalls() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
        EngineOnly.calls.clear();
        status.entered.clear();
        statusesAtGrant.clear();
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
        runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey(CASE)
                .setVariable(VAR_WITHDRAWAL_REASON, "另行申报").correlate();
    }

    @Test
    void anIneligibleCaseEndsAfterScreening() {
        ProcessInstance instance = submitted("工程技术", "testIneligible", true);
        assertThat(instance).hasPassed(TASK_SCREENING).isEnded().hasPassed(END_INELIGIBLE);
        assertThat(status.entered).containsExactly("SCREENING", "REJECTED");
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
        assertThat(status.entered).containsExactly("SCREENING", "SERIES_DECISION", "SCREENING", "EMPLOYER_REVIEW");
    }

    @Test
    void theEmployerReturnsAndTheCorrectedCaseIsScreenedAndGoesToTheEmployerAgain() {
        ProcessInstance instance = submitted("工程技术");
        java.util.Date deadline = EngineOnly.inDays(10);
        complete(task(instance), withVariables(VAR_EMPLOYER_DECISION, "RETURN", VAR_REVIEW_REASON, "缺考核表",
                VAR_CORRECTION_DEADLINE, deadline));
        assertThat(instance).isWaitingAt(TASK_CORRECTION);
        assertThat(task(instance)).isAssignedTo("applicant1");
        complete(task(instance));
        assertThat(instance).isWaitingAt(TASK_EMPLOYER_REVIEW);
        assertThat(EngineOnly.calls).containsExactly("screenTitleCase", "employerReviewCompleted", "screenTitleCase");
        // the return's reason and deadline reach the status change (the applicant's notification reads them)
        assertThat(status.entered).containsExactly("SCREENING", "EMPLOYER_REVIEW", "CORRECTION 缺考核表 until " + deadline,
                "SCREENING", "EMPLOYER_REVIEW");
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
        assertThat(status.statuses()).containsExactly("SCREENING", "EMPLOYER_REVIEW", "QUALIFICATION_REVIEW", "CORRECTION",
                "SCREENING", "EMPLOYER_REVIEW", "QUALIFICATION_REVIEW");
    }

    @Test
    void theReviewerRejects() {
        ProcessInstance instance = submitted("工程技术");
        complete(task(instance), withVariables(VAR_EMPLOYER_DECISION, "CONFIRM"));
        complete(task(instance), withVariables(VAR_REVIEW_DECISION, "REJECT", VAR_REVIEW_REASON, "业绩不符"));
        assertThat(instance).isEnded().hasPassed(END_REJECTED);
        assertThat(status.entered).containsExactly("SCREENING", "EMPLOYER_REVIEW", "QUALIFICATION_REVIEW", "REJECTED 业绩不符");
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
        assertThat(status.statuses()).endsWith("CORRECTION", "LAPSED");
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
        // each wait ends WITHDRAWN with the applicant's reason
        assertThat(status.entered.stream().filter(e -> e.startsWith("WITHDRAWN"))).containsExactly(
                "WITHDRAWN 另行申报", "WITHDRAWN 另行申报", "WITHDRAWN 另行申报", "WITHDRAWN 另行申报");
    }

    @Test
    void thePanelVotesNo() {
        ProcessInstance instance = atCommittee();
        voted(false);
        assertThat(instance).isEnded().hasPassed(END_NOT_PASSED).hasNotPassed(TASK_INTEGRITY_CHECKS);
        assertThat(status.entered).endsWith("READY_FOR_COMMITTEE", "NOT_PASSED 5:2"); // the tally is the applicant's reason
    }

    @Test
    void aPassedCleanCaseIsPublishedAndGrantedWhenItsPublicityEnds() {
        ProcessInstance instance = atCommittee();
        voted(true);
        assertThat(instance).isWaitingAt(TASK_PUBLICITY).hasPassed(TASK_INTEGRITY_CHECKS).hasNotPassed(TASK_INTEGRITY_REVIEW);
        publicityEnded(true);
        assertThat(instance).isEnded().hasPassed(TASK_GRANT, END_GRANTED);
        assertThat(EngineOnly.calls).endsWith("runIntegrityChecks", "grantTitle");
        assertThat(status.statuses()).containsExactly("SCREENING", "EMPLOYER_REVIEW", "QUALIFICATION_REVIEW",
                "READY_FOR_COMMITTEE", "PUBLICITY", "GRANTED");
        assertThat(statusesAtGrant).endsWith("GRANTED");
    }

    @Test
    void aFlaggedCaseClearedByTheOfficerIsPublishedAndASustainedObjectionEndsIt() {
        ProcessInstance instance = atCommittee("testFlagged", true);
        voted(true);
        assertThat(instance).isWaitingAt(TASK_INTEGRITY_REVIEW);
        assertThat(task(instance)).hasCandidateGroup("INTEGRITY_OFFICER");
        complete(task(instance), withVariables(VAR_INTEGRITY_DECISION, "CLEAR", VAR_INTEGRITY_REASON, "同名不同人"));
        assertThat(instance).isWaitingAt(TASK_PUBLICITY);
        publicityEnded(false);
        assertThat(instance).isEnded().hasPassed(END_OBJECTION_SUSTAINED).hasNotPassed(TASK_GRANT);
        assertThat(status.entered).endsWith("READY_FOR_COMMITTEE", "INTEGRITY_REVIEW", "PUBLICITY 同名不同人", "HELD");
    }

    @Test
    void aReferredCaseWaitsForItsInvestigationAndACleanOneGoesOnToPublicity() {
        ProcessInstance instance = atCommittee("testFlagged", true);
        voted(true);
        complete(task(instance), withVariables(VAR_INTEGRITY_DECISION, "REFER", VAR_INTEGRITY_REASON, "证书存疑"));
        assertThat(instance).isWaitingAt(TASK_INVESTIGATION);
        // HELD before the referral is announced: the investigation opens on a held case
        assertThat(status.entered).endsWith("INTEGRITY_REVIEW", "HELD 证书存疑", "referred 证书存疑");
        runtimeService().createMessageCorrelation(MESSAGE_INVESTIGATION_CLEARED).processInstanceBusinessKey(CASE)
                .setVariable(VAR_INVESTIGATION_OUTCOME, "调查不成立").correlate();
        assertThat(instance).isWaitingAt(TASK_PUBLICITY);
        // the investigation's outcome is the reason, not the referral's (the task's listener then finds it PUBLICITY)
        assertThat(status.entered).endsWith("HELD 证书存疑", "referred 证书存疑", "PUBLICITY 调查不成立", "PUBLICITY 证书存疑");
    }

    @Test
    void aConfirmedIntegrityFindingStopsARunningCaseWherever() {
        ProcessInstance inReview = submitted("工程技术");
        complete(task(inReview), withVariables(VAR_EMPLOYER_DECISION, "CONFIRM"));
        runtimeService().createMessageCorrelation(MESSAGE_INTEGRITY_STOP).processInstanceBusinessKey(CASE)
                .setVariable(VAR_INTEGRITY_STOP_REASON, "IV2026-0001 伪造证书").correlateAll();
        assertThat(inReview).isEnded().hasPassed(END_STOPPED);
        assertThat(status.entered).endsWith("QUALIFICATION_REVIEW", "STOPPED IV2026-0001 伪造证书");

        ProcessInstance inPublicity = atCommittee();
        voted(true);
        runtimeService().createMessageCorrelation(MESSAGE_INTEGRITY_STOP).processInstanceBusinessKey(CASE).correlateAll();
        assertThat(inPublicity).isEnded().hasPassed(END_STOPPED).hasNotPassed(TASK_GRANT);
        assertThat(status.statuses()).endsWith("PUBLICITY", "STOPPED");
    }
}
