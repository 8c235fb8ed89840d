package org.talentbridge.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.shared.audit.AuditLog;

/** Absence and substitution: the absent reviewer's tasks go to the substitute on the period's first and last day. */
class AbsencesTest extends MonitoringTestSupport {

    @Autowired
    private Absences absences;
    @Autowired
    private AuditLog audit;

    private String reviewTask(String processInstanceId) {
        return engineTasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    }

    private String assigneeOf(String processInstanceId) {
        return engineTasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getAssignee();
    }

    @Test
    void onTheFirstDayTheTasksTheAbsentReviewerHoldsGoToTheSubstitute() {
        AccountView absent = newAccount("monabsf", Role.REVIEWER);
        AccountView substitute = newAccount("monsubf", Role.REVIEWER);
        MonitoringProbe probe = newProbe();
        String key = "MONABSF-" + System.nanoTime();
        String held = probe.start(key, null, Map.of()).getId();
        engineTasks.claim(reviewTask(held), absent.username());

        // the absent reviewer records it themselves, from today
        as(absent, () -> absences.record(absent.username(), substitute.username(), LocalDate.now(), LocalDate.now().plusDays(4), "年休假"));

        assertThat(assigneeOf(held)).isEqualTo(substitute.username());
        assertThat(audit.history("case:" + key)).extracting(e -> e.getDetails()).anySatisfy(d -> assertThat(d).contains("年休假"));
        // a task claimed by them during the period goes to the substitute too
        String later = probe.start(key + "-2", null, Map.of()).getId();
        engineTasks.claim(reviewTask(later), absent.username());
        assertThat(assigneeOf(later)).isEqualTo(substitute.username());
    }

    @Test
    void onTheLastDayStillAndBeforeTheFirstDayNot() {
        AccountView absent = newAccount("monabsl", Role.REVIEWER);
        AccountView substitute = newAccount("monsubl", Role.REVIEWER);
        AccountView planner = newAccount("monabsp", Role.REVIEWER);
        MonitoringProbe probe = newProbe();
        signIn(admin());
        absences.record(absent.username(), substitute.username(), LocalDate.now().minusDays(3), LocalDate.now(), "出差");
        absences.record(planner.username(), substitute.username(), LocalDate.now().plusDays(1), LocalDate.now().plusDays(2), "培训");

        String lastDay = probe.start("MONABSL-" + System.nanoTime(), null, Map.of()).getId();
        engineTasks.claim(reviewTask(lastDay), absent.username());
        assertThat(assigneeOf(lastDay)).isEqualTo(substitute.username());
        String beforeFirstDay = probe.start("MONABSP-" + System.nanoTime(), null, Map.of()).getId();
        engineTasks.claim(reviewTask(beforeFirstDay), planner.username());
        assertThat(assigneeOf(beforeFirstDay)).isEqualTo(planner.username());
        assertThat(absences.current()).extracting(Absence::username).contains(absent.username(), planner.username());
    }

    @Test
    void refusesBadPeriodsAndOtherPeoplesAbsencesExceptForAdministrators() {
        AccountView reviewer = newAccount("monabsx", Role.REVIEWER);
        AccountView other = newAccount("monabsy", Role.REVIEWER);
        signIn(reviewer);
        assertThatThrownBy(() -> absences.record(other.username(), reviewer.username(), LocalDate.now(), LocalDate.now(), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(problemsOf(() -> absences.record(reviewer.username(), other.username(), LocalDate.now().minusDays(3),
                LocalDate.now().minusDays(1), "x"))).extracting(p -> p.field()).containsExactly("lastDay");
        assertThat(problemsOf(() -> absences.record(reviewer.username(), other.username(), LocalDate.now(),
                LocalDate.now().minusDays(1), "x"))).extracting(p -> p.field()).containsExactly("lastDay");
        assertThat(problemsOf(() -> absences.record(reviewer.username(), reviewer.username(), LocalDate.now(),
                LocalDate.now(), "x"))).extracting(p -> p.field()).containsExactly("substitute");
        assertThat(problemsOf(() -> absences.record(reviewer.username(), other.username(), LocalDate.now(),
                LocalDate.now(), " "))).extracting(p -> p.field()).containsExactly("reason");
    }
}
