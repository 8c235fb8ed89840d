package org.talentbridge.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.policy.TitleLevel;
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

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private org.camunda.bpm.engine.TaskService engine;

    @Test
    void anAbsentReviewerWhoClaimsOnTheReviewPageReadsWhoTakesTheirTasks() {
        eligibleWelder("monabsuiapp");
        String number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        confirmedByEmployer(number);
        SecurityContextHolder.clearContext();
        String taskId = engine.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
        AccountView absent = newAccount("monabsuic", Role.REVIEWER);
        AccountView substitute = newAccount("monsubuic", Role.REVIEWER);
        jdbc.update("insert into tb.absence (username, substitute, first_day, last_day, reason, created_by)"
                + " values (?, ?, current_date, current_date + 2, '出差', 'test')", absent.username(), substitute.username());

        openAs(absent);
        navigate("review/" + taskId);
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withText("认领")));
        MockVaadin.clientRoundtrip();
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(
                com.github.mvysny.kaributools.NotificationsKt.getText(n)).contains("请假").contains(substitute.username()));
        assertThat(engine.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    }

    @Test
    void onlyAdministratorsSeeHandOverNow() {
        openAs(newAccount("monabsuiadm", Role.ADMIN));
        navigate("absences");
        assertThat(_get(AbsencesView.class).sweep.isVisible()).isTrue();
        _click(_get(AbsencesView.class).sweep);
        openAs(newAccount("monabsuirev", Role.REVIEWER));
        navigate("absences");
        assertThat(_get(AbsencesView.class).sweep.isVisible()).isFalse();
    }
}
