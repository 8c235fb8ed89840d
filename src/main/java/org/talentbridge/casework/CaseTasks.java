package org.talentbridge.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.monitoring.Absences;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.calendar.WorkingDayCalendar;
import org.talentbridge.shared.engine.BusinessTasks;

/**
 * What every task list of the title process shares (qualification review, employer review, series decision):
 * pages over the engine's task query joined with their cases, and first-come claiming where the loser learns
 * who has the task. The callers check roles; this class checks that the caller holds the task.
 */
@Component
class CaseTasks {

    private final TaskService tasks;
    private final TitleCaseService cases;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final WorkingDayCalendar calendar;
    private final Absences absences;

    CaseTasks(TaskService tasks, TitleCaseService cases, AccountService accounts, CurrentUser currentUser, AuditLog audit,
              WorkingDayCalendar calendar, Absences absences) {
        this.absences = absences;
        this.calendar = calendar;
        this.tasks = tasks;
        this.cases = cases;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** A new query over the open tasks of one kind (a task definition key) of the title process. */
    TaskQuery query(String taskDefinitionKey) {
        return tasks.createTaskQuery().processDefinitionKey(TitleApplicationProcess.KEY).taskDefinitionKey(taskDefinitionKey);
    }

    /** An inbox's query as offered to the caller: someone absent today is offered only the tasks they hold (issue 16). */
    TaskQuery offered(TaskQuery query) {
        String me = currentUser.require().username();
        return absences.absentToday(me) ? query.taskAssignee(me) : query;
    }

    /** The candidate groups whose unclaimed tasks the caller is offered: their roles, none while absent today. */
    List<String> groupsOffered(AccountView me) {
        return absences.absentToday(me.username()) ? List.of() : me.roles().stream().map(org.talentbridge.account.Role::name).toList();
    }

    /** A page of the query, soonest due first; one engine query and two case queries per page. */
    List<InboxRow> page(TaskQuery query, int offset, int limit) {
        return rows(query.orderByDueDate().asc().orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(offset, limit)
                .stream().map(t -> new OpenTasks.OpenTask(t.getId(), t.getName(), t.getProcessInstanceId(), t.getAssignee(),
                        t.getCreateTime(), t.getDueDate())).toList());
    }

    /**
     * Inbox rows for a page of tasks (the engine's or the open-task table's), with their cases (one query for the page's
     * cases). A task without its case row (an instance started by hand in Cockpit, say) is not a case to work on.
     */
    List<InboxRow> rows(List<OpenTasks.OpenTask> page) {
        Map<String, CaseSummary> summaries = cases.summariesByProcessInstance(
                page.stream().map(OpenTasks.OpenTask::processInstanceId).toList());
        Date now = new Date();
        return page.stream().filter(t -> summaries.containsKey(t.processInstanceId()))
                .map(t -> new InboxRow(t.taskId(), t.taskName(), t.created(), t.assignee(),
                        summaries.get(t.processInstanceId()), t.due(), t.due() != null && t.due().before(now),
                        t.due() != null && calendar.isProvisional(LocalDate.ofInstant(t.due().toInstant(), ZoneId.systemDefault())))).toList();
    }

    /** The one open task of this query with this id, with its case; TaskGoneException once decided (or not the caller's). */
    InboxRow row(TaskQuery query, String taskId) {
        List<InboxRow> rows = page(query.taskId(taskId), 0, 1);
        if (rows.isEmpty()) {
            throw new TaskGoneException();
        }
        return rows.get(0);
    }

    int count(TaskQuery query) {
        return Math.toIntExact(query.count());
    }

    /** The open task of this query with this id; TaskGoneException when it was completed or is not the caller's. */
    Task task(TaskQuery query, String taskId) {
        Task task = query.taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskGoneException();
        }
        return task;
    }

    /** Claims the task for the signed-in user; TaskClaimedException names whoever was first. */
    void claim(Task task) {
        String me = currentUser.require().username();
        if (me.equals(task.getAssignee())) {
            return;
        }
        absences.refuseClaim(me); // absent today: refused naming the substitute (field "assignee")
        try {
            tasks.claim(task.getId(), me);
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            Task now = tasks.createTaskQuery().taskId(task.getId()).singleResult();
            if (now == null) {
                throw new TaskGoneException(); // decided by whoever was first
            }
            String holder = now.getAssignee() == null ? "?" : now.getAssignee();
            throw new TaskClaimedException(displayName(holder), holder);
        }
        audit.record("task.claimed", "case:" + caseNumberOf(task), task.getTaskDefinitionKey());
    }

    void unclaim(Task task) {
        requireAssignedToMe(task);
        tasks.setAssignee(task.getId(), null);
        audit.record("task.unclaimed", "case:" + caseNumberOf(task), task.getTaskDefinitionKey());
    }

    void requireAssignedToMe(Task task) {
        String me = currentUser.require().username();
        if (!me.equals(task.getAssignee())) {
            if (task.getAssignee() == null) {
                throw new AccessDeniedException("claim the task first");
            }
            throw new TaskClaimedException(displayName(task.getAssignee()), task.getAssignee());
        }
    }

    /** Completes a task the caller holds, with the decision's variables. */
    void complete(Task task, Map<String, Object> variables) {
        BusinessTasks.complete(() -> tasks.complete(task.getId(), variables));
    }

    /** Completes a task with process variables and variables local to the task (what its listener reads). */
    void completeWithLocal(Task task, Map<String, Object> variables, Map<String, Object> local) {
        tasks.setVariablesLocal(task.getId(), local);
        BusinessTasks.complete(() -> tasks.complete(task.getId(), variables));
    }

    AccountView me() {
        return currentUser.require();
    }

    String caseNumberOf(Task task) {
        return cases.caseNumberOfProcess(task.getProcessInstanceId());
    }

    private String displayName(String username) {
        return accounts.findByUsername(username).map(AccountView::displayName).orElse(username);
    }
}
