package org.talentbridge.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.account.AccountView;
import org.talentbridge.IntegrationTest;
import org.talentbridge.notification.NotificationKind;
import org.talentbridge.notification.NotificationService;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * The applicant withdraws while the case waits at the first review step, the employer's (单位审核): on the real engine
 * and database the case ends WITHDRAWN with the applicant's reason (the model's {@code EndEvent_Withdrawn} listener
 * takes it from the message), the employer reviewer's inbox no longer lists the task, and the audit trail and the
 * applicant's notification carry the reason.
 */
class WithdrawalInEmployerReviewTest extends IntegrationTest {

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private EmployerReviewService employerReviews;
    @Autowired
    private TaskService tasks;
    @Autowired
    private HistoryService history;
    @Autowired
    private AuditLog audit;
    @Autowired
    private NotificationService notifications;

    @Test
    void theCaseEndsWithdrawnWithTheReasonAndLeavesTheEmployerReviewersInbox() {
        AccountView applicant = eligibleWelder("wdinrev");
        String number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        AccountView hr = employerReviewer(SHIPYARD);
        InboxRow waiting = as(hr, () -> employerReviews.page(number, 0, 10)).stream().findFirst().orElseThrow();
        assertThat(waiting.summary().status()).isEqualTo(CaseStatus.EMPLOYER_REVIEW);
        assertThat(as(hr, () -> employerReviews.count(number))).isEqualTo(1);

        String reason = "已调往外省单位，本年度不再申报";
        CaseSummary withdrawn = as(applicant, () -> cases.withdraw(number, reason));

        assertThat(withdrawn.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(as(applicant, () -> cases.details(number).orElseThrow().summary().status())).isEqualTo(CaseStatus.WITHDRAWN);
        // the open task went with the process: gone from the engine and from the employer reviewer's inbox
        assertThat(tasks.createTaskQuery().taskId(waiting.taskId()).count()).isZero();
        assertThat(as(hr, () -> employerReviews.page(number, 0, 10))).isEmpty();
        assertThat(as(hr, () -> employerReviews.count(number))).isZero();
        assertThat(as(hr, () -> employerReviews.page(null, 0, 10_000))).extracting(InboxRow::taskId)
                .doesNotContain(waiting.taskId());
        var ended = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        assertThat(ended.getEndActivityId()).isEqualTo(TitleApplicationProcess.END_WITHDRAWN);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(ended.getId())
                .variableName(TitleApplicationProcess.VAR_WITHDRAWAL_REASON).singleResult().getValue()).isEqualTo(reason);
        // the reason in the audit trail, by the applicant, and in what the applicant is told
        assertThat(as(applicant, () -> audit.history("case:" + number))).filteredOn(e -> e.getAction().equals("case.withdrawn"))
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo(applicant.username());
                    assertThat(e.getDetails()).isEqualTo(reason);
                });
        assertThat(as(applicant, () -> notifications.page(0, 100, Locale.SIMPLIFIED_CHINESE))).filteredOn(n ->
                n.kind() == NotificationKind.CASE_WITHDRAWN).singleElement()
                .satisfies(n -> assertThat(n.text()).isEqualTo("您的申报 " + number + " 已撤回。理由：" + reason));
    }
}
