package org.talentbridge.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.AssessmentInput;
import org.talentbridge.shared.policy.AssessmentResult;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.FieldProblem;

/** Qualification review decisions, path by path: approve, reject, return → correction → resubmit, lapse. */
class ReviewDecisionTest extends IntegrationTest {

    @Autowired
    private ProcessEngine engine;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private ReviewInboxService inbox;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;

    private AccountView applicant;
    private AccountView reviewer;
    private String number;
    private ProcessInstance instance;

    @BeforeEach
    void aCaseClaimedByAReviewer() {
        BpmnAwareTests.init(engine);
        applicant = eligibleWelder("rd");
        number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        confirmedByEmployer(number);
        instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        reviewer = newAccount("rdrev", Role.REVIEWER);
        signIn(reviewer);
        inbox.claim(task(instance).getId());
    }

    private CaseStatus status() {
        signIn(applicant);
        return cases.details(number).orElseThrow().summary().status();
    }

    @Test
    void rejectingNeedsAReasonAndEndsTheCase() {
        String taskId = task(instance).getId();
        assertThat(problemsOf(() -> inbox.decide(taskId, ReviewDecision.REJECT, "")))
                .containsExactly(new FieldProblem("reason", "validation.required"));
        inbox.decide(taskId, ReviewDecision.REJECT, "证书编号与发证机构记录不符");
        BpmnAwareTests.assertThat(instance).hasPassed(TitleApplicationProcess.END_REJECTED).isEnded();
        assertThat(status()).isEqualTo(CaseStatus.REJECTED);
    }

    @Test
    void aReturnedCaseWaitsForTheApplicantUntilTheRoundsDeadlineThenGoesBackToTheSameReviewer() {
        inbox.decide(task(instance).getId(), ReviewDecision.RETURN, "请补充 2025 年度考核证明");

        BpmnAwareTests.assertThat(instance).isWaitingAt(TitleApplicationProcess.TASK_CORRECTION);
        Task correction = task(instance);
        assertThat(correction.getAssignee()).isEqualTo(applicant.username());
        assertThat(correction.getDueDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
                .isEqualTo(LocalDate.now().plusDays(11)); // demo round: 10 correction days, to the end of the 10th
        assertThat(status()).isEqualTo(CaseStatus.CORRECTION);
        Correction pending = cases.details(number).orElseThrow().correction().orElseThrow();
        assertThat(pending.reason()).isEqualTo("请补充 2025 年度考核证明");

        cases.resubmit(number);
        confirmedByEmployer(number);

        BpmnAwareTests.assertThat(instance).hasPassedInOrder(TitleApplicationProcess.TASK_CORRECTION,
                TitleApplicationProcess.TASK_SCREENING).isWaitingAt(TitleApplicationProcess.TASK_QUALIFICATION_REVIEW);
        assertThat(task(instance).getAssignee()).isEqualTo(reviewer.username());
        assertThat(status()).isEqualTo(CaseStatus.QUALIFICATION_REVIEW);
    }

    @Test
    void aCorrectionThatBreaksTheRulesEndsTheCaseAtScreening() {
        inbox.decide(task(instance).getId(), ReviewDecision.RETURN, "请核对考核结果");
        signIn(applicant);
        profiles.removeAssessment(LocalDate.now().getYear() - 1);
        profiles.addAssessment(new AssessmentInput(LocalDate.now().getYear() - 1, AssessmentResult.UNQUALIFIED));
        cases.resubmit(number);
        BpmnAwareTests.assertThat(instance).hasPassed(TitleApplicationProcess.END_INELIGIBLE).isEnded();
        assertThat(status()).isEqualTo(CaseStatus.REJECTED);
    }

    @Test
    void aCaseNotCorrectedByTheDeadlineLapses() {
        inbox.decide(task(instance).getId(), ReviewDecision.RETURN, "请补充材料");
        execute(job(TitleApplicationProcess.BOUNDARY_CORRECTION_DEADLINE, instance)); // the deadline timer fires
        BpmnAwareTests.assertThat(instance).hasPassedInOrder(TitleApplicationProcess.TASK_LAPSE,
                TitleApplicationProcess.END_LAPSED).isEnded();
        assertThat(status()).isEqualTo(CaseStatus.LAPSED);
    }

    @Test
    void theApplicantMayWithdrawDuringCorrection() {
        inbox.decide(task(instance).getId(), ReviewDecision.RETURN, "请补充材料");
        signIn(applicant);
        cases.withdraw(number, "不再申报");
        BpmnAwareTests.assertThat(instance).hasPassed(TitleApplicationProcess.END_WITHDRAWN).isEnded();
        assertThat(status()).isEqualTo(CaseStatus.WITHDRAWN);
    }

    @Test
    void onlyAReturnedCaseCanBeResubmitted() {
        signIn(applicant);
        assertThat(problemsOf(() -> cases.resubmit(number)))
                .containsExactly(new FieldProblem("caseNumber", "validation.nothingToCorrect"));
    }
}
