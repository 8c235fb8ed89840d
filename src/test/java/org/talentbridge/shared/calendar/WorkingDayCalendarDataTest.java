package org.talentbridge.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.FieldProblem;

/**
 * The calendar as data: 2026 seeded from application.yml, a deadline into a year that is not published is provisional,
 * publishing the year (with its days) changes the arithmetic and is audited, field errors, the missing-year warning
 * from the configured day. Test years are far ahead (2089-2091) so that no other test's deadline is touched.
 */
class WorkingDayCalendarDataTest extends IntegrationTest {

    @Autowired
    private WorkingDayCalendar calendar;
    @Autowired
    private WorkingDayCalendarStore store;
    @Autowired
    private AuditLog audit;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void theYearsOfApplicationYmlAreSeededAsPublished() {
        assertThat(calendar.isCovered(2026)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(store.years()).filteredOn(y -> y.year() == 2026).singleElement()
                .satisfies(y -> assertThat(y.published()).isTrue())
                .satisfies(y -> assertThat(y.days()).hasSize(25));
        assertThat(audit.history("calendar:2026")).extracting(AuditEvent::getAction).contains("calendar.seeded");
    }

    @Test
    void anEmptyCalendarReadFirstInsideAReadOnlyTransactionIsSeededNotRefused() {
        // a fresh installation whose first reader is a read-only screen (the deadlines ahead): seeding needs a
        // writable transaction of its own instead of failing with "cannot execute INSERT in a read-only transaction"
        jdbc.update("DELETE FROM tb.calendar_day");
        jdbc.update("DELETE FROM tb.calendar_year");
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        WorkingDayCalendar.Days days = readOnly.execute(status -> store.load());
        assertThat(days.covered()).contains(2026);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tb.calendar_day WHERE year = 2026", Integer.class)).isEqualTo(25);
    }

    @Test
    void aDeadlineIntoAYearThatIsNotCoveredIsProvisional() {
        assertThat(calendar.dueDate(LocalDate.of(2026, 11, 20), 1)).isEqualTo(new WorkingDayDue(LocalDate.of(2026, 11, 23), false));
        // the last working day of 2026 is still covered, the first of the next year is not
        assertThat(calendar.dueDate(LocalDate.of(2026, 12, 30), 1).provisional()).isFalse();
        assertThat(calendar.dueDate(LocalDate.of(2026, 12, 28), 5)).isEqualTo(new WorkingDayDue(LocalDate.of(2027, 1, 4), true));
        assertThat(calendar.isProvisional(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(calendar.isProvisional(LocalDate.of(2089, 1, 2))).isTrue();
    }

    @Test
    void publishingAYearWithItsHolidayRecomputesDeadlinesIntoItAndIsAudited() {
        AccountView admin = newAccount("caladm", Role.ADMIN);
        LocalDate newYearsDay = LocalDate.of(2091, 1, 1);
        assertThat(calendar.dueDate(LocalDate.of(2090, 12, 31), 1)).isEqualTo(new WorkingDayDue(newYearsDay, true));
        as(admin, () -> {
            store.addYear(2091);
            store.addDay(2091, newYearsDay, CalendarDay.Kind.HOLIDAY);
            store.addDay(2091, LocalDate.of(2091, 1, 6), CalendarDay.Kind.WORKING);
            return null;
        });
        // added but not published: still provisional, the days do not count yet
        assertThat(calendar.dueDate(LocalDate.of(2090, 12, 31), 1)).isEqualTo(new WorkingDayDue(newYearsDay, true));
        as(admin, () -> {
            store.publish(2091);
            return null;
        });
        // the same deadline computed again: New Year's Day skipped, no longer provisional
        assertThat(calendar.dueDate(LocalDate.of(2090, 12, 31), 1)).isEqualTo(new WorkingDayDue(LocalDate.of(2091, 1, 2), false));
        assertThat(calendar.isWorkingDay(LocalDate.of(2091, 1, 6))).isTrue();
        assertThat(calendar.isProvisional(LocalDate.of(2091, 12, 31))).isFalse();
        assertThat(audit.history("calendar:2091")).extracting(AuditEvent::getAction)
                .containsExactly("calendar.yearAdded", "calendar.dayAdded", "calendar.dayAdded", "calendar.yearPublished");
        assertThat(audit.history("calendar:2091")).allSatisfy(e -> assertThat(e.getActor()).isEqualTo(admin.username()));
    }

    @Test
    void badDaysAndYearsAreFieldErrors() {
        AccountView admin = newAccount("caladmerr", Role.ADMIN);
        as(admin, () -> {
            store.addYear(2089);
            store.addDay(2089, LocalDate.of(2089, 1, 3), CalendarDay.Kind.HOLIDAY);
            return null;
        });
        assertProblem(admin, () -> store.addYear(2089), "year", "calendar.error.yearExists");
        assertProblem(admin, () -> store.addYear(1999), "year", "calendar.error.year");
        assertProblem(admin, () -> store.addYear(2101), "year", "calendar.error.year");
        assertProblem(admin, () -> store.addDay(2089, LocalDate.of(2090, 1, 2), CalendarDay.Kind.HOLIDAY), "day", "calendar.error.outsideYear");
        assertProblem(admin, () -> store.addDay(2089, LocalDate.of(2088, 12, 31), CalendarDay.Kind.HOLIDAY), "day", "calendar.error.outsideYear");
        assertProblem(admin, () -> store.addDay(2089, LocalDate.of(2089, 1, 3), CalendarDay.Kind.HOLIDAY), "day", "calendar.error.duplicate");
        // 2089-01-01 is a Saturday: a holiday there changes nothing; 2089-01-04, a Tuesday, is worked anyway
        assertProblem(admin, () -> store.addDay(2089, LocalDate.of(2089, 1, 1), CalendarDay.Kind.HOLIDAY), "day", "calendar.error.holidayOnWeekend");
        assertProblem(admin, () -> store.addDay(2089, LocalDate.of(2089, 1, 4), CalendarDay.Kind.WORKING), "day", "calendar.error.workingOnWeekday");
        assertProblem(admin, () -> store.addDay(2089, null, CalendarDay.Kind.WORKING), "day", "validation.required");
        assertProblem(admin, () -> store.addDay(2088, LocalDate.of(2088, 1, 3), CalendarDay.Kind.HOLIDAY), "year", "calendar.error.noYear");
        assertProblem(admin, () -> store.removeDay(LocalDate.of(2089, 1, 5)), "day", "calendar.error.notListed");
        assertProblem(admin, () -> store.publish(2026), "year", "calendar.error.noYear");
    }

    @Test
    void onlyAdministratorsChangeTheCalendar() {
        AccountView reviewer = newAccount("calrev", Role.REVIEWER);
        assertThatThrownBy(() -> as(reviewer, () -> {
            store.addYear(2095);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(store.years()).noneMatch(y -> y.year() == 2095);
    }

    @Test
    void theMissingNextYearWarningStartsOnTheConfiguredDay() {
        // app.calendar.warn-missing-next-year-from: --11-01; 2090 is never published by the tests
        assertThat(calendar.missingNextYear(LocalDate.of(2089, 10, 31))).isEmpty();
        assertThat(calendar.missingNextYear(LocalDate.of(2089, 11, 1))).isEqualTo(Optional.of(2090));
        assertThat(calendar.missingNextYear(LocalDate.of(2089, 12, 31))).isEqualTo(Optional.of(2090));
        // 2026 is published: no warning about it at the end of 2025
        assertThat(calendar.missingNextYear(LocalDate.of(2025, 11, 1))).isEmpty();
    }

    private static void assertProblem(AccountView admin, Runnable action, String field, String key) {
        assertThat(problemsOf(() -> as(admin, () -> {
            action.run();
            return null;
        }))).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(org.assertj.core.groups.Tuple.tuple(field, key));
    }
}
