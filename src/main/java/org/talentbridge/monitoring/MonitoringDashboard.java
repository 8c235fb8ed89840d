package org.talentbridge.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The monitoring dashboard's figures, from the engine's own indexed queries: activity statistics for where instances
 * wait now (with incidents and failed jobs), the task query for overdue tasks (due before now), and the history of
 * the last {@code app.monitoring.days} days (at most {@code history-sample} activity instances per version) for
 * entered/left per day and time per stage. A round narrows every figure to the instances of that round.
 */
@Service
public class MonitoringDashboard {

    /** The variable the title process carries its round in. */
    static final String VAR_ROUND_ID = "roundId";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;
    private final HistoryService history;
    private final MonitoringProperties properties;
    private final Clock clock;

    MonitoringDashboard(RepositoryService repository, RuntimeService runtime, ManagementService management,
                        TaskService tasks, HistoryService history, MonitoringProperties properties,
                        ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
        this.history = history;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** The versions of a process, newest first (id and version). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ProcessVersion> versions(String processKey) {
        known(processKey);
        return repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .orderByProcessDefinitionVersion().desc().listPage(0, properties.pageSize()).stream()
                .map(d -> new ProcessVersion(d.getId(), d.getKey(), d.getVersion())).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public DashboardFigures figures(String definitionId, Long roundId) {
        ProcessDefinition d = definitionId == null ? null
                : repository.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult();
        if (d == null || !properties.processes().contains(d.getKey())) {
            throw InvalidInputException.of("definitionId", "monitoring.error.unknownProcess");
        }
        Map<String, String> stageNames = stages(d.getId());
        Date now = Date.from(clock.instant());
        Set<String> roundInstances = roundId == null ? null : roundInstances(d.getId(), roundId);

        Map<String, Long> waiting = new HashMap<>();
        Map<String, Long> incidents = new HashMap<>();
        Map<String, Long> failed = new HashMap<>();
        if (roundInstances == null) {
            for (ActivityStatistics s : management.createActivityStatisticsQuery(d.getId()).includeFailedJobs()
                    .includeIncidents().list()) {
                waiting.put(s.getId(), (long) s.getInstances());
                failed.put(s.getId(), (long) s.getFailedJobs());
                incidents.put(s.getId(), s.getIncidentStatistics().stream().mapToLong(i -> i.getIncidentCount()).sum());
            }
        } else if (!roundInstances.isEmpty()) {
            for (String activity : stageNames.keySet()) {
                waiting.put(activity, runtime.createExecutionQuery().processDefinitionId(d.getId()).activityId(activity)
                        .processVariableValueEquals(VAR_ROUND_ID, roundId).count());
            }
            for (Incident i : runtime.createIncidentQuery().processDefinitionId(d.getId()).listPage(0, properties.historySample())) {
                if (roundInstances.contains(i.getProcessInstanceId())) {
                    incidents.merge(i.getActivityId(), 1L, Long::sum);
                    if (Incident.FAILED_JOB_HANDLER_TYPE.equals(i.getIncidentType())) {
                        failed.merge(i.getActivityId(), 1L, Long::sum);
                    }
                }
            }
        }

        Map<String, Long> overdue = new HashMap<>();
        Map<String, Long> overdueByPerson = new TreeMap<>();
        for (Task t : tasks.createTaskQuery().processDefinitionId(d.getId()).dueBefore(now)
                .listPage(0, properties.historySample())) {
            if (roundInstances == null || roundInstances.contains(t.getProcessInstanceId())) {
                overdue.merge(t.getTaskDefinitionKey(), 1L, Long::sum);
                overdueByPerson.merge(t.getAssignee() == null ? "" : t.getAssignee(), 1L, Long::sum);
            }
        }

        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.minusDays(properties.days() - 1L);
        Date from = Date.from(first.atStartOfDay(clock.getZone()).toInstant());
        List<HistoricActivityInstance> recent = new ArrayList<>();
        recent.addAll(history.createHistoricActivityInstanceQuery().processDefinitionId(d.getId()).startedAfter(from)
                .listPage(0, properties.historySample()));
        Set<String> seen = new HashSet<>();
        recent.forEach(a -> seen.add(a.getId()));
        for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processDefinitionId(d.getId())
                .finishedAfter(from).listPage(0, properties.historySample())) {
            if (seen.add(a.getId())) {
                recent.add(a);
            }
        }
        boolean sampled = recent.size() >= properties.historySample();
        Map<String, List<Long>> durations = new HashMap<>();
        Map<LocalDate, Map<String, long[]>> perDay = new TreeMap<>();
        ZoneId zone = clock.getZone();
        for (HistoricActivityInstance a : recent) {
            if (!stageNames.containsKey(a.getActivityId())
                    || (roundInstances != null && !roundInstances.contains(a.getProcessInstanceId()))) {
                continue;
            }
            LocalDate started = a.getStartTime().toInstant().atZone(zone).toLocalDate();
            if (!started.isBefore(first)) {
                perDay.computeIfAbsent(started, k -> new LinkedHashMap<>()).computeIfAbsent(a.getActivityId(), k -> new long[2])[0]++;
            }
            if (a.getEndTime() != null) {
                LocalDate ended = a.getEndTime().toInstant().atZone(zone).toLocalDate();
                if (!ended.isBefore(first)) {
                    perDay.computeIfAbsent(ended, k -> new LinkedHashMap<>()).computeIfAbsent(a.getActivityId(), k -> new long[2])[1]++;
                    durations.computeIfAbsent(a.getActivityId(), k -> new ArrayList<>())
                            .add(a.getEndTime().getTime() - a.getStartTime().getTime());
                }
            }
        }
        List<DashboardFigures.Day> days = new ArrayList<>();
        perDay.forEach((day, byStage) -> byStage.forEach((activity, n) ->
                days.add(new DashboardFigures.Day(day, activity, n[0], n[1]))));

        List<DashboardFigures.Stage> stages = new ArrayList<>();
        stageNames.forEach((id, name) -> {
            List<Long> spent = durations.getOrDefault(id, List.of());
            stages.add(new DashboardFigures.Stage(id, name, waiting.getOrDefault(id, 0L), overdue.getOrDefault(id, 0L),
                    incidents.getOrDefault(id, 0L), failed.getOrDefault(id, 0L), hours(percentile(spent, 50)),
                    hours(percentile(spent, 90))));
        });
        return new DashboardFigures(d.getKey(), d.getId(), d.getVersion(), d.getName() == null ? d.getKey() : d.getName(),
                roundId, stages, days, overdueByPerson, stages.stream().mapToLong(DashboardFigures.Stage::incidents).sum(),
                stages.stream().mapToLong(DashboardFigures.Stage::failedJobs).sum(), sampled);
    }

    /** The stages of a model: its tasks (user, service, receive, ...) as the diagram lays them out, left to right. */
    Map<String, String> stages(String definitionId) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
        Map<String, double[]> position = new HashMap<>();
        for (org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape shape
                : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape.class)) {
            if (shape.getBpmnElement() != null && shape.getBounds() != null) {
                position.put(shape.getBpmnElement().getId(), new double[] {shape.getBounds().getX(), shape.getBounds().getY()});
            }
        }
        List<org.camunda.bpm.model.bpmn.instance.Task> tasks = new ArrayList<>(
                model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Task.class));
        tasks.sort(java.util.Comparator.<org.camunda.bpm.model.bpmn.instance.Task>comparingDouble(
                t -> position.getOrDefault(t.getId(), new double[] {Double.MAX_VALUE, 0})[0])
                .thenComparingDouble(t -> position.getOrDefault(t.getId(), new double[] {0, 0})[1]));
        Map<String, String> names = new LinkedHashMap<>();
        for (org.camunda.bpm.model.bpmn.instance.Task t : tasks) {
            names.put(t.getId(), t.getName() == null ? t.getId() : t.getName());
        }
        return names;
    }

    private Set<String> roundInstances(String definitionId, Long roundId) {
        Set<String> ids = new HashSet<>();
        for (HistoricProcessInstance p : history.createHistoricProcessInstanceQuery().processDefinitionId(definitionId)
                .variableValueEquals(VAR_ROUND_ID, roundId).listPage(0, properties.historySample())) {
            ids.add(p.getId());
        }
        return ids;
    }

    private void known(String processKey) {
        if (processKey == null || !properties.processes().contains(processKey)) {
            throw InvalidInputException.of("processKey", "monitoring.error.unknownProcess");
        }
    }

    /** The nearest-rank percentile of the values (null when there are none). */
    static Long percentile(List<Long> values, int percent) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static Double hours(Long millis) {
        return millis == null ? null : Math.round(Duration.ofMillis(millis).toMinutes() / 6.0) / 10.0;
    }
}
