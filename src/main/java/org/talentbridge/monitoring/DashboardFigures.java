package org.talentbridge.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures for one version of one process (optionally one round): each stage (a task of the model)
 * with the instances waiting there now, their overdue tasks, open incidents and failed jobs, and the median and 90th
 * percentile time spent there (hours, stays that ended in the period); entered and left per day and stage; overdue
 * tasks per person ("" for unassigned ones).
 */
public record DashboardFigures(String processKey, String definitionId, int version, String name, Long roundId,
                               List<Stage> stages, List<Day> days, Map<String, Long> overdueByPerson,
                               long openIncidents, long failedJobs, boolean sampled) {

    public record Stage(String activityId, String name, long now, long overdue, long incidents, long failedJobs,
                        Double medianHours, Double p90Hours) {
    }

    public record Day(LocalDate day, String activityId, long entered, long left) {
    }

    public long totalNow() {
        return stages.stream().mapToLong(Stage::now).sum();
    }
}
