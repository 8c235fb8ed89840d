package org.talentbridge.monitoring;

import java.util.Date;

/**
 * A deadline ahead: a timer that will fire (kind: its BPMN element, e.g. {@code BoundaryEvent_CorrectionDeadline})
 * or a task that falls due (kind: the task's element), with the case it belongs to. {@code provisional}: the due day
 * lies in a year the working-day calendar does not cover yet (issue 16, item 6), so it may move when that year is added.
 */
public record Deadline(boolean timer, String kind, String kindName, String processKey, String caseNumber,
                       String processInstanceId, String assignee, Date due, boolean provisional) {
}
