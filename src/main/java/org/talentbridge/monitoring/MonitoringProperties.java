package org.talentbridge.monitoring;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The administrators' monitoring screens ({@code app.monitoring}).
 *
 * @param processes        the processes the dashboard and the search offer (keys), in this order
 * @param pageSize         the most instances, incidents or deadlines one list shows
 * @param historySample    the most activity instances one process definition's 30-day figures read
 * @param days             how many days back "entered and left per day" goes
 * @param hiddenVariables  parts of variable names never shown (ballots, votes, secrets), compared case-insensitively
 * @param maxValueLength   the longest variable value shown (longer ones are cut)
 * @param allowedMoves     the only moves of a stuck instance an administrator may make: {@code process:from->to}
 * @param maxReasonLength  the longest reason a repair takes
 * @param metricsCache     how long /actuator/prometheus reuses a figure it read from the engine
 * @param absenceSweepCron when absent people's tasks go to their substitutes (Spring cron; "-": never, only at start
 *                         and when an absence starting today is recorded)
 */
@ConfigurationProperties("app.monitoring")
public record MonitoringProperties(
        @DefaultValue({"titleApplication", "skillEvaluation", "integrityInvestigation"}) List<String> processes,
        @DefaultValue("100") int pageSize,
        @DefaultValue("20000") int historySample,
        @DefaultValue("30") int days,
        @DefaultValue({"ballot", "vote", "secret", "password", "token", "tally"}) List<String> hiddenVariables,
        @DefaultValue("200") int maxValueLength,
        @DefaultValue({}) List<String> allowedMoves,
        @DefaultValue("500") int maxReasonLength,
        @DefaultValue("PT15S") java.time.Duration metricsCache,
        @DefaultValue("0 1 0 * * *") String absenceSweepCron) {

    /** True when an administrator may move an instance of {@code process} waiting at {@code from} to {@code to}. */
    public boolean allowsMove(String process, String from, String to) {
        return allowedMoves.contains(process + ":" + from + "->" + to);
    }

    /** The targets an instance of {@code process} waiting at {@code from} may be moved to. */
    public List<String> movesFrom(String process, String from) {
        String prefix = process + ":" + from + "->";
        return allowedMoves.stream().filter(m -> m.startsWith(prefix)).map(m -> m.substring(prefix.length())).toList();
    }

    public boolean hides(String variableName) {
        String name = variableName.toLowerCase(java.util.Locale.ROOT);
        return hiddenVariables.stream().anyMatch(h -> name.contains(h.toLowerCase(java.util.Locale.ROOT)));
    }
}
