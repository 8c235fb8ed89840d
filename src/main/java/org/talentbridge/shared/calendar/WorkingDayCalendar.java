package org.talentbridge.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Working days for deadlines counted in 工作日: Monday to Friday, minus public holidays, plus the weekend days
 * that are made working days (调休). Both lists are configuration ({@code app.calendar.*}), published yearly.
 */
@Component
public class WorkingDayCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekendDays;

    public WorkingDayCalendar(CalendarProperties properties) {
        this.holidays = Set.copyOf(properties.holidays());
        this.workingWeekendDays = Set.copyOf(properties.workingWeekendDays());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekendDays.contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !holidays.contains(day);
    }

    /**
     * The day on which a period of {@code workingDays} working days that starts the day after {@code from}
     * ends: a task arriving on a Friday with 1 working day is due the next Monday (holidays skipped).
     */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays < 0");
        }
        LocalDate day = from;
        int left = workingDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
