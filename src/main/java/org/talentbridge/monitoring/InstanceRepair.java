package org.talentbridge.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountService;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Administrators repair process instances through the engine's public API: retry a failed job (one, or all matching
 * a filter through the batch API), change a task's due date, reassign or release a task, move a stuck instance along
 * an allowed move only ({@code app.monitoring.allowed-moves}), cancel with a reason. Every repair needs a reason and
 * writes an audit line with it, on the case (or the instance) it repaired.
 */
@Service
public class InstanceRepair {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;
    private final AccountService accounts;
    private final AuditLog audit;
    private final MonitoringProperties properties;
    private final AbsenceQueries absences;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InstanceRepair(RuntimeService runtime, TaskService tasks, ManagementService management, HistoryService history,
                   AccountService accounts, AuditLog audit, MonitoringProperties properties, AbsenceQueries absences,
                   ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.absences = absences;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.history = history;
        this.accounts = accounts;
        this.audit = audit;
        this.properties = properties;
    }

    /** Gives a failed job one more try (the job executor picks it up at once). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void retryJob(String jobId, String reason) {
        String why = reason(reason);
        Job job = jobId == null ? null : management.createJobQuery().jobId(jobId).singleResult();
        if (job == null || !ours(job.getProcessDefinitionKey())) {
            throw InvalidInputException.of("jobId", "monitoring.error.unknownJob");
        }
        management.setJobRetries(jobId, 1);
        record("monitoring.jobRetried", job.getProcessInstanceId(), "job " + jobId + ": " + why);
    }

    /**
     * Retries every failed job of the process as one engine batch; returns its id for
     * {@link #progress}. Nothing to retry: refused naming {@code processKey}.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String retryFailedJobs(String processKey, String reason) {
        String why = reason(reason);
        JobQuery failed = failedJobs(processKey);
        long count = failed.count();
        if (count == 0) {
            throw InvalidInputException.of("processKey", "monitoring.error.nothingToRetry");
        }
        Batch batch = management.setJobRetriesAsync(failedJobs(processKey), 1);
        audit.record("monitoring.jobsRetried", "batch:" + batch.getId(),
                count + " failed jobs of " + processKey + ": " + why);
        return batch.getId();
    }

    JobQuery failedJobs(String processKey) {
        JobQuery q = management.createJobQuery().withException().noRetriesLeft();
        if (!ours(processKey)) {
            throw InvalidInputException.of("processKey", "monitoring.error.unknownProcess");
        }
        return q.processDefinitionKey(processKey);
    }

    /** How far a batch of {@link #retryFailedJobs} has come. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public BatchProgress progress(String batchId) {
        BatchStatistics running = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
        if (running != null) {
            return new BatchProgress(batchId, running.getTotalJobs(), running.getCompletedJobs(), running.getFailedJobs(), false);
        }
        HistoricBatch ended = history.createHistoricBatchQuery().batchId(batchId).singleResult();
        if (ended == null) {
            throw InvalidInputException.of("batchId", "monitoring.error.unknownBatch");
        }
        return new BatchProgress(batchId, ended.getTotalJobs(), ended.getTotalJobs(), 0, ended.getEndTime() != null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeDueDate(String taskId, LocalDateTime due, String reason) {
        String why = reason(reason);
        Task task = task(taskId);
        if (due == null) {
            throw InvalidInputException.of("due", "monitoring.error.dueRequired");
        }
        Date before = task.getDueDate();
        task.setDueDate(Date.from(due.atZone(ZoneId.systemDefault()).toInstant()));
        tasks.saveTask(task);
        record("monitoring.dueDateChanged", task.getProcessInstanceId(), task.getTaskDefinitionKey() + " due "
                + (before == null ? "-" : before.toInstant()) + " -> " + due + ": " + why);
    }

    /** Gives the task to another person (an active account), or releases it to its candidate groups (null). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reassign(String taskId, String assignee, String reason) {
        String why = reason(reason);
        Task task = task(taskId);
        String to = assignee == null || assignee.isBlank() ? null : assignee.strip();
        if (to != null && accounts.findByUsername(to).isEmpty()) {
            throw InvalidInputException.of("assignee", "monitoring.error.unknownAccount");
        }
        refuseAbsent("assignee", to);
        String from = task.getAssignee();
        tasks.setAssignee(taskId, to);
        record(to == null ? "monitoring.taskReleased" : "monitoring.taskReassigned", task.getProcessInstanceId(),
                task.getTaskDefinitionKey() + " " + (from == null ? "-" : from) + " -> " + (to == null ? "-" : to) + ": " + why);
    }

    /**
     * Gives every open task of our processes that {@code from} holds to {@code to} (issue 16, item 4: an absent
     * reviewer's work), with one audit line per task on its case; returns how many moved (at most a page).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int reassignAll(String from, String to, String reason) {
        String why = reason(reason);
        if (from == null || from.isBlank()) {
            throw InvalidInputException.of("from", "monitoring.error.assigneeRequired");
        }
        if (to == null || to.isBlank() || accounts.findByUsername(to.strip()).isEmpty()) {
            throw InvalidInputException.of("to", "monitoring.error.unknownAccount");
        }
        if (from.strip().equals(to.strip())) {
            throw InvalidInputException.of("to", "monitoring.error.sameAssignee");
        }
        refuseAbsent("to", to.strip());
        return handOver(from.strip(), to.strip(), why);
    }

    /** An absent person takes no task: refused naming {@code field} and their substitute. */
    private void refuseAbsent(String field, String username) {
        absences.substituteOn(username, LocalDate.now(clock)).ifPresent(sub ->
                {
                    throw InvalidInputException.of(field, "absences.assigneeAbsent", username, sub);
                });
    }

    /**
     * Gives {@code from}'s open tasks of our processes (a page) to {@code to}, or releases them to their candidate
     * groups ({@code to} null); one audit line per task on its case, and both people are told ({@link TaskHandedOn}).
     * For {@link #reassignAll} and {@link Absences#sweep()}.
     */
    int handOver(String from, String to, String why) {
        List<Task> held = tasks.createTaskQuery().taskAssignee(from)
                .processDefinitionKeyIn(properties.processes().toArray(String[]::new))
                .orderByTaskCreateTime().asc().listPage(0, properties.pageSize());
        for (Task task : held) {
            String caseNumber = caseNumberOf(task.getProcessInstanceId());
            events.publishEvent(new TaskHandedOn(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                    task.getProcessDefinitionId(), caseNumber, from, to, why));
            tasks.setAssignee(task.getId(), to);
            audit.record(to == null ? "monitoring.taskReleased" : "monitoring.taskReassigned",
                    InstanceInspection.subject(caseNumber, task.getProcessInstanceId()),
                    task.getTaskDefinitionKey() + " " + from + " -> " + (to == null ? "-" : to) + ": " + why);
        }
        return held.size();
    }

    private String caseNumberOf(String processInstanceId) {
        HistoricProcessInstance p = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        return p == null ? null : p.getBusinessKey();
    }

    /** The steps an instance waiting at {@code activityId} may be moved to (the allow-list). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> movesFrom(String processKey, String activityId) {
        return properties.movesFrom(processKey, activityId);
    }

    /** Moves a stuck instance from where it waits to a named step, only along an allowed move. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void move(String processInstanceId, String from, String to, String reason) {
        String why = reason(reason);
        HistoricProcessInstance p = running(processInstanceId);
        if (!properties.allowsMove(p.getProcessDefinitionKey(), from, to)) {
            throw InvalidInputException.of("to", "monitoring.error.moveNotAllowed");
        }
        // where it waits from the activity-instance tree: after a modification (an earlier move) the engine leaves
        // the moved execution inactive and getActiveActivityIds answers nothing
        ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
        if (tree == null || tree.getActivityInstances(from).length == 0) {
            throw InvalidInputException.of("from", "monitoring.error.notWaitingThere");
        }
        runtime.createProcessInstanceModification(processInstanceId).cancelAllForActivity(from)
                .startBeforeActivity(to).execute();
        record("monitoring.instanceMoved", processInstanceId, from + " -> " + to + ": " + why);
    }

    /**
     * Cancels a running instance with a reason. The owning feature hears of it ({@code ProcessInstanceCancelled}) and
     * ends its case CANCELLED (the administrator's cancellation of V33), in the same transaction.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void cancel(String processInstanceId, String reason) {
        String why = reason(reason);
        running(processInstanceId);
        record("monitoring.instanceCancelled", processInstanceId, why);
        runtime.deleteProcessInstance(processInstanceId, why);
    }

    private HistoricProcessInstance running(String processInstanceId) {
        HistoricProcessInstance p = processInstanceId == null ? null
                : history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).unfinished().singleResult();
        if (p == null || !ours(p.getProcessDefinitionKey())) {
            throw InvalidInputException.of("processInstanceId", "monitoring.error.notRunning");
        }
        return p;
    }

    private Task task(String taskId) {
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessInstanceId() == null) {
            throw InvalidInputException.of("taskId", "monitoring.error.unknownTask");
        }
        return task;
    }

    private boolean ours(String processKey) {
        return processKey != null && properties.processes().contains(processKey);
    }

    private String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "monitoring.error.reasonRequired");
        }
        if (reason.length() > properties.maxReasonLength()) {
            throw InvalidInputException.of("reason", "monitoring.error.tooLong", properties.maxReasonLength());
        }
        return reason.strip();
    }

    private void record(String action, String processInstanceId, String details) {
        HistoricProcessInstance p = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        audit.record(action, InstanceInspection.subject(p == null ? null : p.getBusinessKey(), processInstanceId), details);
    }
}
