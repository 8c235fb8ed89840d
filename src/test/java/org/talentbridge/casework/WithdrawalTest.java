package org.talentbridge.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.IntegrationTest;
import org.talentbridge.shared.engine.BusinessTasks;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.FieldProblem;

/** Withdrawal before the committee stage (PRODUCT.md, case lifecycle): the process ends cleanly. */
class WithdrawalTest extends IntegrationTest {

    @Autowired
    private ProcessEngine engine;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;
    @Autowired
    private HistoryService history;
    @Autowired
    private AuditLog audit;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    private String submitAs(AccountView applicant) {
        signIn(applicant);
        return cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
    }

    @Test
    void theApplicantWithdrawsDuringEmployerReviewAndTheProcessEndsAtWithdrawn() {
        AccountView applicant = eligibleWelder("wdemp");
        String number = submitAs(applicant);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        BpmnAwareTests.assertThat(instance).isWaitingAt(TitleApplicationProcess.TASK_EMPLOYER_REVIEW);

        assertThat(cases.withdraw(number, "换个单位再申报").status()).isEqualTo(CaseStatus.WITHDRAWN);
        BpmnAwareTests.assertThat(instance).hasPassed(TitleApplicationProcess.BOUNDARY_WITHDRAWN_IN_EMPLOYER_REVIEW,
                TitleApplicationProcess.END_WITHDRAWN).isEnded();
    }

    @Test
    void theApplicantWithdrawsDuringReviewAndTheProcessEndsAtWithdrawn() {
        AccountView applicant = eligibleWelder("wd");
        String number = submitAs(applicant);
        confirmedByEmployer(number);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();

        CaseSummary withdrawn = cases.withdraw(number, "个人原因，明年再申报");

        assertThat(withdrawn.status()).isEqualTo(CaseStatus.WITHDRAWN);
        BpmnAwareTests.assertThat(instance).hasPassed(TitleApplicationProcess.BOUNDARY_WITHDRAWN,
                TitleApplicationProcess.END_WITHDRAWN).isEnded();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).singleResult()
                .getEndActivityId()).isEqualTo(TitleApplicationProcess.END_WITHDRAWN);
        assertThat(audit.history("case:" + number)).extracting(e -> e.getAction()).contains("case.withdrawn");
        // a withdrawn case no longer blocks a new application
        assertThat(submitAs(applicant)).isNotEqualTo(number);
    }

    @Test
    void aReasonIsRequired() {
        String number = submitAs(eligibleWelder("wdreason"));
        assertThat(problemsOf(() -> cases.withdraw(number, " "))).containsExactly(new FieldProblem("reason", "validation.required"));
        assertThat(cases.details(number).orElseThrow().summary().status()).isEqualTo(CaseStatus.EMPLOYER_REVIEW);
    }

    @Test
    void noWithdrawalAfterTheReviewPassedTheCaseOn() {
        AccountView applicant = eligibleWelder("wdlate");
        String number = submitAs(applicant);
        confirmedByEmployer(number);
        BusinessTasks.complete(() -> complete(task(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .singleResult()), withVariables(TitleApplicationProcess.VAR_REVIEW_DECISION, "APPROVE")));
        signIn(applicant);
        assertThat(problemsOf(() -> cases.withdraw(number, "太晚了")))
                .containsExactly(new FieldProblem("reason", "validation.cannotWithdraw"));
    }

    @Test
    void nobodyElseCanWithdrawACase() {
        String number = submitAs(eligibleWelder("wdowner"));
        signIn(newAccount("wdother", Role.APPLICANT));
        assertThatThrownBy(() -> cases.withdraw(number, "恶意撤回")).isInstanceOf(AccessDeniedException.class);
        signIn(accounts.findByUsername("reviewer").orElseThrow());
        assertThatThrownBy(() -> cases.withdraw(number, "审核员撤回")).isInstanceOf(AccessDeniedException.class);
    }
}
