package org.talentbridge.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.Role;

/**
 * The dashboard's banner while next year's working-day calendar is missing (from app.calendar.warn-missing-next-year-from,
 * --11-01; the day boundary itself is WorkingDayCalendarDataTest's). The tests never publish next year.
 */
class DashboardCalendarWarningTest extends KaribuTest {

    @Test
    void theDashboardWarnsFromTheFirstOfNovemberWhileNextYearIsMissing() {
        openAs(newAccount("caldash", Role.ADMIN));
        navigate("admin/monitoring");
        MonitoringDashboardView dashboard = _get(MonitoringDashboardView.class);
        boolean due = !MonthDay.from(LocalDate.now()).isBefore(MonthDay.of(11, 1));
        assertThat(dashboard.calendarWarning.isVisible()).isEqualTo(due);
        if (due) {
            assertThat(dashboard.calendarWarning.getElement().getTextRecursively()).contains(String.valueOf(LocalDate.now().getYear() + 1));
        }
    }
}
