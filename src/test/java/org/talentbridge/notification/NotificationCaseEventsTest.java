package org.talentbridge.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.talentbridge.notification.NotificationTestSupport.notificationsOf;
import static org.talentbridge.notification.NotificationTestSupport.ofKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.CaseStatusChanged;
import org.talentbridge.casework.ReviewDecision;
import org.talentbridge.casework.ReviewInboxService;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleApplicationProcess;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.policy.TitleLevel;

/** The applicant hears what happened to their case, in the transaction that moved it. */
class NotificationCaseEventsTest extends IntegrationTest {

    @Autowired
    private ProcessEngine engine;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private ReviewInboxService inbox;
    @Autowired
    private NotificationService notifications;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private PlatformTransactionManager transactions;

    private AccountView applicant;
    private AccountView reviewer;
    private String number;
    private ProcessInstance instance;

    @BeforeEach
    void aCaseClaimedByAReviewer() {
        BpmnAwareTests.init(engine);
        applicant = eligibleWelder("ncase");
        number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        confirmedByEmployer(number);
        reviewer = newAccount("ncaserev", Role.REVIEWER);
        signIn(reviewer);
        inbox.claim(task(instance).getId());
    }

    private void decide(ReviewDecision decision, String reason) {
        signIn(reviewer);
        inbox.decide(task(instance).getId(), decision, reason);
    }

    /** The applicant's notices about decisions (the employer's confirmation in the set-up is a stage notice). */
    private List<NotificationRow> decisionsToApplicant() {
        return notificationsOf(notifications, applicant).stream().filter(n -> n.kind() != NotificationKind.CASE_MOVED).toList();
    }

    @Test
    void submittingTellsTheApplicantNothingTheyDidNotSeeThemselvesButTheEmployersConfirmationIsTold() {
        assertThat(notificationsOf(notifications, applicant)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CASE_MOVED);
            assertThat(n.text()).isEqualTo("您的申报 " + number + " 已进入“资格审核中”阶段");
        });
    }

    @Test
    void aReturnedCaseTellsTheApplicantTheReasonAndTheDeadlineAndLinksToTheCase() {
        decide(ReviewDecision.RETURN, "请补充 2025 年度考核证明");

        List<NotificationRow> mine = decisionsToApplicant();
        // one notice: the reason and deadline, not also "new task: correction" for the task that the return created
        assertThat(mine).hasSize(1);
        NotificationRow returned = mine.get(0);
        assertThat(returned.kind()).isEqualTo(NotificationKind.CASE_RETURNED);
        assertThat(returned.caseNumber()).isEqualTo(number);
        assertThat(returned.link()).isEqualTo("cases/" + number);
        assertThat(returned.read()).isFalse();
        String deadline = LocalDate.now().plusDays(11) + " 00:00"; // the demo round: 10 correction days
        assertThat(returned.text()).isEqualTo("您的申报 " + number + " 被退回补正。审核意见：请补充 2025 年度考核证明。请于 "
                + deadline + " 前补正并重新提交，逾期未补正，申报失效。");

        NotificationRow english = notificationsOf(notifications, applicant, Locale.ENGLISH).get(0);
        assertThat(english.text()).isEqualTo("Your application " + number + " was returned for correction. Reviewer "
                + "comment: 请补充 2025 年度考核证明. Correct it and resubmit before " + deadline + "; after that the application lapses.");
        assertThat(english.kindLabel()).isEqualTo("Returned for correction");
    }

    @Test
    void aRejectionTellsTheReason() {
        decide(ReviewDecision.REJECT, "证书编号与发证机构记录不符");

        assertThat(decisionsToApplicant()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CASE_DECIDED);
            assertThat(n.text()).isEqualTo("您的申报 " + number + " 未通过。理由：证书编号与发证机构记录不符");
        });
    }

    @Test
    void anApprovalTellsThatTheCaseGoesToTheCommittee() {
        decide(ReviewDecision.APPROVE, null);

        assertThat(decisionsToApplicant()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CASE_DECIDED);
            assertThat(n.text()).isEqualTo("您的申报 " + number + " 已通过资格审核，等待评委会评审");
        });
    }

    @Test
    void aLapseAfterTheDeadlineIsTold() {
        decide(ReviewDecision.RETURN, "请补充材料");
        execute(job(TitleApplicationProcess.BOUNDARY_CORRECTION_DEADLINE, instance));

        List<NotificationRow> mine = decisionsToApplicant();
        assertThat(mine).extracting(NotificationRow::kind)
                .containsExactly(NotificationKind.CASE_LAPSED, NotificationKind.CASE_RETURNED); // newest first
        assertThat(mine.get(0).text()).isEqualTo("您的申报 " + number + " 因逾期未补正已失效");
    }

    @Test
    void aWithdrawalIsConfirmedWithItsReason() {
        signIn(applicant);
        cases.withdraw(number, "不再申报");

        assertThat(ofKind(notificationsOf(notifications, applicant), NotificationKind.CASE_WITHDRAWN)).singleElement()
                .satisfies(n -> assertThat(n.text()).isEqualTo("您的申报 " + number + " 已撤回。理由：不再申报"));
    }

    @Test
    void aResubmittedCaseGoesBackToTheReviewerWhoHearsOfItOnce() {
        decide(ReviewDecision.RETURN, "请补充材料");
        signIn(applicant);
        cases.resubmit(number);
        confirmedByEmployer(number); // the corrected evidence goes past the employer again

        List<NotificationRow> reviewers = ofKind(notificationsOf(notifications, reviewer), NotificationKind.NEW_TASK);
        // the first review task was offered to the group before this reviewer joined it; the second is theirs
        assertThat(reviewers).hasSize(1).allSatisfy(n -> assertThat(n.text()).isEqualTo("您有新的待办：资格审核（申报编号 " + number + "）"));
        assertThat(decisionsToApplicant()).extracting(NotificationRow::kind)
                .containsExactly(NotificationKind.CASE_RETURNED);
    }

    @Test
    void aStageMovedBySomeoneElseIsToldWithTheStageInTheReadersLanguage() {
        signIn(reviewer);
        inTransaction(() -> events.publishEvent(new CaseStatusChanged(number, applicant.username(), CaseStatus.EMPLOYER_REVIEW, null, null)));

        assertThat(notificationsOf(notifications, applicant).get(0)).satisfies(n -> { // newest first
            assertThat(n.kind()).isEqualTo(NotificationKind.CASE_MOVED);
            assertThat(n.text()).isEqualTo("您的申报 " + number + " 已进入“单位审核中”阶段");
        });
        assertThat(notificationsOf(notifications, applicant, Locale.ENGLISH).get(0).text())
                .startsWith("Your application " + number + " moved to the stage \"").doesNotContain("单位");
    }

    @Test
    void aMoveThatRollsBackLeavesNoNotification() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new CaseStatusChanged(number, applicant.username(), CaseStatus.REJECTED, "回滚", null));
            status.setRollbackOnly();
        });

        assertThat(decisionsToApplicant()).isEmpty();
    }

    private void inTransaction(Runnable action) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> action.run());
    }
}
