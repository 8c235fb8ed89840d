package org.talentbridge.calendar.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.Role;
import org.talentbridge.shared.calendar.CalendarDay;

/** The administrators' calendar screen: add a year, its days with field errors, publish it; nobody else opens it. */
class CalendarViewTest extends KaribuTest {

    @Test
    void anAdministratorAddsAYearItsDaysAndPublishesIt() {
        openAs(newAccount("calui", Role.ADMIN));
        navigate("admin/calendar");
        CalendarView view = _get(CalendarView.class);
        _setValue(view.newYear, 1990);
        _click(view.addYear);
        assertThat(view.newYear.isInvalid()).isTrue();
        _setValue(view.newYear, 2092);
        _click(view.addYear);
        assertThat(view.newYear.isInvalid()).isFalse();
        assertThat(view.year.getValue()).isEqualTo(2092);
        assertThat(view.publish.isEnabled()).isTrue();

        _setValue(view.kind, CalendarDay.Kind.HOLIDAY);
        _setValue(view.day, LocalDate.of(2093, 1, 1));
        _click(view.addDay);
        assertThat(view.day.isInvalid()).isTrue();
        _setValue(view.day, LocalDate.of(2092, 1, 5)); // a Saturday
        _click(view.addDay);
        assertThat(view.day.isInvalid()).isTrue();
        _setValue(view.day, LocalDate.of(2092, 1, 1)); // a Tuesday
        _click(view.addDay);
        assertThat(view.day.isInvalid()).isFalse();
        assertThat(_size(view.days)).isEqualTo(1);
        _click(view.addDay);
        assertThat(view.day.isInvalid()).isTrue();
        _setValue(view.kind, CalendarDay.Kind.WORKING);
        _setValue(view.day, LocalDate.of(2092, 1, 5));
        _click(view.addDay);
        assertThat(_size(view.days)).isEqualTo(2);

        _click(view.publish);
        assertThat(view.publish.isEnabled()).isFalse();
        assertThat(view.years.getListDataView().getItems().filter(y -> y.year() == 2092).findFirst().orElseThrow().published()).isTrue();
    }

    @Test
    void othersCannotOpenIt() {
        openAs(newAccount("calrevui", Role.REVIEWER));
        assertNavigationDenied("admin/calendar", CalendarView.class);
        openAs(newAccount("calappui", Role.APPLICANT));
        assertNavigationDenied("admin/calendar", CalendarView.class);
    }
}
