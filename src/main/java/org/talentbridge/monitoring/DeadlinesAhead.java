package org.talentbridge.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.shared.calendar.WorkingDayCalendar;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Deadlines ahead: the timers that will fire (correction and statement deadlines) and the tasks that fall due
 * (employer and qualification review, corrections, statements) from now to the end of the N-th working day after
 * today, soonest first, so that the desk sees tomorrow's lapses today.
 */
@Service
public class DeadlinesAhead {

    static final int MAX_WORKING_DAYS = 60;

    private final ManagementService management;
    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;
    private final WorkingDayCalendar calendar;
    private final MonitoringProperties properties;
    private final Clock clock;

    DeadlinesAhead(ManagementService management, TaskService tasks, HistoryService history, RepositoryService repository,
                   WorkingDayCalendar calendar, MonitoringProperties properties, ObjectProvider<Clock> clock) {
        this.management = management;
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** The last moment the list covers: the end of the {@code workingDays}-th working day after today. */
    public Date until(int workingDays) {
        LocalDate last = calendar.addWorkingDays(LocalDate.now(clock), workingDays);
        return Date.from(last.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Deadline> ahead(int workingDays) {
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            throw InvalidInputException.of("workingDays", "monitoring.error.workingDays", 0, MAX_WORKING_DAYS);
        }
        Date now = Date.from(clock.instant());
        Date until = until(workingDays);
        int limit = properties.pageSize();
        List<Deadline> out = new ArrayList<>();
        Map<String, HistoricProcessInstance> instances = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (String key : properties.processes()) {
            for (Job job : management.createJobQuery().timers().processDefinitionKey(key).duedateHigherThan(now)
                    .duedateLowerThan(until).orderByJobDuedate().asc().listPage(0, limit)) {
                HistoricProcessInstance p = instance(instances, job.getProcessInstanceId());
                String kind = activityOf(job);
                out.add(new Deadline(true, kind, name(names, job.getProcessDefinitionId(), kind), key,
                        p == null ? null : p.getBusinessKey(), job.getProcessInstanceId(), null, job.getDuedate(),
                        provisional(job.getDuedate())));
            }
            for (Task t : tasks.createTaskQuery().processDefinitionKey(key).dueAfter(now).dueBefore(until)
                    .orderByDueDate().asc().listPage(0, limit)) {
                HistoricProcessInstance p = instance(instances, t.getProcessInstanceId());
                out.add(new Deadline(false, t.getTaskDefinitionKey(), t.getName(), key,
                        p == null ? null : p.getBusinessKey(), t.getProcessInstanceId(), t.getAssignee(), t.getDueDate(),
                        provisional(t.getDueDate())));
            }
        }
        out.sort(Comparator.comparing(Deadline::due));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** True when the due day lies in a year the working-day calendar does not cover. */
    private boolean provisional(Date due) {
        return due != null && calendar.isProvisional(LocalDate.ofInstant(due.toInstant(), clock.getZone()));
    }

    /** True when the list's last day lies in a year the working-day calendar does not cover. */
    public boolean untilIsProvisional(int workingDays) {
        return calendar.isProvisional(calendar.addWorkingDays(LocalDate.now(clock), workingDays));
    }

    /** How many deadlines of each kind (its display name) fall in the period. */
    public static Map<String, Long> perKind(List<Deadline> deadlines) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        deadlines.forEach(d -> counts.merge(d.kindName(), 1L, Long::sum));
        return counts;
    }

    private String activityOf(Job job) {
        var definition = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
        return definition == null ? "" : definition.getActivityId();
    }

    private String name(Map<String, String> names, String definitionId, String activityId) {
        return names.computeIfAbsent(definitionId + "#" + activityId, k -> {
            FlowElement e = repository.getBpmnModelInstance(definitionId).getModelElementById(activityId);
            return e == null || e.getName() == null ? activityId : e.getName();
        });
    }

    private HistoricProcessInstance instance(Map<String, HistoricProcessInstance> cache, String id) {
        return cache.computeIfAbsent(id, i -> history.createHistoricProcessInstanceQuery().processInstanceId(i).singleResult());
    }
}
