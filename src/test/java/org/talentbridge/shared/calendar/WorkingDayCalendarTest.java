package org.talentbridge.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Working days (工作日) at their boundaries: weekends, holidays, made-up working weekends. */
class WorkingDayCalendarTest {

    // National Day 2026: Oct 1-7 off except the weekend in between; Saturday Oct 10 is worked (调休)
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(new CalendarProperties(
            List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                    LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            List.of(LocalDate.of(2026, 10, 10))));

    @Test
    void aFridayPlusOneWorkingDayIsTheNextMonday() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void fiveWorkingDaysFromAMondayEndOnTheNextMonday() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 23), 5)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void holidaysAreSkippedAndAMadeUpSaturdayCounts() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 10, 8), 2)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
    }

    @Test
    void zeroWorkingDaysIsTheSameDay() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 10, 3), 0)).isEqualTo(LocalDate.of(2026, 10, 3));
    }
}
