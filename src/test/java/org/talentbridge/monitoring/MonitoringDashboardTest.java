package org.talentbridge.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.account.Role;

/** The dashboard's figures against a known data set: one fresh probe version with instances placed by the test. */
class MonitoringDashboardTest extends MonitoringTestSupport {

    @Autowired
    private MonitoringDashboard dashboard;

    private DashboardFigures.Stage stage(DashboardFigures f, String id) {
        return f.stages().stream().filter(s -> s.activityId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void countsCasesPerStageOverdueTasksAtTheDueDatesBoundaryIncidentsAndDays() {
        MonitoringProbe probe = newProbe();
        Instant now = Instant.now();
        String justOverdue = probe.start("DASH-1", Date.from(now.minusSeconds(1)), Map.of()).getId();
        probe.start("DASH-2", Date.from(now.plusSeconds(3600)), Map.of());
        probe.start("DASH-3", null, Map.of());
        engineTasks.setAssignee(engineTasks.createTaskQuery().processInstanceId(justOverdue).singleResult().getId(), "reviewer");
        String unassignedOverdue = probe.start("DASH-4", Date.from(now.minusSeconds(86400)), Map.of()).getId();
        String reviewed = probe.start("DASH-5", null, Map.of("broken", true)).getId();
        String reviewedToo = probe.start("DASH-6", null, Map.of()).getId();
        probe.review(reviewed);
        probe.review(reviewedToo);
        probe.failUntilIncident(reviewed);
        assertThat(unassignedOverdue).isNotNull();

        signIn(admin());
        DashboardFigures f = dashboard.figures(probe.definitionId, null);

        assertThat(f.processKey()).isEqualTo(MonitoringProbe.KEY);
        assertThat(f.stages()).extracting(DashboardFigures.Stage::activityId)
                .containsExactly(MonitoringProbe.REVIEW, MonitoringProbe.FLAKY, MonitoringProbe.DONE);
        assertThat(stage(f, MonitoringProbe.REVIEW).now()).isEqualTo(4);
        assertThat(stage(f, MonitoringProbe.FLAKY).now()).isEqualTo(2);
        assertThat(stage(f, MonitoringProbe.DONE).now()).isZero();
        assertThat(f.totalNow()).isEqualTo(6);
        // due one second ago: overdue; due in an hour or without a due date: not
        assertThat(stage(f, MonitoringProbe.REVIEW).overdue()).isEqualTo(2);
        assertThat(f.overdueByPerson()).containsExactlyInAnyOrderEntriesOf(Map.of("reviewer", 1L, "", 1L));
        assertThat(stage(f, MonitoringProbe.FLAKY).incidents()).isEqualTo(1);
        assertThat(stage(f, MonitoringProbe.FLAKY).failedJobs()).isEqualTo(1);
        assertThat(f.openIncidents()).isEqualTo(1);
        assertThat(f.failedJobs()).isEqualTo(1);
        // today: six entered the review, two left it (and entered the automatic step)
        assertThat(f.days()).filteredOn(d -> d.activityId().equals(MonitoringProbe.REVIEW))
                .singleElement().satisfies(d -> {
                    assertThat(d.entered()).isEqualTo(6);
                    assertThat(d.left()).isEqualTo(2);
                });
        assertThat(stage(f, MonitoringProbe.REVIEW).medianHours()).isNotNull();
        assertThat(stage(f, MonitoringProbe.DONE).medianHours()).isNull();
        assertThat(f.sampled()).isFalse();
    }

    @Test
    void onlyAdministratorsSeeTheFigures() {
        MonitoringProbe probe = newProbe();
        signIn(newAccount("monrev", Role.REVIEWER));
        assertThatThrownBy(() -> dashboard.figures(probe.definitionId, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void percentilesAreNearestRank() {
        assertThat(MonitoringDashboard.percentile(java.util.List.of(5L, 1L, 3L, 2L, 4L), 50)).isEqualTo(3L);
        assertThat(MonitoringDashboard.percentile(java.util.List.of(5L, 1L, 3L, 2L, 4L), 90)).isEqualTo(5L);
        assertThat(MonitoringDashboard.percentile(java.util.List.of(), 90)).isNull();
    }
}
