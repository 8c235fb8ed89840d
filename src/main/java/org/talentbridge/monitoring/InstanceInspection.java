package org.talentbridge.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.InvalidInputException;

/** Administrators: everything about one process instance, running or ended (see {@link InstanceDetails}). */
@Service
public class InstanceInspection {

    static final int MAX_STEPS = 500;
    static final int STACK_LINES = 8;
    private static final Set<String> SIMPLE_TYPES = Set.of("string", "integer", "long", "short", "double", "boolean",
            "date", "null");

    private final HistoryService history;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final InstanceSearch search;
    private final AuditLog audit;
    private final MonitoringProperties properties;

    InstanceInspection(HistoryService history, RepositoryService repository, RuntimeService runtime, TaskService tasks,
                       ManagementService management, InstanceSearch search, AuditLog audit, MonitoringProperties properties) {
        this.history = history;
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.search = search;
        this.audit = audit;
        this.properties = properties;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public InstanceDetails details(String processInstanceId) {
        HistoricProcessInstance p = find(processInstanceId);
        InstanceRow row = search.row(p);
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                .processInstanceId(p.getId()).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().listPage(0, MAX_STEPS);
        Set<String> passed = new LinkedHashSet<>();
        Set<String> current = new LinkedHashSet<>();
        List<InstanceDetails.Step> steps = new ArrayList<>();
        for (HistoricActivityInstance a : activities) {
            (a.getEndTime() == null && p.getEndTime() == null ? current : passed).add(a.getActivityId());
            if (!a.getActivityType().endsWith("Gateway") && !"sequenceFlow".equals(a.getActivityType())) {
                steps.add(new InstanceDetails.Step(a.getActivityId(), a.getActivityName(), a.getActivityType(),
                        a.getAssignee(), a.getStartTime(), a.getEndTime()));
            }
        }
        passed.removeAll(current);
        List<InstanceDetails.OpenTask> open = p.getEndTime() != null ? List.of()
                : tasks.createTaskQuery().processInstanceId(p.getId()).list().stream()
                .map(t -> new InstanceDetails.OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getAssignee(),
                        t.getCreateTime(), t.getDueDate())).toList();
        return new InstanceDetails(row, p.getProcessDefinitionId(), xml(p.getProcessDefinitionId()), passed, current,
                steps, variables(p.getId()), incidents(p.getId()), open, auditTrail(p));
    }

    /** The BPMN XML of one process definition (the version an instance runs on). */
    @PreAuthorize("isAuthenticated()")
    public String xml(String processDefinitionId) {
        try (InputStream in = repository.getProcessModel(processDefinitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HistoricProcessInstance find(String id) {
        HistoricProcessInstance p = id == null || id.length() > 64 ? null
                : history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
        if (p == null || !properties.processes().contains(p.getProcessDefinitionKey())) {
            throw InvalidInputException.of("processInstanceId", "monitoring.error.unknownInstance");
        }
        return p;
    }

    private List<InstanceDetails.Variable> variables(String processInstanceId) {
        List<InstanceDetails.Variable> out = new ArrayList<>();
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .disableCustomObjectDeserialization().orderByVariableName().asc().listPage(0, MAX_STEPS)) {
            if (properties.hides(v.getName()) || !SIMPLE_TYPES.contains(v.getTypeName())) {
                continue;
            }
            String value = v.getValue() == null ? "" : v.getValue() instanceof java.util.Date d
                    ? org.talentbridge.shared.ui.Labels.dateTime(d) : v.getValue().toString();
            if (value.length() > properties.maxValueLength()) {
                value = value.substring(0, properties.maxValueLength()) + "…";
            }
            out.add(new InstanceDetails.Variable(v.getName(), v.getTypeName(), value));
        }
        return out;
    }

    /** The open incidents of one of our processes (all of them when null), newest first, one page. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<IncidentRow> openIncidents(String processKey) {
        String[] keys = processKey == null || processKey.isBlank() ? properties.processes().toArray(String[]::new)
                : new String[] {processKey};
        if (processKey != null && !processKey.isBlank() && !properties.processes().contains(processKey)) {
            throw InvalidInputException.of("processKey", "monitoring.error.unknownProcess");
        }
        return runtime.createIncidentQuery().processDefinitionKeyIn(keys).orderByIncidentTimestamp().desc()
                .listPage(0, properties.pageSize()).stream().map(this::incident).toList();
    }

    /** The processes the monitoring screens cover (keys). */
    public List<String> processes() {
        return properties.processes();
    }

    List<IncidentRow> incidents(String processInstanceId) {
        return runtime.createIncidentQuery().processInstanceId(processInstanceId).listPage(0, properties.pageSize())
                .stream().map(this::incident).toList();
    }

    IncidentRow incident(Incident i) {
        String jobId = Incident.FAILED_JOB_HANDLER_TYPE.equals(i.getIncidentType()) ? i.getConfiguration() : null;
        String excerpt = "";
        if (jobId != null) {
            try {
                String trace = management.getJobExceptionStacktrace(jobId);
                excerpt = trace == null ? "" : String.join("\n", trace.lines().limit(STACK_LINES).toList());
            } catch (org.camunda.bpm.engine.exception.NullValueException gone) {
                excerpt = "";
            }
        }
        HistoricProcessInstance p = history.createHistoricProcessInstanceQuery().processInstanceId(i.getProcessInstanceId())
                .singleResult();
        return new IncidentRow(i.getId(), i.getProcessInstanceId(), p == null ? null : p.getProcessDefinitionKey(),
                p == null ? null : p.getBusinessKey(), i.getActivityId(), i.getIncidentType(), i.getIncidentMessage(),
                excerpt, jobId, i.getIncidentTimestamp());
    }

    private List<InstanceDetails.AuditLine> auditTrail(HistoricProcessInstance p) {
        List<InstanceDetails.AuditLine> lines = new ArrayList<>();
        if (p.getBusinessKey() != null) {
            audit.history("case:" + p.getBusinessKey()).forEach(e -> lines.add(line(e)));
            audit.history("investigation:" + p.getBusinessKey()).forEach(e -> lines.add(line(e)));
        }
        audit.history(subject(null, p.getId())).forEach(e -> lines.add(line(e)));
        lines.sort(java.util.Comparator.comparing(InstanceDetails.AuditLine::at));
        return lines;
    }

    private static InstanceDetails.AuditLine line(org.talentbridge.shared.audit.AuditEvent e) {
        return new InstanceDetails.AuditLine(e.getOccurredAt(), e.getActor(), e.getAction(), e.getDetails());
    }

    /** The audit subject of a repair: the case when the instance has one, otherwise the instance. */
    static String subject(String businessKey, String processInstanceId) {
        return businessKey != null ? "case:" + businessKey : "instance:" + processInstanceId;
    }
}
