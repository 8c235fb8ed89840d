package org.talentbridge.casework;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.CurrentUser;
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

    private final TaskService tasks;
    private final TitleCaseService cases;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    ReviewInboxService(TaskService tasks, TitleCaseService cases, AccountService accounts, CurrentUser currentUser,
                       AuditLog audit) {
        this.tasks = tasks;
        this.cases = cases;
        this.accounts = accounts;
        this.currentUser = currentUser;
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
        List<Task> page = query(filter).orderByDueDate().asc().orderByTaskCreateTime().asc().orderByTaskId().asc()
                .listPage(offset, limit);
        Map<String, CaseSummary> summaries = cases.summariesByProcessInstance(
                page.stream().map(Task::getProcessInstanceId).toList());
        // a task without its case row (an instance started by hand in Cockpit, say) is not a case to review
        Date now = new Date();
        return page.stream().filter(t -> summaries.containsKey(t.getProcessInstanceId()))
                .map(t -> new InboxRow(t.getId(), t.getName(), t.getCreateTime(), t.getAssignee(),
                        summaries.get(t.getProcessInstanceId()), t.getDueDate(),
                        t.getDueDate() != null && t.getDueDate().before(now))).toList();
    }

    @Transactional(readOnly = true)
    public int count(InboxFilter filter) {
        return Math.toIntExact(query(filter).count());
    }

    /** Claims the task for the signed-in reviewer; TaskClaimedException names whoever was first. */
    @Transactional
    public void claim(String taskId) {
        String me = currentUser.require().username();
        Task task = reviewTask(taskId);
        if (me.equals(task.getAssignee())) {
            return;
        }
        try {
            tasks.claim(taskId, me);
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            String holder = holderOf(taskId);
            throw new TaskClaimedException(displayName(holder), holder);
        }
        audit.record("task.claimed", "case:" + caseNumberOf(task), task.getTaskDefinitionKey());
    }

    @Transactional
    public void unclaim(String taskId) {
        Task task = reviewTask(taskId);
        requireAssignedToMe(task);
        tasks.setAssignee(taskId, null);
        audit.record("task.unclaimed", "case:" + caseNumberOf(task), task.getTaskDefinitionKey());
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
        requireAssignedToMe(task);
        if (decision != ReviewDecision.APPROVE && (reason == null || reason.isBlank())) {
            throw InvalidInputException.of("reason", "validation.required");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(TitleApplicationProcess.VAR_REVIEW_DECISION, decision.name());
        variables.put(TitleApplicationProcess.VAR_REVIEW_REASON, reason == null ? null : reason.strip());
        variables.put(TitleApplicationProcess.VAR_LAST_REVIEWER, task.getAssignee());
        if (decision == ReviewDecision.RETURN) {
            variables.put(TitleApplicationProcess.VAR_CORRECTION_DEADLINE, cases.correctionDeadline(task.getProcessInstanceId()));
        }
        audit.record("review." + decision.name().toLowerCase(java.util.Locale.ROOT), "case:" + caseNumberOf(task),
                reason == null ? null : reason.strip());
        tasks.complete(taskId, variables);
    }

    private TaskQuery query(InboxFilter filter) {
        TaskQuery q = query(filter.scope() == null ? InboxScope.ALL : filter.scope());
        if (filter.caseNumber() != null && !filter.caseNumber().isBlank()) {
            String needle = filter.caseNumber().strip().toUpperCase(java.util.Locale.ROOT).replace("%", "").replace("_", "");
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
        AccountView me = currentUser.require();
        List<String> groups = me.roles().stream().map(Role::name).toList();
        TaskQuery q = tasks.createTaskQuery().processDefinitionKey(TitleApplicationProcess.KEY)
                .taskDefinitionKey(TitleApplicationProcess.TASK_QUALIFICATION_REVIEW);
        return switch (scope) {
            case MINE -> q.taskAssignee(me.username());
            case GROUPS -> q.taskCandidateGroupIn(groups);
            case ALL -> q.or().taskAssignee(me.username()).taskCandidateGroupIn(groups).endOr();
            case OVERDUE -> q.or().taskAssignee(me.username()).taskCandidateGroupIn(groups).endOr().dueBefore(new Date());
        };
    }

    private Task reviewTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(TitleApplicationProcess.KEY)
                .taskDefinitionKey(TitleApplicationProcess.TASK_QUALIFICATION_REVIEW).singleResult();
        if (task == null) {
            throw new TaskGoneException();
        }
        return task;
    }

    private void requireAssignedToMe(Task task) {
        String me = currentUser.require().username();
        if (!me.equals(task.getAssignee())) {
            if (task.getAssignee() == null) {
                throw new AccessDeniedException("claim the task first");
            }
            throw new TaskClaimedException(displayName(task.getAssignee()), task.getAssignee());
        }
    }

    private String holderOf(String taskId) {
        Task now = tasks.createTaskQuery().taskId(taskId).singleResult();
        return now == null || now.getAssignee() == null ? "?" : now.getAssignee();
    }

    private String displayName(String username) {
        return accounts.findByUsername(username).map(AccountView::displayName).orElse(username);
    }

    private String caseNumberOf(Task task) {
        return cases.caseNumberOfProcess(task.getProcessInstanceId());
    }
}
