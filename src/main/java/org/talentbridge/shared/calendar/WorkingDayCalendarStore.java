package org.talentbridge.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The calendar's tables ({@code calendar_year}, {@code calendar_day}): the administrators' edits, each audited on
 * {@code calendar:<year>}, and the rows {@link WorkingDayCalendar} reads. On the first read of an empty calendar the
 * years of {@code app.calendar.holidays} / {@code working-weekend-days} are inserted as published years (the seed).
 * A holiday must be a weekday and a made-up working day a Saturday or Sunday: anything else would change nothing.
 */
@Service
public class WorkingDayCalendarStore {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    /** More listed days than any real year has (about 20 holidays and 8 working weekends). */
    static final int MAX_DAYS_PER_YEAR = 60;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final CalendarProperties seed;
    private final TransactionTemplate transaction;
    /** The first read on an empty calendar seeds it in a writable transaction of its own, even inside a read-only one. */
    private final TransactionTemplate seeding;
    private final ApplicationEventPublisher events;
    /** Changes made on this node: the calendar reads again at once after one (other nodes within the cache time). */
    private final AtomicLong changes = new AtomicLong();

    WorkingDayCalendarStore(JdbcTemplate jdbc, AuditLog audit, CalendarProperties seed, PlatformTransactionManager transactions,
                            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.seed = seed;
        this.transaction = new TransactionTemplate(transactions);
        this.seeding = new TransactionTemplate(transactions);
        this.seeding.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
    }

    /** Every year with its days, oldest first. */
    @Transactional(readOnly = true)
    public List<CalendarYear> years() {
        Map<Integer, List<CalendarDay>> days = new LinkedHashMap<>();
        Map<Integer, Boolean> published = new LinkedHashMap<>();
        jdbc.query("SELECT year, published FROM tb.calendar_year ORDER BY year", rs -> {
            published.put(rs.getInt(1), rs.getBoolean(2));
            days.put(rs.getInt(1), new ArrayList<>());
        });
        jdbc.query("SELECT day, year, kind FROM tb.calendar_day ORDER BY day", rs -> {
            days.get(rs.getInt(2)).add(new CalendarDay(rs.getObject(1, LocalDate.class), CalendarDay.Kind.valueOf(rs.getString(3))));
        });
        List<CalendarYear> result = new ArrayList<>();
        published.forEach((year, p) -> result.add(new CalendarYear(year, p, List.copyOf(days.get(year)))));
        return result;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void addYear(Integer year) {
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            throw InvalidInputException.of("year", "calendar.error.year", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        if (jdbc.update("INSERT INTO tb.calendar_year (year) VALUES (?) ON CONFLICT DO NOTHING", year) == 0) {
            throw InvalidInputException.of("year", "calendar.error.yearExists", String.valueOf(year));
        }
        touch(year);
        audit.record("calendar.yearAdded", subject(year), "unpublished");
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void addDay(Integer year, LocalDate day, CalendarDay.Kind kind) {
        if (year == null || !exists(year)) {
            throw InvalidInputException.of("year", "calendar.error.noYear");
        }
        if (kind == null) {
            throw InvalidInputException.of("kind", "validation.required");
        }
        if (day == null) {
            throw InvalidInputException.of("day", "validation.required");
        }
        if (day.getYear() != year) {
            throw InvalidInputException.of("day", "calendar.error.outsideYear", String.valueOf(year));
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == CalendarDay.Kind.HOLIDAY && weekend) {
            throw InvalidInputException.of("day", "calendar.error.holidayOnWeekend");
        }
        if (kind == CalendarDay.Kind.WORKING && !weekend) {
            throw InvalidInputException.of("day", "calendar.error.workingOnWeekday");
        }
        Integer listed = jdbc.queryForObject("SELECT count(*) FROM tb.calendar_day WHERE year = ?", Integer.class, year);
        if (listed != null && listed >= MAX_DAYS_PER_YEAR) {
            throw InvalidInputException.of("day", "calendar.error.tooMany", MAX_DAYS_PER_YEAR);
        }
        if (jdbc.update("INSERT INTO tb.calendar_day (day, year, kind) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", day, year, kind.name()) == 0) {
            throw InvalidInputException.of("day", "calendar.error.duplicate");
        }
        touch(year);
        audit.record("calendar.dayAdded", subject(year), kind + " " + day);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeDay(LocalDate day) {
        Integer year = day == null ? null : day.getYear();
        if (day == null || jdbc.update("DELETE FROM tb.calendar_day WHERE day = ?", day) == 0) {
            throw InvalidInputException.of("day", "calendar.error.notListed");
        }
        touch(year);
        audit.record("calendar.dayRemoved", subject(year), day.toString());
    }

    /** The year counts from now on: deadlines into it are no longer provisional ({@link CalendarYearPublished}). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void publish(Integer year) {
        if (year == null || jdbc.update("UPDATE tb.calendar_year SET published = true, changed_at = now() WHERE year = ? AND NOT published", year) == 0) {
            throw InvalidInputException.of("year", "calendar.error.noYear");
        }
        touch(year);
        audit.record("calendar.yearPublished", subject(year), "");
        events.publishEvent(new CalendarYearPublished(year));
    }

    /** The rows the arithmetic uses; seeds an empty calendar from {@code app.calendar.*} first. */
    WorkingDayCalendar.Days load() {
        seedIfEmpty();
        return transaction.execute(status -> {
            TreeSet<Integer> covered = new TreeSet<>(jdbc.queryForList("SELECT year FROM tb.calendar_year WHERE published", Integer.class));
            List<LocalDate> holidays = new ArrayList<>();
            List<LocalDate> working = new ArrayList<>();
            jdbc.query("SELECT d.day, d.kind FROM tb.calendar_day d JOIN tb.calendar_year y ON y.year = d.year WHERE y.published", rs -> {
                (rs.getString(2).equals("HOLIDAY") ? holidays : working).add(rs.getObject(1, LocalDate.class));
            });
            return new WorkingDayCalendar.Days(holidays, working, covered);
        });
    }

    private void seedIfEmpty() {
        seeding.executeWithoutResult(status -> {
            Integer years = jdbc.queryForObject("SELECT count(*) FROM tb.calendar_year", Integer.class);
            if (years != null && years > 0) {
                return;
            }
            TreeSet<Integer> seeded = new TreeSet<>();
            seed.holidays().forEach(d -> seeded.add(d.getYear()));
            seed.workingWeekendDays().forEach(d -> seeded.add(d.getYear()));
            for (int year : seeded) {
                if (jdbc.update("INSERT INTO tb.calendar_year (year, published) VALUES (?, true) ON CONFLICT DO NOTHING", year) == 0) {
                    return; // another node seeded it at the same time
                }
                audit.record("calendar.seeded", subject(year), "from app.calendar");
            }
            seed.holidays().forEach(d -> jdbc.update("INSERT INTO tb.calendar_day (day, year, kind) VALUES (?, ?, 'HOLIDAY') ON CONFLICT DO NOTHING", d, d.getYear()));
            seed.workingWeekendDays().forEach(d -> jdbc.update("INSERT INTO tb.calendar_day (day, year, kind) VALUES (?, ?, 'WORKING') ON CONFLICT DO NOTHING", d, d.getYear()));
        });
    }

    private boolean exists(int year) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM tb.calendar_year WHERE year = ?", Integer.class, year);
        return n != null && n > 0;
    }

    long localChanges() {
        return changes.get();
    }

    private void touch(int year) {
        changes.incrementAndGet(); // and again after the commit: a copy read meanwhile is not kept
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                changes.incrementAndGet();
            }
        });
        jdbc.update("UPDATE tb.calendar_year SET changed_at = now() WHERE year = ?", year);
    }

    private static String subject(Object year) {
        return "calendar:" + year;
    }
}
