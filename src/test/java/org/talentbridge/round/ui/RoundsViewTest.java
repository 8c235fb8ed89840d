package org.talentbridge.round.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.Role;

class RoundsViewTest extends KaribuTest {

    @Test
    void anAdministratorSetsUpARound() {
        openAs(accounts.findByUsername("admin").orElseThrow());
        navigate("admin/rounds");
        RoundsView view = _get(RoundsView.class);
        int before = _size(view.grid);
        _setValue(view.name, "2027年度工艺美术系列评审");
        _setValue(view.series, Set.of("工艺美术", "工艺美术（工业设计）"));
        _setValue(view.referenceDate, LocalDate.of(2027, 12, 31));
        _setValue(view.intakeOpens, LocalDate.of(2027, 3, 1));
        _setValue(view.intakeCloses, LocalDate.of(2027, 2, 1));
        _click(view.create);
        assertThat(view.intakeCloses.getErrorMessage()).isEqualTo("截止日期不能早于起始日期");

        _setValue(view.intakeCloses, LocalDate.of(2027, 5, 31));
        _click(view.create);
        assertThat(_size(view.grid)).isEqualTo(before + 1);
    }

    @Test
    void applicantsCannotOpenRounds() {
        openAs(newAccount("uinorounds", Role.APPLICANT));
        assertNavigationDenied("admin/rounds", RoundsView.class);
    }
}
