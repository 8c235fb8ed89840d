package org.talentbridge.shared.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param holidays           public holidays on weekdays (法定节假日), ISO dates
 * @param workingWeekendDays Saturdays and Sundays that are working days (调休上班)
 */
@ConfigurationProperties("app.calendar")
public record CalendarProperties(@DefaultValue List<LocalDate> holidays, @DefaultValue List<LocalDate> workingWeekendDays) {
}
