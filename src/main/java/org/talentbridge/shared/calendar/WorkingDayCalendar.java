package org.talentbridge.shared.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Working days for deadlines counted in 工作日: Monday to Friday, minus public holidays, plus the weekend days
 * that are made working days (调休). The one place of working-day arithmetic. The days are data
 * ({@link WorkingDayCalendarStore}, the administrators' calendar screen), read from the database and kept for
 * {@code app.calendar.cache-ttl} (a change made on another node is seen within that time, on this node at once).
 * A deadline that runs into a year that is not published is provisional: it is counted with weekends only.
 */
@Component
public class WorkingDayCalendar {

    /** The listed days of the published years, and those years. */
    record Days(Collection<LocalDate> holidays, Collection<LocalDate> workingWeekendDays, NavigableSet<Integer> covered) {
        Days {
            holidays = Set.copyOf(holidays);
            workingWeekendDays = Set.copyOf(workingWeekendDays);
            covered = new TreeSet<>(covered);
        }
    }

    private record Loaded(Days days, Instant at, long generation) {
    }

    private final Supplier<Days> source;
    private final LongSupplier generation;
    private final Duration ttl;
    private final Clock clock;
    private final MonthDay warnFrom;
    private volatile Loaded loaded;

    /** A fixed calendar (tests): the years of the listed days are the covered ones. */
    public WorkingDayCalendar(CalendarProperties properties) {
        TreeSet<Integer> years = new TreeSet<>();
        properties.holidays().forEach(d -> years.add(d.getYear()));
        properties.workingWeekendDays().forEach(d -> years.add(d.getYear()));
        Days fixed = new Days(properties.holidays(), properties.workingWeekendDays(), years);
        this.source = () -> fixed;
        this.generation = () -> 0;
        this.ttl = Duration.ofDays(36500);
        this.clock = Clock.systemDefaultZone();
        this.warnFrom = MonthDay.of(11, 1);
    }

    @Autowired
    WorkingDayCalendar(WorkingDayCalendarStore store, CalendarOptions options, ObjectProvider<Clock> clock) {
        this.source = store::load;
        this.generation = store::localChanges;
        this.ttl = options.cacheTtl();
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
        this.warnFrom = MonthDay.parse(options.warnMissingNextYearFrom());
    }

    public boolean isWorkingDay(LocalDate day) {
        Days days = days();
        if (days.workingWeekendDays().contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !days.holidays().contains(day);
    }

    /**
     * The day on which a period of {@code workingDays} working days that starts the day after {@code from}
     * ends: a task arriving on a Friday with 1 working day is due the next Monday (holidays skipped).
     */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        return dueDate(from, workingDays).date();
    }

    /** {@link #addWorkingDays}, marked provisional when a day counted lies in a year the calendar does not cover. */
    public WorkingDayDue dueDate(LocalDate from, int workingDays) {
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
        boolean provisional = false;
        for (int year = from.plusDays(workingDays == 0 ? 0 : 1).getYear(); year <= day.getYear(); year++) {
            provisional |= !isCovered(year);
        }
        return new WorkingDayDue(day, provisional);
    }

    /** Whether the calendar of this year is published. */
    public boolean isCovered(int year) {
        return days().covered().contains(year);
    }

    /** A due date shown to people is provisional when its year is not covered yet (shown "(provisional)"). */
    public boolean isProvisional(LocalDate due) {
        return due != null && !isCovered(due.getYear());
    }

    /** Next year when it is missing and {@code today} is on or after {@code app.calendar.warn-missing-next-year-from}. */
    public Optional<Integer> missingNextYear(LocalDate today) {
        int next = today.getYear() + 1;
        boolean due = !MonthDay.from(today).isBefore(warnFrom);
        return due && !isCovered(next) ? Optional.of(next) : Optional.empty();
    }

    /** {@link #missingNextYear(LocalDate)} for today. */
    public Optional<Integer> missingNextYear() {
        return missingNextYear(LocalDate.now(clock));
    }

    private Days days() {
        Loaded current = loaded;
        Instant now = clock.instant();
        long changes = generation.getAsLong();
        if (current == null || current.generation() != changes || current.at().plus(ttl).isBefore(now)) {
            current = new Loaded(source.get(), now, changes);
            loaded = current;
        }
        return current.days();
    }
}
