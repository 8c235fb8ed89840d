package org.talentbridge.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.engine.CockpitSession;
import org.talentbridge.shared.engine.EngineRefusal;
import org.talentbridge.shared.engine.EngineRestClient;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * Issue 13, items 11 and 12, for title cases: the engine's own doors (Camunda's REST API and webapps) cannot decide a
 * case behind its service's back, and deleting a case's process instance ends the case instead of leaving it running
 * without a process.
 */
class EngineDoorsTitleCaseTest extends IntegrationTest {

    private static final String CONFIRM = "{\"variables\": {\"employerDecision\": {\"value\": \"CONFIRM\"}}}";

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private TitleCaseRepository caseRows;
    @Autowired
    private TaskService engineTasks;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private HistoryService history;
    @Autowired
    private AuditLog audit;
    @Autowired
    private JdbcTemplate jdbc;

    private EngineRestClient engineRest() {
        return new EngineRestClient(port);
    }

    private String submitted(AccountView applicant) {
        return as(applicant, () -> cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true))
                .caseNumber());
    }

    private Task task(String caseNumber, String key) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(key).singleResult();
    }

    private TitleCase row(String caseNumber) {
        return caseRows.findByCaseNumber(caseNumber).orElseThrow();
    }

    // ---- item 12: decisions only through their services -------------------------------------------------------------

    @Test
    void anAdministratorCannotConfirmAnEmployerReviewThroughTheEngineRestApi_theCaseStaysWithTheEmployer() throws Exception {
        String number = submitted(eligibleWelder("doorconf"));
        Task review = task(number, TitleApplicationProcess.TASK_EMPLOYER_REVIEW);

        EngineRestClient.Answer answer = engineRest().post("/task/" + review.getId() + "/complete", CONFIRM, "en");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.message()).contains(TitleApplicationProcess.TASK_EMPLOYER_REVIEW)
                .contains("completed on its own screen in Talent Bridge");
        assertThat(row(number).getStatus()).isEqualTo(CaseStatus.EMPLOYER_REVIEW);
        assertThat(row(number).getEmployerConfirmedBy()).isNull();
        assertThat(task(number, TitleApplicationProcess.TASK_EMPLOYER_REVIEW)).isNotNull();
        assertThat(audit.history("case:" + number)).extracting(AuditEvent::getAction).doesNotContain("employer.confirm");
    }

    @Test
    void completingADecisionTaskWithoutItsVariablesIsRefusedTheSameWay_notAServerError() throws Exception {
        String number = submitted(eligibleWelder("doorempty"));
        Task review = task(number, TitleApplicationProcess.TASK_EMPLOYER_REVIEW);

        EngineRestClient.Answer answer = engineRest().post("/task/" + review.getId() + "/complete", "{}", "en");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.message()).contains("business decision");
        assertThat(row(number).getStatus()).isEqualTo(CaseStatus.EMPLOYER_REVIEW);
    }

    @Test
    void submittingADecisionTasksFormThroughTheEngineRestApiIsRefused() throws Exception {
        String number = submitted(eligibleWelder("doorform"));
        Task review = task(number, TitleApplicationProcess.TASK_EMPLOYER_REVIEW);

        EngineRestClient.Answer answer = engineRest().post("/task/" + review.getId() + "/submit-form", CONFIRM, "en");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(row(number).getStatus()).isEqualTo(CaseStatus.EMPLOYER_REVIEW);
    }

    @Test
    void theRefusalIsInChineseByDefault() throws Exception {
        String number = submitted(eligibleWelder("doorzh"));
        Task review = task(number, TitleApplicationProcess.TASK_EMPLOYER_REVIEW);

        EngineRestClient.Answer answer = engineRest().post("/task/" + review.getId() + "/complete", CONFIRM, "zh-CN");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.message()).contains("是业务决定").contains("单位审核");
    }

    @Test
    void anAdministratorCannotDecideAQualificationReviewThroughTheEngineRestApi() throws Exception {
        String number = submitted(eligibleWelder("doorqual"));
        confirmedByEmployer(number);
        Task review = task(number, TitleApplicationProcess.TASK_QUALIFICATION_REVIEW);

        EngineRestClient.Answer answer = engineRest().post("/task/" + review.getId() + "/complete",
                "{\"variables\": {\"reviewDecision\": {\"value\": \"APPROVE\"}}}", "en");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(row(number).getStatus()).isEqualTo(CaseStatus.QUALIFICATION_REVIEW);
    }

    @Test
    void tasklistCannotCompleteADecisionTaskEither_evenForItsOwnEmployerReviewer() {
        String number = submitted(eligibleWelder("doortl"));
        Task review = task(number, TitleApplicationProcess.TASK_EMPLOYER_REVIEW);

        // Tasklist completes through the engine's TaskService as the signed-in user, as this does
        assertThatThrownBy(() -> as(accounts.findByUsername("admin").orElseThrow(), () -> {
            engineTasks.complete(review.getId(), Map.of(TitleApplicationProcess.VAR_EMPLOYER_DECISION, "CONFIRM"));
            return null;
        })).isInstanceOf(EngineRefusal.class);
        assertThat(row(number).getStatus()).isEqualTo(CaseStatus.EMPLOYER_REVIEW);
    }

    @Test
    void theEmployerReviewServiceStillConfirms_recordingWhoConfirmed() {
        String number = submitted(eligibleWelder("doorsvc"));

        confirmedByEmployer(number);

        assertThat(row(number).getStatus()).isEqualTo(CaseStatus.QUALIFICATION_REVIEW);
        assertThat(row(number).getEmployerConfirmedBy()).isNotNull();
        assertThat(audit.history("case:" + number)).extracting(AuditEvent::getAction).contains("employer.confirm");
    }

    // ---- item 11: a deleted instance ends its case ------------------------------------------------------------------

    @Test
    void deletingACaseInstanceThroughTheEngineRestApi_cancelsTheCase_auditedWithTheAdministrator_andTellsTheApplicant()
            throws Exception {
        AccountView applicant = eligibleWelder("doordel");
        String number = submitted(applicant);
        String instance = row(number).getProcessInstanceId();

        EngineRestClient.Answer answer = engineRest().delete("/process-instance/" + instance, "en");

        assertThat(answer.status()).isEqualTo(204);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(row(number).getStatus()).isEqualTo(CaseStatus.CANCELLED);
        assertThat(row(number).getStatus().isActive()).isFalse();
        AuditEvent cancelled = audit.history("case:" + number).stream().filter(e -> e.getAction().equals("case.cancelled"))
                .findFirst().orElseThrow();
        assertThat(cancelled.getActor()).isEqualTo("admin");
        assertThat(cancelled.getDetails()).contains("cancelled by an administrator").contains("was EMPLOYER_REVIEW");
        assertThat(jdbc.queryForList("select message_args::text from tb.notification where recipient = ? and case_number = ?"
                + " and message_key = 'notification.caseEnded'", String.class, applicant.username(), number))
                .singleElement().asString().contains("caseStatus.CANCELLED");
        // the open employer review went with the instance: nobody's inbox shows it any more
        assertThat(engineTasks.createTaskQuery().processInstanceBusinessKey(number).count()).isZero();
    }

    @Test
    void theApplicantOfACancelledCaseCanApplyAgainInTheSameRound() throws Exception {
        AccountView applicant = eligibleWelder("dooragain");
        String number = submitted(applicant);
        engineRest().delete("/process-instance/" + row(number).getProcessInstanceId(), "en");

        Submission again = as(applicant, () -> cases.submission(new SubmitTitleApplication("焊工", "工程技术",
                TitleLevel.INTERMEDIATE, true)));

        assertThat(again.created()).isTrue();
        assertThat(again.summary().caseNumber()).isNotEqualTo(number);
        assertThat(again.summary().status()).isEqualTo(CaseStatus.EMPLOYER_REVIEW);
        assertThat(row(again.summary().caseNumber()).getRoundId()).isEqualTo(row(number).getRoundId());
    }

    @Test
    void skippingCustomListenersDoesNotSkipTheCancellation() throws Exception {
        String number = submitted(eligibleWelder("doorskip"));
        confirmedByEmployer(number);

        EngineRestClient.Answer answer = engineRest().delete("/process-instance/" + row(number).getProcessInstanceId()
                + "?skipCustomListeners=true&skipIoMappings=true", "en");

        assertThat(answer.status()).isEqualTo(204);
        assertThat(row(number).getStatus()).isEqualTo(CaseStatus.CANCELLED);
    }

    @Test
    void theUserOperationLogRecordsTheAdministratorForWhatTheyDoThroughTheEngineRestApi() throws Exception {
        String number = submitted(eligibleWelder("doorlog"));
        String instance = row(number).getProcessInstanceId();

        engineRest().post("/process-instance/" + instance + "/variables",
                "{\"modifications\": {\"note\": {\"value\": \"checked\"}}}", "en");
        engineRest().delete("/process-instance/" + instance, "en");

        List<UserOperationLogEntry> entries = history.createUserOperationLogQuery().processInstanceId(instance).list();
        assertThat(entries).extracting(UserOperationLogEntry::getOperationType)
                .contains(UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE, UserOperationLogEntry.OPERATION_TYPE_DELETE);
        assertThat(entries).extracting(UserOperationLogEntry::getUserId).containsOnly("admin");
    }

    @Test
    void aCaseThatHadAlreadyEnded_isLeftAsItIs_whenItsInstanceIsDeleted() {
        // an integrity stop deletes the instances of older process versions itself: that case is STOPPED, not CANCELLED
        AccountView applicant = eligibleWelder("doorstop");
        String number = submitted(applicant);
        TitleCase c = row(number);
        jdbc.update("update tb.title_case set status = 'STOPPED' where id = ?", c.getId());

        as(accounts.findByUsername("admin").orElseThrow(), () -> {
            runtime.deleteProcessInstance(c.getProcessInstanceId(), "integrity finding: test");
            return null;
        });

        assertThat(row(number).getStatus()).isEqualTo(CaseStatus.STOPPED);
        assertThat(audit.history("case:" + number)).extracting(AuditEvent::getAction).doesNotContain("case.cancelled");
    }

    // ---- the same doors in Cockpit and Tasklist (the webapps' engine API, with the signed-in session) ---------------

    @Test
    void cancellingACaseInCockpit_cancelsIt_andTheAuditAndTheOperationLogNameTheAdministrator() throws Exception {
        String number = submitted(eligibleWelder("doorcock"));
        String instance = row(number).getProcessInstanceId();

        int status = CockpitSession.signIn(port, "admin").delete("/process-instance/" + instance + "?skipCustomListeners=true");

        assertThat(status).isEqualTo(204);
        assertThat(row(number).getStatus()).isEqualTo(CaseStatus.CANCELLED);
        assertThat(audit.history("case:" + number)).filteredOn(e -> e.getAction().equals("case.cancelled"))
                .extracting(AuditEvent::getActor).containsExactly("admin");
        assertThat(history.createUserOperationLogQuery().processInstanceId(instance)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_DELETE).list())
                .extracting(UserOperationLogEntry::getUserId).containsOnly("admin");
    }

    @Test
    void tasklistCannotConfirmAnEmployerReview() throws Exception {
        String number = submitted(eligibleWelder("doortlweb"));
        Task review = task(number, TitleApplicationProcess.TASK_EMPLOYER_REVIEW);

        int status = CockpitSession.signIn(port, "admin").post("/task/" + review.getId() + "/complete", CONFIRM);

        assertThat(status).isEqualTo(403);
        assertThat(row(number).getStatus()).isEqualTo(CaseStatus.EMPLOYER_REVIEW);
    }
}
