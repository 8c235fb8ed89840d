package org.talentbridge.monitoring;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The business figures for Prometheus ({@code /actuator/prometheus}, ADMIN only): {@code talentbridge_cases{process,
 * stage}} (instances waiting in each stage of the newest version), {@code talentbridge_overdue_tasks{process}},
 * {@code talentbridge_incidents{process}}, {@code talentbridge_failed_jobs{process}}, the totals {@code
 * talentbridge_submissions_total{process}} (instances started) and {@code talentbridge_decisions_total{process}} (user
 * tasks completed), and the engine's job-executor meters ({@code talentbridge_engine_jobs_total{outcome}}, from the
 * engine's metrics, written every 15 minutes). Every figure comes from the engine's queries, read at most once per
 * {@code app.monitoring.metrics-cache} however often Prometheus scrapes.
 */
@Component
class BusinessMetrics implements MeterBinder {

    private static final Map<String, String> JOB_METRICS = Map.of("successful", Metrics.JOB_SUCCESSFUL,
            "failed", Metrics.JOB_FAILED, "acquired", Metrics.JOB_ACQUIRED_SUCCESS,
            "rejected", Metrics.JOB_EXECUTION_REJECTED, "locked_exclusive", Metrics.JOB_LOCKED_EXCLUSIVE);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;
    private final RepositoryService repository;
    private final MonitoringProperties properties;
    private final MonitoringDashboard dashboard;
    private final Clock clock;
    private final Map<String, Cached> cache = new HashMap<>();

    BusinessMetrics(RuntimeService runtime, TaskService tasks, ManagementService management, HistoryService history,
                    RepositoryService repository, MonitoringProperties properties, MonitoringDashboard dashboard,
                    ObjectProvider<Clock> clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.history = history;
        this.repository = repository;
        this.properties = properties;
        this.dashboard = dashboard;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String key : properties.processes()) {
            ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .latestVersion().singleResult();
            if (latest != null) {
                for (String stage : dashboard.stages(latest.getId()).keySet()) {
                    Gauge.builder("talentbridge.cases", () -> cached("cases:" + key + ":" + stage, () ->
                                    runtime.createExecutionQuery().processDefinitionKey(key).activityId(stage).count()))
                            .description("Process instances waiting in a stage now").tag("process", key).tag("stage", stage)
                            .register(registry);
                }
            }
            Gauge.builder("talentbridge.overdue.tasks", () -> cached("overdue:" + key, () -> tasks.createTaskQuery()
                    .processDefinitionKey(key).dueBefore(Date.from(clock.instant())).count()))
                    .description("Open tasks past their due date").tag("process", key).register(registry);
            Gauge.builder("talentbridge.incidents", () -> cached("incidents:" + key, () -> runtime.createIncidentQuery()
                    .processDefinitionKeyIn(key).count())).description("Open incidents").tag("process", key).register(registry);
            Gauge.builder("talentbridge.failed.jobs", () -> cached("failed:" + key, () -> management.createJobQuery()
                    .processDefinitionKey(key).withException().noRetriesLeft().count()))
                    .description("Jobs that failed and have no retries left").tag("process", key).register(registry);
            FunctionCounter.builder("talentbridge.submissions", this, m -> cached("started:" + key, () -> history
                    .createHistoricProcessInstanceQuery().processDefinitionKey(key).count()))
                    .description("Process instances started (cases submitted)").tag("process", key).register(registry);
            FunctionCounter.builder("talentbridge.decisions", this, m -> cached("decided:" + key, () -> history
                    .createHistoricTaskInstanceQuery().processDefinitionKey(key).finished().count()))
                    .description("User tasks completed (decisions taken)").tag("process", key).register(registry);
        }
        JOB_METRICS.forEach((outcome, name) -> FunctionCounter.builder("talentbridge.engine.jobs", this,
                        m -> cached("jobs:" + name, () -> management.createMetricsQuery().name(name).sum()))
                .description("The engine's job executor: jobs by outcome (engine metrics)").tag("outcome", outcome)
                .register(registry));
    }

    private synchronized double cached(String key, java.util.function.LongSupplier value) {
        Instant now = clock.instant();
        Cached c = cache.get(key);
        if (c == null || !c.at.plus(properties.metricsCache()).isAfter(now)) {
            c = new Cached(now, value.getAsLong());
            cache.put(key, c);
        }
        return c.value;
    }

    private record Cached(Instant at, long value) {
    }
}
