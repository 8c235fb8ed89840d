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
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Integrity review (issue 5, item 4): cases the panel passed and an automatic check flagged wait for an integrity
 * officer, who clears the flags with a reason (the case is published) or refers the case for investigation (held).
 */
@Service
@PreAuthorize("hasRole('INTEGRITY_OFFICER')")
public class IntegrityReviewService {

    private final CaseTasks tasks;
    private final IntegrityChecks checks;
    private final AuditLog audit;

    IntegrityReviewService(CaseTasks tasks, IntegrityChecks checks, AuditLog audit) {
        this.tasks = tasks;
        this.checks = checks;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<InboxRow> page(int offset, int limit) {
        return tasks.page(tasks.offered(query()), offset, limit);
    }

    @Transactional(readOnly = true)
    public int count() {
        return tasks.count(tasks.offered(query()));
    }

    /** One open review, for its screen (TaskGoneException once decided). */
    @Transactional(readOnly = true)
    public InboxRow row(String taskId) {
        return tasks.row(query(), taskId);
    }

    /** The flags of the task's case as the checks find them now, with their evidence. */
    @Transactional(readOnly = true)
    public List<IntegrityFlag> flags(String taskId) {
        return checks.flagsOf(List.of(row(taskId).summary().caseNumber())).values().iterator().next();
    }

    /** Clears the flags or refers the case, with a reason either way; first come, first served. */
    @Transactional
    public void decide(String taskId, IntegrityDecision decision, String reason) {
        Task task = tasks.task(query(), taskId);
        if (decision == null) {
            throw InvalidInputException.of("decision", "validation.required");
        }
        String why = Reason.required(reason);
        tasks.claim(task);
        Map<String, Object> variables = new HashMap<>();
        variables.put(TitleApplicationProcess.VAR_INTEGRITY_DECISION, decision.name());
        variables.put(TitleApplicationProcess.VAR_INTEGRITY_REASON, why);
        audit.record("integrity." + decision.name().toLowerCase(Locale.ROOT), "case:" + tasks.caseNumberOf(task), why);
        try {
            tasks.complete(task, variables);
        } catch (OptimisticLockingException e) {
            throw new TaskGoneException();
        }
    }

    private TaskQuery query() {
        return tasks.query(TitleApplicationProcess.TASK_INTEGRITY_REVIEW).taskCandidateGroup("INTEGRITY_OFFICER")
                .includeAssignedTasks();
    }
}
