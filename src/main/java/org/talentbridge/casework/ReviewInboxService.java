package org.talentbridge.casework;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The reviewers' inbox over the engine's task query: pages are fetched from the engine (never all tasks),
 * then enriched with their cases in one query. Claiming is first-come: the loser learns who has the task.
 */
@Service
@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
public class ReviewInboxService {

    private final CaseTasks tasks;
    private final CaseProgress progress;
    private final AuditLog audit;

    ReviewInboxService(CaseTasks tasks, CaseProgress progress, AuditLog audit) {
        this.tasks = tasks;
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

    /** A page of the filtered inbox, soonest due first; one engine query and two case queries per page. */
    @Transactional(readOnly = true)
    public List<InboxRow> page(InboxFilter filter, int offset, int limit) {
        return tasks.page(query(filter), offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(InboxFilter filter) {
        return tasks.count(query(filter));
    }

    /** One open review task, for the review screen (TaskGoneException once it is decided). */
    @Transactional(readOnly = true)
    public InboxRow row(String taskId) {
        List<InboxRow> rows = tasks.page(tasks.query(TitleApplicationProcess.TASK_QUALIFICATION_REVIEW).taskId(taskId), 0, 1);
        if (rows.isEmpty()) {
            throw new TaskGoneException();
        }
        return rows.get(0);
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
        if (decision != ReviewDecision.APPROVE && (reason == null || reason.isBlank())) {
            throw InvalidInputException.of("reason", "validation.required");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(TitleApplicationProcess.VAR_REVIEW_DECISION, decision.name());
        variables.put(TitleApplicationProcess.VAR_REVIEW_REASON, reason == null ? null : reason.strip());
        variables.put(TitleApplicationProcess.VAR_LAST_REVIEWER, task.getAssignee());
        if (decision == ReviewDecision.RETURN) {
            variables.put(TitleApplicationProcess.VAR_CORRECTION_DEADLINE, progress.correctionDeadline(task.getProcessInstanceId()));
        }
        audit.record("review." + decision.name().toLowerCase(Locale.ROOT), "case:" + tasks.caseNumberOf(task),
                reason == null ? null : reason.strip());
        tasks.complete(task, variables);
    }

    private TaskQuery query(InboxFilter filter) {
        TaskQuery q = query(filter.scope() == null ? InboxScope.ALL : filter.scope());
        if (filter.caseNumber() != null && !filter.caseNumber().isBlank()) {
            String needle = filter.caseNumber().strip().toUpperCase(Locale.ROOT).replace("%", "").replace("_", "");
            q.processInstanceBusinessKeyLike("%" + needle + "%");
        }
        if (filter.series() != null && !filter.series().isBlank()) {
            q.processVariableValueEquals(TitleApplicationProcess.VAR_SERIES, filter.series());
        }
        if (filter.roundId() != null) {
            q.processVariableValueEquals(TitleApplicationProcess.VAR_ROUND_ID, filter.roundId());
        }
        return q;
    }

    private TaskQuery query(InboxScope scope) {
        AccountView me = tasks.me();
        List<String> groups = me.roles().stream().map(Role::name).toList();
        TaskQuery q = tasks.query(TitleApplicationProcess.TASK_QUALIFICATION_REVIEW);
        return switch (scope) {
            case MINE -> q.taskAssignee(me.username());
            case GROUPS -> q.taskCandidateGroupIn(groups);
            case ALL -> q.or().taskAssignee(me.username()).taskCandidateGroupIn(groups).endOr();
            case OVERDUE -> q.or().taskAssignee(me.username()).taskCandidateGroupIn(groups).endOr().dueBefore(new Date());
        };
    }

    private Task reviewTask(String taskId) {
        return tasks.task(tasks.query(TitleApplicationProcess.TASK_QUALIFICATION_REVIEW), taskId);
    }
}
