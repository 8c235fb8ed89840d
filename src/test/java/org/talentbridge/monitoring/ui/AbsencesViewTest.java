package org.talentbridge.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;

/** A reviewer sets their own absence and substitute; applicants do not see the screen. */
class AbsencesViewTest extends KaribuTest {

    @Test
    void aReviewerRecordsTheirOwnAbsenceWithASubstitute() {
        AccountView reviewer = newAccount("monabsui", Role.REVIEWER);
        AccountView substitute = newAccount("monsubui", Role.REVIEWER);
        openAs(reviewer);
        navigate("absences");
        AbsencesView view = _get(AbsencesView.class);
        assertThat(view.person.getValue()).isEqualTo(reviewer.username());
        assertThat(view.person.isReadOnly()).isTrue();
        _setValue(view.substitute, substitute.username());
        _setValue(view.firstDay, LocalDate.now().plusDays(7));
        _setValue(view.lastDay, LocalDate.now().plusDays(3));
        _setValue(view.reason, "年休假");
        _click(view.save);
        assertThat(view.lastDay.isInvalid()).isTrue();
        _setValue(view.lastDay, LocalDate.now().plusDays(9));
        _click(view.save);
        assertThat(_size(view.grid)).isEqualTo(1);
    }

    @Test
    void applicantsCannotOpenIt() {
        openAs(newAccount("monabsapp", Role.APPLICANT));
        assertNavigationDenied("absences", AbsencesView.class);
    }
}
