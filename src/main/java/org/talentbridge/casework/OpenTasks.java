package org.talentbridge.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks of the title process as a table of our own ({@code open_task}, V10), for inboxes that stay fast
 * with 100,000 open tasks. Every change of a task (created, claimed or released, due date changed, completed,
 * deleted with its withdrawn process) reaches this class through the Camunda starter's task events, synchronously in
 * the engine's command and so in the same transaction: the row and the task commit or roll back together. At start
 * the table is compared with the engine and rebuilt if they differ (tasks opened before this table existed).
 */
@Component
class OpenTasks {

    private static final Logger log = LoggerFactory.getLogger(OpenTasks.class);
    private static final String DEFINITION_PREFIX = TitleApplicationProcess.KEY + ":";
    private static final java.util.regex.Pattern WHOLE_CASE_NUMBER = java.util.regex.Pattern.compile("ZC\\d{4}-\\d{6}");

    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    private final Clock clock;

    OpenTasks(JdbcTemplate jdbc, TaskService tasks, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.tasks = tasks;
    }

    @EventListener
    public void on(DelegateTask task) {
        if (task.getProcessDefinitionId() == null || !task.getProcessDefinitionId().startsWith(DEFINITION_PREFIX)) {
            return;
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> insert(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                    task.getProcessInstanceId(), variablesOf(task), groupOf(task.getCandidates()), task.getAssignee(),
                    task.getCreateTime(), task.getDueDate());
            case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE -> jdbc.update(
                    "update tb.open_task set assignee = ?, due_at = ?, task_name = ?, candidate_group = ? where task_id = ?",
                    task.getAssignee(), timestamp(task.getDueDate()), task.getName(), groupOf(task.getCandidates()), task.getId());
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE ->
                    jdbc.update("delete from tb.open_task where task_id = ?", task.getId());
            default -> {
                // timeouts change nothing the inbox shows
            }
        }
    }

    /**
     * The case's variables for a new task: the execution's, already in memory; the task's own {@code getVariables()}
     * would first read its (empty) local variables from the database (issue 19: a submission's cost).
     */
    private static Map<String, Object> variablesOf(DelegateTask task) {
        return task.getExecution() == null ? task.getVariables() : task.getExecution().getVariables();
    }

    /** Rebuilds the table from the engine when the two disagree (first start with this table, say). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(5)
    @Transactional
    public void reconcile() {
        long engine = tasks.createTaskQuery().processDefinitionKey(TitleApplicationProcess.KEY).count();
        java.util.Set<String> ours = new java.util.HashSet<>(jdbc.queryForList("select task_id from tb.open_task", String.class));
        java.util.Set<String> engineIds = new java.util.HashSet<>();
        for (int first = 0; first < engine; first += 1000) {
            tasks.createTaskQuery().processDefinitionKey(TitleApplicationProcess.KEY).orderByTaskId().asc()
                    .listPage(first, 1000).forEach(t -> engineIds.add(t.getId()));
        }
        if (ours.equals(engineIds)) {
            return; // the same tasks, compared by id (not only by number)
        }
        log.info("Rebuilding the open-task table from the engine ({} rows, {} open tasks)", ours.size(), engine);
        jdbc.update("delete from tb.open_task");
        int page = 1000;
        for (int first = 0; first < engine; first += page) {
            for (Task t : tasks.createTaskQuery().processDefinitionKey(TitleApplicationProcess.KEY).orderByTaskId().asc()
                    .listPage(first, page)) {
                Map<String, Object> variables = tasks.getVariables(t.getId());
                insert(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getProcessInstanceId(), variables,
                        groupOf(tasks.getIdentityLinksForTask(t.getId())), t.getAssignee(), t.getCreateTime(), t.getDueDate());
            }
        }
    }

    /** A page of open tasks of one kind matching the filter, soonest due first. */
    List<OpenTask> page(String taskKey, String assignee, List<String> groups, InboxFilter filter, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(taskKey, assignee, groups, filter, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("select task_id, task_name, process_instance_id, assignee, created_at, due_at from tb.open_task "
                        + where + " order by due_at asc nulls last, created_at asc, task_id asc limit ? offset ?",
                (rs, i) -> new OpenTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5), rs.getTimestamp(6)), args.toArray());
    }

    int count(String taskKey, String assignee, List<String> groups, InboxFilter filter) {
        List<Object> args = new ArrayList<>();
        Integer n = jdbc.queryForObject("select count(*) from tb.open_task " + where(taskKey, assignee, groups, filter, args),
                Integer.class, args.toArray());
        return n == null ? 0 : n;
    }

    /** The inbox's scopes: mine (assigned to me), my groups (unassigned, offered to one of my groups), both, overdue. */
    private String where(String taskKey, String assignee, List<String> groups, InboxFilter filter, List<Object> args) {
        StringBuilder sql = new StringBuilder("where task_key = ?");
        args.add(taskKey);
        String inGroups = groups.isEmpty() ? "false" : "(assignee is null and candidate_group in ("
                + String.join(", ", groups.stream().map(g -> "?").toList()) + "))";
        InboxScope scope = filter.scope() == null ? InboxScope.ALL : filter.scope();
        switch (scope) {
            case MINE -> {
                sql.append(" and assignee = ?");
                args.add(assignee);
            }
            case GROUPS -> {
                sql.append(" and ").append(inGroups);
                args.addAll(groups);
            }
            case ALL, OVERDUE -> {
                sql.append(" and (assignee = ? or ").append(inGroups).append(')');
                args.add(assignee);
                args.addAll(groups);
            }
        }
        if (scope == InboxScope.OVERDUE) {
            sql.append(" and due_at < ?");
            args.add(Timestamp.from(clock.instant()));
        }
        if (filter.caseNumber() != null && !filter.caseNumber().isBlank()) {
            String needle = filter.caseNumber().strip().toUpperCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "");
            if (WHOLE_CASE_NUMBER.matcher(needle).matches()) {
                sql.append(" and case_number = ?"); // the index finds it at once
                args.add(needle);
            } else {
                sql.append(" and case_number like ?");
                args.add("%" + needle + "%");
            }
        }
        if (filter.series() != null && !filter.series().isBlank()) {
            sql.append(" and series = ?");
            args.add(filter.series());
        }
        if (filter.roundId() != null) {
            sql.append(" and round_id = ?");
            args.add(filter.roundId());
        }
        return sql.toString();
    }

    private void insert(String taskId, String key, String name, String processInstanceId, Map<String, Object> variables,
                        String group, String assignee, Date created, Date due) {
        Object round = variables.get(TitleApplicationProcess.VAR_ROUND_ID);
        Object series = variables.get(TitleApplicationProcess.VAR_SERIES);
        jdbc.update("""
                insert into tb.open_task (task_id, task_key, task_name, process_instance_id, case_number, series, round_id,
                                       candidate_group, assignee, created_at, due_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (task_id) do update set assignee = excluded.assignee, due_at = excluded.due_at""",
                taskId, key, name, processInstanceId, (String) variables.get(TitleApplicationProcess.VAR_CASE_NUMBER),
                series == null || series.toString().isEmpty() ? null : series.toString(),
                round == null ? null : ((Number) round).longValue(), group, assignee,
                timestamp(created == null ? new Date() : created), timestamp(due));
    }

    private static String groupOf(java.util.Collection<? extends IdentityLink> links) {
        return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst().orElse(null);
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    /** An open task as the inbox lists it. */
    record OpenTask(String taskId, String taskName, String processInstanceId, String assignee, Date created, Date due) {
    }
}
