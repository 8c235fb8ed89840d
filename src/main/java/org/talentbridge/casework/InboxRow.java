package org.talentbridge.casework;

import java.util.Date;

/**
 * One waiting review task with the case it is about, its due date, whether it is overdue and whether the due date is
 * provisional (in a year the working-day calendar does not cover yet).
 */
public record InboxRow(String taskId, String taskName, Date created, String assignee, CaseSummary summary, Date due,
                       boolean overdue, boolean provisional) {
}
