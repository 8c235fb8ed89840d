package org.talentbridge.monitoring;

import java.util.Date;

/**
 * An open incident: where (process, case, activity), what the engine said and the first lines of the stack trace
 * of the failed job ({@code jobId} null for incidents that are not about a job).
 */
public record IncidentRow(String id, String processInstanceId, String processKey, String caseNumber, String activityId,
                          String type, String message, String stackExcerpt, String jobId, Date created) {
}
