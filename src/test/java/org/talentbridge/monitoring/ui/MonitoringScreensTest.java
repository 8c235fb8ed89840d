package org.talentbridge.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.monitoring.DashboardFigures;
import org.talentbridge.monitoring.InstanceState;
import org.talentbridge.monitoring.MonitoringProbe;
import org.talentbridge.shared.audit.AuditLog;

/** The monitoring screens as an administrator uses them (Karibu), and closed to everyone else. */
class MonitoringScreensTest extends KaribuTest {

    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService engineTasks;
    @Autowired
    private ManagementService management;
    @Autowired
    private AuditLog audit;
    @Autowired
    private org.talentbridge.shared.calendar.WorkingDayCalendar calendar;

    private MonitoringProbe probe() {
        return new MonitoringProbe(repository, runtime, engineTasks, management);
    }

    private AccountView admin() {
        return newAccount("monuiadm", Role.ADMIN);
    }

    @Test
    void theDashboardShowsEachStageInAChartAndATableWithAnXlsxExport() throws Exception {
        MonitoringProbe probe = probe();
        probe.start("MONUI-D1", null, Map.of());
        probe.start("MONUI-D2", null, Map.of());
        openAs(admin());
        navigate("admin/monitoring");
        MonitoringDashboardView view = _get(MonitoringDashboardView.class);
        assertThat(view.figures).isNotNull(); // the first process is shown at once
        _setValue(view.process, MonitoringProbe.KEY);
        assertThat(view.version.getValue().definitionId()).isEqualTo(probe.definitionId);

        DashboardFigures.Stage review = view.stages.rows().get(0);
        assertThat(review.activityId()).isEqualTo(MonitoringProbe.REVIEW);
        assertThat(review.now()).isEqualTo(2);
        assertThat(_size(view.stages.grid)).isEqualTo(3);
        assertThat(view.stageChart.option()).contains("探针审核").contains("\"type\":\"bar\"");
        assertThat(view.dayChart.option()).contains("\"type\":\"line\"");
        assertThat(view.summary.getText()).contains("2");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(view.stages.xlsx()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("环节");
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("探针审核");
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    void anAdministratorFindsAnInstanceAndOpensItsPage() {
        MonitoringProbe probe = probe();
        String key = "MONUI-S" + System.nanoTime();
        String id = probe.start(key, null, Map.of()).getId();
        openAs(admin());
        navigate("admin/monitoring/instances");
        InstancesView search = _get(InstancesView.class);
        _setValue(search.caseNumber, key);
        _setValue(search.state, InstanceState.RUNNING);
        _click(search.search);
        assertThat(_size(search.grid)).isEqualTo(1);
        assertThat(_get(search.grid, 0).id()).isEqualTo(id);

        navigate("admin/monitoring/instance/" + id);
        InstanceView page = _get(InstanceView.class);
        assertThat(page.diagram.current()).containsExactly(MonitoringProbe.REVIEW);
        assertThat(_size(page.tasks)).isEqualTo(1);
        assertThat(page.getPageTitle()).contains(key);
    }

    @Test
    void aRepairAsksForItsReasonAndShowsTheProblemBesideIt() {
        MonitoringProbe probe = probe();
        String key = "MONUI-R" + System.nanoTime();
        String id = probe.start(key, null, Map.of()).getId();
        openAs(admin());
        navigate("admin/monitoring/instance/" + id);
        InstanceView page = _get(InstanceView.class);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("撤销案件")));
        _click(page.dialog.confirm);
        assertThat(page.dialog.reason.isInvalid()).isTrue();
        assertThat(page.dialog.reason.getErrorMessage()).isEqualTo("请填写原因：它将记入审计记录。");
        _setValue(page.dialog.reason, "测试撤销");
        _click(page.dialog.confirm);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
        assertThat(page.details().instance().running()).isFalse();
        assertThat(audit.history("case:" + key)).extracting(e -> e.getAction()).containsExactly("monitoring.instanceCancelled");
    }

    @Test
    void theIncidentsAndDeadlinesScreensOpenForAdministrators() {
        MonitoringProbe probe = probe();
        String id = probe.start("MONUI-I" + System.nanoTime(), java.util.Date.from(java.time.Instant.now().plusSeconds(600)),
                Map.of("broken", true)).getId();
        openAs(admin());
        navigate("admin/monitoring/deadlines");
        DeadlinesView deadlines = _get(DeadlinesView.class);
        assertThat(deadlines.grid.getGenericDataView().getItems()).anyMatch(d -> d.processInstanceId().equals(id));
        _setValue(deadlines.workingDays, 61);
        assertThat(deadlines.workingDays.isInvalid()).isTrue();

        probe.review(id);
        probe.failUntilIncident(id);
        navigate("admin/monitoring/incidents");
        IncidentsView incidents = _get(IncidentsView.class);
        _setValue(incidents.process, MonitoringProbe.KEY);
        assertThat(incidents.grid.getGenericDataView().getItems()).anyMatch(i -> i.processInstanceId().equals(id));
    }

    @Test
    void theBulkReassignmentScreenNamesAMissingSubstitute() {
        openAs(admin());
        navigate("admin/monitoring/reassign");
        ReassignTasksView view = _get(ReassignTasksView.class);
        _setValue(view.from, "reviewer");
        _setValue(view.reason, "休假");
        _click(view.run);
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("没有这个账号。");
    }

    @Test
    void nobodyButAdministratorsOpensTheMonitoringScreens() {
        openAs(newAccount("monuirev", Role.REVIEWER));
        assertNavigationDenied("admin/monitoring", MonitoringDashboardView.class);
        assertNavigationDenied("admin/monitoring/instances", InstancesView.class);
        assertNavigationDenied("admin/monitoring/incidents", IncidentsView.class);
        assertNavigationDenied("admin/monitoring/reassign", ReassignTasksView.class);
    }

    /** A deadline in a year the working-day calendar does not cover shows as provisional (issue 16, item 6). */
    @Test
    void aDeadlineInAYearTheCalendarDoesNotCoverShowsAsProvisional() {
        java.time.LocalDate today = java.time.LocalDate.now();
        java.time.LocalDate early = java.time.LocalDate.of(today.getYear() + 1, 1, 6);
        org.junit.jupiter.api.Assumptions.assumeTrue(java.time.temporal.ChronoUnit.DAYS.between(today, early) < 70
                && !calendar.isCovered(early.getYear()), "runs in the last weeks of a year whose successor is not published");
        String id = probe().start("MONUI-P" + System.nanoTime(), java.util.Date.from(early.atTime(10, 0)
                .atZone(java.time.ZoneId.systemDefault()).toInstant()), Map.of()).getId();
        openAs(admin());
        navigate("admin/monitoring/deadlines");
        DeadlinesView deadlines = _get(DeadlinesView.class);
        _setValue(deadlines.workingDays, 60);
        assertThat(deadlines.grid.getGenericDataView().getItems()).filteredOn(d -> d.processInstanceId().equals(id))
                .singleElement().satisfies(d -> assertThat(d.provisional()).isTrue());
        assertThat(deadlines.until.getText()).endsWith("（暂定）");
        assertThat(deadlines.grid.getGenericDataView().getItems()).filteredOn(d -> !d.provisional())
                .allSatisfy(d -> assertThat(calendar.isCovered(d.due().toInstant().atZone(java.time.ZoneId.systemDefault()).getYear())).isTrue());
    }
}
