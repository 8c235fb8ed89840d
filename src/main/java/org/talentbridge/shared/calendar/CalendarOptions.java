package org.talentbridge.shared.calendar;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param warnMissingNextYearFrom from this day of the year (ISO {@code --MM-DD}) the dashboard warns that next year's
 *                                calendar is missing
 * @param cacheTtl                how long a node keeps the calendar read from the database (bounded staleness)
 */
@ConfigurationProperties("app.calendar")
public record CalendarOptions(@DefaultValue("--11-01") String warnMissingNextYearFrom, @DefaultValue("PT1M") Duration cacheTtl) {
}
