package org.talentbridge.casework;

import java.util.Date;

/** One waiting review task with the case it is about, its due date and whether it is overdue. */
public record InboxRow(String taskId, String taskName, Date created, String assignee, CaseSummary summary, Date due,
                       boolean overdue) {
}
