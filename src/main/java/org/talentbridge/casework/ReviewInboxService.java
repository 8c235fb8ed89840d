package org.talentbridge.casework;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountView;
import org.talentbridge.shared.audit.AuditLog;

/**
 * The reviewers' inbox over the engine's task query: pages are fetched from the engine (never all tasks),
 * then enriched with their cases in one query. Claiming is first-come: the loser learns who has the task.
 */
@Service
@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
public class ReviewInboxService {

    private final CaseTasks tasks;
    private final OpenTasks openTasks;
    private final CaseProgress progress;
    private final AuditLog audit;

    ReviewInboxService(CaseTasks tasks, OpenTasks openTasks, CaseProgress progress, AuditLog audit) {
        this.tasks = tasks;
        this.openTasks = openTasks;
        this.progress = progress;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<InboxRow> page(InboxScope scope, int offset, int limit) {
        return page(InboxFilter.of(scope), offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(InboxScope scope) {
        return count(InboxFilter.of(scope));
    }

    /**
     * A page of the filtered inbox, soonest due first: one query of the open-task table (indexed for exactly these
     * filters, kept in step with the engine by {@link OpenTasks}) and two case queries per page.
     */
    @Transactional(readOnly = true)
    public List<InboxRow> page(InboxFilter filter, int offset, int limit) {
        AccountView me = tasks.me();
        return tasks.rows(openTasks.page(TitleApplicationProcess.TASK_QUALIFICATION_REVIEW, me.username(), tasks.groupsOffered(me),
                filter, offset, limit));
    }

    @Transactional(readOnly = true)
    public int count(InboxFilter filter) {
        AccountView me = tasks.me();
        return openTasks.count(TitleApplicationProcess.TASK_QUALIFICATION_REVIEW, me.username(), tasks.groupsOffered(me), filter);
    }

    /** One open review task, for the review screen (TaskGoneException once it is decided). */
    @Transactional(readOnly = true)
    public InboxRow row(String taskId) {
        return tasks.row(tasks.query(TitleApplicationProcess.TASK_QUALIFICATION_REVIEW), taskId);
    }

    /** Claims the task for the signed-in reviewer; TaskClaimedException names whoever was first. */
    @Transactional
    public void claim(String taskId) {
        tasks.claim(reviewTask(taskId));
    }

    @Transactional
    public void unclaim(String taskId) {
        tasks.unclaim(reviewTask(taskId));
    }

    /** Qualification review passed: the case goes on towards the committee. */
    @Transactional
    public void approve(String taskId) {
        decide(taskId, ReviewDecision.APPROVE, null);
    }

    /**
     * The reviewer's decision on a task they hold. Returning and rejecting need a reason, which the applicant
     * reads; a returned case waits for the applicant's correction until the round's correction deadline.
     */
    @Transactional
    public void decide(String taskId, ReviewDecision decision, String reason) {
        Task task = reviewTask(taskId);
        tasks.requireAssignedToMe(task);
        String why = decision == ReviewDecision.APPROVE ? Reason.optional(reason) : Reason.required(reason);
        Map<String, Object> variables = new HashMap<>();
        variables.put(TitleApplicationProcess.VAR_REVIEW_DECISION, decision.name());
        variables.put(TitleApplicationProcess.VAR_REVIEW_REASON, why);
        variables.put(TitleApplicationProcess.VAR_LAST_REVIEWER, task.getAssignee());
        if (decision == ReviewDecision.RETURN) {
            variables.put(TitleApplicationProcess.VAR_CORRECTION_DEADLINE, progress.correctionDeadline(task.getProcessInstanceId()));
        }
        audit.record("review." + decision.name().toLowerCase(Locale.ROOT), "case:" + tasks.caseNumberOf(task),
                why);
        tasks.complete(task, variables);
    }

    private Task reviewTask(String taskId) {
        return tasks.task(tasks.query(TitleApplicationProcess.TASK_QUALIFICATION_REVIEW), taskId);
    }
}
