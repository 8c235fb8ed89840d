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
import org.talentbridge.account.Role;
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
    void aSubmittedCaseWaitsForQualificationReviewByTheReviewerGroup() {
        ProcessInstance instance = submitted();
        assertThat(instance).isStarted().isWaitingAt(TitleApplicationProcess.TASK_QUALIFICATION_REVIEW);
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
    void anApprovedReviewMovesTheCaseToTheCommitteeStage() {
        ProcessInstance instance = submitted();
        complete(task(instance), withVariables(TitleApplicationProcess.VAR_REVIEW_DECISION, "APPROVE"));
        assertThat(instance).hasPassedInOrder(TitleApplicationProcess.START, TitleApplicationProcess.TASK_SCREENING,
                TitleApplicationProcess.TASK_QUALIFICATION_REVIEW,
                TitleApplicationProcess.END_READY_FOR_COMMITTEE).isEnded();
        assertThat(cases.details(instance.getBusinessKey()).orElseThrow().summary().status())
                .isEqualTo(CaseStatus.READY_FOR_COMMITTEE);
    }
}
