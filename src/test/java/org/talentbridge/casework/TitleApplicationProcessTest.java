package org.talentbridge.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.IntegrationTest;
import org.talentbridge.shared.engine.BusinessTasks;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.catalog.SeriesDecisionService;
import org.talentbridge.eligibility.Check;
import org.talentbridge.shared.policy.TitleLevel;

/** processes/title-application.bpmn, path by path, on the real engine. */
class TitleApplicationProcessTest extends IntegrationTest {

    @Autowired
    private ProcessEngine engine;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private SeriesDecisionInboxService secretaryInbox;
    @Autowired
    private SeriesDecisionService decisions;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    private ProcessInstance submitted() {
        eligibleWelder("proc");
        String number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
    }

    @Test
    void anEligibleCaseGoesFirstToItsEmployersReviewers() {
        ProcessInstance instance = submitted();
        assertThat(instance).isStarted().isWaitingAt(TitleApplicationProcess.TASK_EMPLOYER_REVIEW);
        assertThat(task(instance)).hasCandidateGroup(employer(SHIPYARD).group()).isNotAssigned();
        assertThat(cases.details(instance.getBusinessKey()).orElseThrow().summary().status()).isEqualTo(CaseStatus.EMPLOYER_REVIEW);
    }

    @Test
    void aCaseTheEmployerConfirmedWaitsForQualificationReviewByTheReviewerGroup() {
        ProcessInstance instance = submitted();
        confirmedByEmployer(instance.getBusinessKey());
        assertThat(instance).hasPassedInOrder(TitleApplicationProcess.TASK_EMPLOYER_REVIEW,
                TitleApplicationProcess.GATEWAY_EMPLOYER_DECISION).isWaitingAt(TitleApplicationProcess.TASK_QUALIFICATION_REVIEW);
        assertThat(task(instance)).hasCandidateGroup(Role.REVIEWER.name()).isNotAssigned();
    }

    @Test
    void anEligibleCaseIsScreenedAndTheChecklistStoredBeforeReview() {
        ProcessInstance instance = submitted();
        assertThat(instance).hasPassedInOrder(TitleApplicationProcess.START, TitleApplicationProcess.TASK_SCREENING,
                TitleApplicationProcess.GATEWAY_ELIGIBLE);
        CaseDetails details = cases.details(instance.getBusinessKey()).orElseThrow();
        ScreeningRecord screening = details.screening().orElseThrow();
        assertThat(screening.result().eligible()).isTrue();
        assertThat(screening.result().maxLevel()).isEqualTo(TitleLevel.INTERMEDIATE);
        assertThat(screening.result().checks()).extracting(Check::rule).contains("T0", "T1", "T2.2", "T4");
        assertThat(screening.result().rulesVersion()).startsWith("ZJ2022-77/").contains("titleStandardRoute.v");
        assertThat(screening.input().occupation()).isEqualTo("焊工");
    }

    @Test
    void anIneligibleCaseEndsRejectedWithItsReasonsAndNeverReachesAReviewer() {
        signIn(newAccount("procno", Role.APPLICANT)); // no certificate, no assessments
        String number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
                .singleResult().getEndActivityId()).isEqualTo(TitleApplicationProcess.END_INELIGIBLE);
        CaseDetails details = cases.details(number).orElseThrow();
        assertThat(details.summary().status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(details.screening().orElseThrow().result().reasons()).extracting(Check::rule).contains("T1", "T2", "T4");
    }

    @Test
    void anUnlistedOccupationWaitsForTheSecretaryThenIsScreenedAgainUnderTheDecidedSeries() {
        AccountView applicant = eligibleWelder("procunl");
        String occupation = "船舶焊接机器人运维员" + applicant.id(); // not in the annex, new to this test
        String number = cases.submit(new SubmitTitleApplication(occupation, null, TitleLevel.ASSISTANT, true)).caseNumber();
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        assertThat(instance).isWaitingAt(TitleApplicationProcess.TASK_SERIES_DECISION);
        assertThat(task(instance)).hasCandidateGroup(Role.COMMITTEE_SECRETARY.name());
        assertThat(cases.details(number).orElseThrow().summary().status()).isEqualTo(CaseStatus.SERIES_DECISION);

        signIn(newAccount("procsec", Role.COMMITTEE_SECRETARY));
        secretaryInbox.decide(task(instance).getId(), "工程技术", "与焊工同属焊接加工类，归入工程技术系列");

        assertThat(instance).hasPassedInOrder(TitleApplicationProcess.TASK_SCREENING, TitleApplicationProcess.TASK_SERIES_DECISION,
                TitleApplicationProcess.TASK_SCREENING).isWaitingAt(TitleApplicationProcess.TASK_EMPLOYER_REVIEW);
        signIn(applicant);
        CaseDetails details = cases.details(number).orElseThrow();
        assertThat(details.summary().series()).isEqualTo("工程技术");
        assertThat(details.screening().orElseThrow().result().checks()).filteredOn(c -> c.rule().equals("T0"))
                .extracting(Check::messageKey).containsExactly("screening.T0.decided");
        assertThat(decisions.find(occupation)).isPresent();
    }

    @Test
    void anEmployerReturnGoesToTheApplicantsCorrectionTask() {
        ProcessInstance instance = submitted();
        // the process path alone: the test completes the task as the employer review service does
        BusinessTasks.complete(() -> complete(task(instance), withVariables(TitleApplicationProcess.VAR_EMPLOYER_DECISION, "RETURN",
                TitleApplicationProcess.VAR_REVIEW_REASON, "2023 年度考核结果有误",
                TitleApplicationProcess.VAR_CORRECTION_DEADLINE, new java.util.Date(System.currentTimeMillis() + 86_400_000L))));
        assertThat(instance).hasPassed(TitleApplicationProcess.GATEWAY_EMPLOYER_DECISION)
                .isWaitingAt(TitleApplicationProcess.TASK_CORRECTION);
        assertThat(cases.details(instance.getBusinessKey()).orElseThrow().summary().status()).isEqualTo(CaseStatus.CORRECTION);
    }

    @Test
    void anApprovedReviewWaitsForTheCommitteesVote() {
        ProcessInstance instance = submitted();
        confirmedByEmployer(instance.getBusinessKey());
        BusinessTasks.complete(() -> complete(task(instance), withVariables(TitleApplicationProcess.VAR_REVIEW_DECISION, "APPROVE")));
        assertThat(instance).hasPassedInOrder(TitleApplicationProcess.START, TitleApplicationProcess.TASK_SCREENING,
                TitleApplicationProcess.TASK_EMPLOYER_REVIEW, TitleApplicationProcess.TASK_QUALIFICATION_REVIEW)
                .isWaitingAt(TitleApplicationProcess.TASK_COMMITTEE_REVIEW);
        assertThat(cases.details(instance.getBusinessKey()).orElseThrow().summary().status())
                .isEqualTo(CaseStatus.READY_FOR_COMMITTEE);
    }
}
