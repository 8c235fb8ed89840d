package org.talentbridge.monitoring;

import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * One process instance as the instance page shows it: its row, the BPMN XML of its version with the activities it
 * passed and where it waits now, the activity history (who and when), its simple variables (nothing secret), its
 * open incidents and tasks, and the case's audit trail.
 */
public record InstanceDetails(InstanceRow instance, String processDefinitionId, String bpmnXml, Set<String> passed,
                              Set<String> current, List<Step> steps, List<Variable> variables,
                              List<IncidentRow> incidents, List<OpenTask> tasks, List<AuditLine> audit) {

    /** One activity the instance went through (or waits in: {@code ended} null). */
    public record Step(String activityId, String name, String type, String assignee, Date started, Date ended) {
    }

    /** A variable: its name, type and value as text. */
    public record Variable(String name, String type, String value) {
    }

    /** A task waiting in the instance: who has it, since when, due when. */
    public record OpenTask(String id, String activityId, String name, String assignee, Date created, Date due) {
    }

    /** A line of the audit trail. */
    public record AuditLine(java.time.OffsetDateTime at, String actor, String action, String details) {
    }
}
