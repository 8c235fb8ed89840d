package org.talentbridge.skilleval;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.engine.BusinessTasks;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * S5 直接申报受理审查: an evaluator of the organisation a direct application was routed to admits it (the assessment
 * follows as for any case, Task_Evaluation) or refuses it with a reason the applicant reads (ADMISSION_REFUSED).
 * Whoever decides first wins; a second decision finds the review gone.
 */
@Service
class SkillAdmissionReview {

    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    private final SkillEvaluationInbox inbox;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final AuditLog audit;
    private final SkillCaseEndings endings;

    SkillAdmissionReview(JdbcTemplate jdbc, TaskService tasks, SkillEvaluationInbox inbox, CurrentUser currentUser,
                         AccountService accounts, AuditLog audit, SkillCaseEndings endings) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.inbox = inbox;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.audit = audit;
        this.endings = endings;
    }

    EvaluationRow review(String taskId) {
        return inbox.open(taskId, SkillEvaluationProcess.TASK_ADMISSION_REVIEW);
    }

    /** Admits or refuses; a refusal needs a reason (field {@code reason}), an admission may carry a note. */
    @Transactional
    SkillCaseSummary decide(String taskId, boolean admitted, String reason) {
        Task task = inbox.task(taskId, SkillEvaluationProcess.TASK_ADMISSION_REVIEW);
        SkillCaseRow c = SkillCaseRow.one(jdbc, "c.process_instance_id = ?", task.getProcessInstanceId())
                .orElseThrow(EvaluationGoneException::new);
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (!admitted && text == null) {
            throw new InvalidInputException(List.of(new FieldProblem("reason", "validation.required")));
        }
        if (text != null && text.length() > 1000) {
            throw new InvalidInputException(List.of(new FieldProblem("reason", "validation.tooLong", 1000)));
        }
        inbox.claim(task);
        SkillCaseStatus status = admitted ? SkillCaseStatus.EVALUATION : SkillCaseStatus.ADMISSION_REFUSED;
        jdbc.update("""
                update tb.skill_case set admission_admitted = ?, admission_reason = ?, admission_decided_by = ?,
                    admission_decided_at = now(), status = ?, status_reason = ?, updated_at = now() where id = ?""",
                admitted, text, currentUser.require().username(), status.name(), admitted ? null : text, c.id());
        audit.record(admitted ? "skillCase.admitted" : "skillCase.admissionRefused", "case:" + c.caseNumber(),
                "S5 direct application" + (text == null ? "" : ": " + text));
        endings.announce(c, status, admitted ? null : text);
        try {
            BusinessTasks.complete(() -> tasks.complete(task.getId(), Map.of(SkillEvaluationProcess.VAR_ADMITTED, admitted)));
        } catch (OptimisticLockingException e) {
            throw new EvaluationGoneException();
        }
        AccountView applicant = accounts.findById(c.applicantId()).orElseThrow();
        return SkillCaseRow.byId(jdbc, c.id()).summary(applicant);
    }
}
