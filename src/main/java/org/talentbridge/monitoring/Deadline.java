package org.talentbridge.monitoring;

import java.util.Date;

/**
 * A deadline ahead: a timer that will fire (kind: its BPMN element, e.g. {@code BoundaryEvent_CorrectionDeadline})
 * or a task that falls due (kind: the task's element), with the case it belongs to.
 */
public record Deadline(boolean timer, String kind, String kindName, String processKey, String caseNumber,
                       String processInstanceId, String assignee, Date due) {
}
