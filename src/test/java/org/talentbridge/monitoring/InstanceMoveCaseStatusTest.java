package org.talentbridge.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.CertificateInput;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.InboxRow;
import org.talentbridge.casework.IntegrityDecision;
import org.talentbridge.casework.IntegrityReviewService;
import org.talentbridge.casework.ReviewInboxService;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleApplicationProcess;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * An administrator's move of a title case's instance (monitoring, {@link InstanceRepair#move}) on the real engine and
 * database: the case status comes from the model's start listeners ({@code ${caseStatus.enter(...)}}, decision 0005),
 * so the move must run the target step's listener and the case row must follow it, with the move audited on the case.
 * The allowed move of the product's configuration: a referred case whose investigation is gone goes back from
 * {@code Task_Investigation} (HELD) to the integrity officer's review (INTEGRITY_REVIEW).
 */
class InstanceMoveCaseStatusTest extends MonitoringTestSupport {

    @Autowired
    private InstanceRepair repair;
    @Autowired
    private TitleCaseService titleCases;
    @Autowired
    private ReviewInboxService reviewInbox;
    @Autowired
    private IntegrityReviewService integrityReviews;
    @Autowired
    private AuditLog audit;

    private CaseStatus status(AccountView applicant, String number) {
        return as(applicant, () -> titleCases.details(number).orElseThrow().summary().status());
    }

    private List<String> waitingAt(String processInstanceId) {
        return Arrays.stream(runtime.getActivityInstance(processInstanceId).getChildActivityInstances())
                .map(ActivityInstance::getActivityId).toList();
    }

    private String integrityTaskOf(AccountView officer, String number) {
        return as(officer, () -> integrityReviews.page(0, 10_000).stream()
                .filter(r -> r.summary().caseNumber().equals(number)).map(InboxRow::taskId).findFirst().orElse(null));
    }

    /** A welder whose senior-worker certificate dates from when they were ten (an integrity flag), passed by the panel. */
    private String flaggedCaseWaitingForTheIntegrityOfficer(AccountView applicant) {
        profiles.addCertificate(new CertificateInput(SkillLevel.SENIOR_WORKER, "焊工", LocalDate.of(2005, 1, 1),
                "SW-" + applicant.username(), "鉴定中心"));
        String number = titleCases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        confirmedByEmployer(number);
        as(newAccount("monmvrev", Role.REVIEWER), () -> {
            String task = engineTasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
            reviewInbox.claim(task);
            reviewInbox.approve(task);
            return null;
        });
        as(accounts.findByUsername("secretary").orElseThrow(), () -> titleCases.committeeDecided(number, true, "同意 7"));
        return number;
    }

    @Test
    void movingAReferredCaseBackToTheIntegrityReviewRunsThatStepsListenerSoTheCaseIsInIntegrityReviewAgain() {
        AccountView applicant = eligibleWelder("monmv");
        String number = flaggedCaseWaitingForTheIntegrityOfficer(applicant);
        AccountView officer = newAccount("monmvoff", Role.INTEGRITY_OFFICER);
        assertThat(status(applicant, number)).isEqualTo(CaseStatus.INTEGRITY_REVIEW);
        String referral = integrityTaskOf(officer, number);
        as(officer, () -> {
            integrityReviews.decide(referral, IntegrityDecision.REFER, "证书取得时未满十六周岁，移交调查");
            return null;
        });
        String id = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
        assertThat(waitingAt(id)).containsExactly(TitleApplicationProcess.TASK_INVESTIGATION);
        assertThat(status(applicant, number)).isEqualTo(CaseStatus.HELD);
        assertThat(integrityTaskOf(officer, number)).isNull();

        AccountView admin = admin();
        signIn(admin);
        assertThat(repair.movesFrom(TitleApplicationProcess.KEY, TitleApplicationProcess.TASK_INVESTIGATION))
                .containsExactly(TitleApplicationProcess.TASK_INTEGRITY_REVIEW);
        repair.move(id, TitleApplicationProcess.TASK_INVESTIGATION, TitleApplicationProcess.TASK_INTEGRITY_REVIEW,
                "调查案件录入有误已撤销，退回诚信复核");

        // where the instance waits, by the engine's activity-instance tree (after a modification the engine leaves the
        // moved execution's "active" flag false, so RuntimeService.getActiveActivityIds answers nothing here)
        assertThat(waitingAt(id)).containsExactly(TitleApplicationProcess.TASK_INTEGRITY_REVIEW);
        // the target step's start listener ran: the case row follows the instance
        assertThat(status(applicant, number)).isEqualTo(CaseStatus.INTEGRITY_REVIEW);
        List<AuditEvent> trail = as(admin, () -> audit.history("case:" + number));
        assertThat(trail).filteredOn(e -> e.getAction().equals("monitoring.instanceMoved")).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo(admin.username());
            assertThat(e.getDetails()).isEqualTo(TitleApplicationProcess.TASK_INVESTIGATION + " -> "
                    + TitleApplicationProcess.TASK_INTEGRITY_REVIEW + ": 调查案件录入有误已撤销，退回诚信复核");
        });

        // the officer has the review again, and the case goes on from there as the model says
        String again = integrityTaskOf(officer, number);
        assertThat(again).isNotNull().isNotEqualTo(referral);
        as(officer, () -> {
            integrityReviews.decide(again, IntegrityDecision.CLEAR, "已核对原件，证书日期录入错误");
            return null;
        });
        assertThat(status(applicant, number)).isEqualTo(CaseStatus.PUBLICITY);
        assertThat(waitingAt(id)).containsExactly(TitleApplicationProcess.TASK_PUBLICITY);
    }
}
