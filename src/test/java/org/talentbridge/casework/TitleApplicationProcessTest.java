package org.talentbridge.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.Role;
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
        signIn(newAccount("proc", Role.APPLICANT));
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
    void anApprovedReviewMovesTheCaseToTheCommitteeStage() {
        ProcessInstance instance = submitted();
        complete(task(instance));
        assertThat(instance).hasPassedInOrder(TitleApplicationProcess.START, TitleApplicationProcess.TASK_QUALIFICATION_REVIEW,
                TitleApplicationProcess.END_READY_FOR_COMMITTEE).isEnded();
        assertThat(cases.details(instance.getBusinessKey()).orElseThrow().summary().status())
                .isEqualTo(CaseStatus.READY_FOR_COMMITTEE);
    }
}
