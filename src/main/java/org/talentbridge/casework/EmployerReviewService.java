package org.talentbridge.casework;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountView;
import org.talentbridge.employer.EmployerView;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.InputValidator;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Employer review (单位审核): the reviewers of an employer confirm the work history and annual assessments of their
 * own staff's cases, and the post of staff on a public institution's establishment (rule E), or return the case to
 * the applicant with a reason. An employer reviewer sees only the tasks of their own employer.
 */
@Service
@PreAuthorize("hasRole('EMPLOYER_REVIEWER')")
public class EmployerReviewService {

    private final CaseTasks tasks;
    private final CaseProgress progress;
    private final TitleCaseService cases;
    private final InputValidator validator;
    private final AuditLog audit;

    EmployerReviewService(CaseTasks tasks, CaseProgress progress, TitleCaseService cases, InputValidator validator,
                          AuditLog audit) {
        this.tasks = tasks;
        this.progress = progress;
        this.cases = cases;
        this.validator = validator;
        this.audit = audit;
    }

    /** My employer's open reviews, soonest due first; {@code caseNumber} (part of one) narrows them. */
    @Transactional(readOnly = true)
    public List<InboxRow> page(String caseNumber, int offset, int limit) {
        return tasks.page(tasks.offered(query(caseNumber)), offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(String caseNumber) {
        return tasks.count(tasks.offered(query(caseNumber)));
    }

    /** One open review of my employer, for the review screen (TaskGoneException once decided, or not ours). */
    @Transactional(readOnly = true)
    public InboxRow row(String taskId) {
        return tasks.row(query(null), taskId);
    }

    /** Whether the case of this task needs the post confirmation: its applicant is public-institution staff. */
    @Transactional(readOnly = true)
    public boolean needsPostConfirmation(String taskId) {
        return cases.evidenceOfProcess(task(taskId).getProcessInstanceId()).publicInstitutionStaff();
    }

    /**
     * Confirms the case: both confirmations are required, and the post for public-institution staff. The case
     * goes to qualification review. Whoever decides first wins; a second reviewer learns who did.
     */
    @Transactional
    public void confirm(String taskId, EmployerConfirmation confirmation) {
        Task task = task(taskId);
        validator.check(confirmation);
        String post = confirmation.postConfirmation() == null || confirmation.postConfirmation().isBlank()
                ? null : confirmation.postConfirmation().strip();
        if (post == null && cases.evidenceOfProcess(task.getProcessInstanceId()).publicInstitutionStaff()) {
            throw InvalidInputException.of("postConfirmation", "validation.postConfirmationRequired");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(TitleApplicationProcess.VAR_EMPLOYER_DECISION, EmployerDecision.CONFIRM.name());
        audit.record("employer.confirm", "case:" + tasks.caseNumberOf(task), post == null ? null : "post: " + post);
        complete(task, variables, post);
    }

    /** Returns the case to the applicant for correction, with a reason they read, until the correction deadline. */
    @Transactional
    public void returnToApplicant(String taskId, String reason) {
        Task task = task(taskId);
        String why = Reason.required(reason);
        Map<String, Object> variables = new HashMap<>();
        variables.put(TitleApplicationProcess.VAR_EMPLOYER_DECISION, EmployerDecision.RETURN.name());
        variables.put(TitleApplicationProcess.VAR_REVIEW_REASON, why);
        variables.put(TitleApplicationProcess.VAR_CORRECTION_DEADLINE, progress.correctionDeadline(task.getProcessInstanceId()));
        audit.record("employer." + EmployerDecision.RETURN.name().toLowerCase(Locale.ROOT), "case:" + tasks.caseNumberOf(task),
                why);
        complete(task, variables, null);
    }

    private void complete(Task task, Map<String, Object> variables, String post) {
        tasks.claim(task); // the first decision takes the task; a concurrent one is told who has it
        try {
            tasks.completeWithLocal(task, variables, Map.of(EmployerReviewCompleted.VAR_POST_CONFIRMATION, post == null ? "" : post));
        } catch (OptimisticLockingException e) {
            throw new TaskGoneException();
        }
    }

    private Task task(String taskId) {
        return tasks.task(query(null), taskId);
    }

    private TaskQuery query(String caseNumber) {
        AccountView me = tasks.me();
        TaskQuery q = tasks.query(TitleApplicationProcess.TASK_EMPLOYER_REVIEW)
                .taskCandidateGroup(me.employerId() == null ? "employer-none" : EmployerView.groupOf(me.employerId()))
                .includeAssignedTasks();
        if (caseNumber != null && !caseNumber.isBlank()) {
            String needle = caseNumber.strip().toUpperCase(Locale.ROOT).replace("%", "").replace("_", "");
            q.processInstanceBusinessKeyLike("%" + needle + "%");
        }
        return q;
    }
}
