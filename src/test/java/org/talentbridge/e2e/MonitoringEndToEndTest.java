package org.talentbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.monitoring.Absences;
import org.talentbridge.monitoring.MonitoringProbe;

/**
 * In Chromium: the instance page draws the process with bpmn-js (a static resource, not Vaadin's bundle) and marks
 * where the instance waits; the dashboard draws its charts with ECharts. The pictures of the monitoring screens in
 * docs/operations.md are taken here (target/screenshots/monitoring-*.png).
 */
class MonitoringEndToEndTest extends BrowserTest {

    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService engineTasks;
    @Autowired
    private ManagementService management;
    @Autowired
    private Absences absences;

    @Test
    void theInstancePageShowsTheDiagramWithTheCurrentActivityHighlighted() {
        MonitoringProbe probe = new MonitoringProbe(repository, runtime, engineTasks, management);
        String id = probe.start("MONE2E-" + System.nanoTime(), null, Map.of()).getId();
        new LoginPage(browser, url("")).open().signIn("admin", DEMO_PASSWORD);

        browser.get(url("/admin/monitoring/instance/" + id));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(40));
        WebElement diagram = wait.until(d -> d.findElements(By.cssSelector(".tb-bpmn[data-rendered='true']")).stream()
                .findFirst().orElse(null));
        assertThat(diagram.getAttribute("data-current")).isEqualTo(MonitoringProbe.REVIEW);
        WebElement current = diagram.findElement(By.cssSelector("g.djs-element.tb-current[data-element-id='"
                + MonitoringProbe.REVIEW + "']"));
        assertThat(current.isDisplayed()).isTrue();
        assertThat(diagram.findElements(By.cssSelector("g.djs-element.tb-passed[data-element-id='StartEvent_Probe']"))).hasSize(1);
        assertThat(diagram.findElements(By.cssSelector("g.tb-current"))).hasSize(1);

        // a real title case for the docs' picture, when the demo data has one running
        ProcessInstance title = runtime.createProcessInstanceQuery().processDefinitionKey("titleApplication")
                .orderByProcessInstanceId().desc().listPage(0, 1).stream().findFirst().orElse(null);
        if (title != null) {
            browser.get(url("/admin/monitoring/instance/" + title.getId()));
            wait.until(d -> !d.findElements(By.cssSelector(".tb-bpmn[data-rendered='true']")).isEmpty());
            new Screen(browser, url("")).screenshot("monitoring-instance");
        }
        browser.get(url("/admin/monitoring"));
        wait.until(d -> d.findElements(By.cssSelector(".tb-chart[data-rendered='true']")).size() >= 3);
        assertThat(browser.findElements(By.cssSelector(".tb-chart canvas"))).isNotEmpty();
        new Screen(browser, url("")).screenshot("monitoring-dashboard");
    }

    /** Incidents, absences, deadlines, the calendar and bulk reassignment, as the docs show them. */
    @Test
    void theRepairAbsenceDeadlineAndCalendarScreensShowTheirData() {
        MonitoringProbe probe = new MonitoringProbe(repository, runtime, engineTasks, management);
        String failing = "MONE2E-INC-" + System.nanoTime();
        String broken = probe.start(failing, null, Map.of("broken", true)).getId();
        probe.review(broken);
        probe.failUntilIncident(broken);
        String dueSoon = "MONE2E-DUE-" + System.nanoTime();
        probe.start(dueSoon, Date.from(Instant.now().plus(Duration.ofHours(2))), Map.of());
        AccountView away = newAccount("e2eabs", Role.REVIEWER);
        AccountView substitute = newAccount("e2esub", Role.REVIEWER);
        as(accounts.findByUsername("admin").orElseThrow(), () -> absences.record(away.username(), substitute.username(),
                LocalDate.now(), LocalDate.now().plusDays(4), "年休假"));
        new LoginPage(browser, url("")).open().signIn("admin", DEMO_PASSWORD);
        Screen screen = new Screen(browser, url(""));

        screen.open("admin/monitoring/incidents", "重试").select("流程", MonitoringProbe.KEY).waitFor(failing)
                .screenshot("monitoring-incidents");
        screen.open("absences", away.username()).waitFor(substitute.username()).screenshot("monitoring-absences");
        screen.open("admin/monitoring/deadlines", dueSoon).screenshot("monitoring-deadlines");
        screen.open("admin/calendar", "2026").screenshot("monitoring-calendar");
        screen.open("admin/monitoring/reassign", "全部改派").screenshot("monitoring-reassign");
        assertThat(screen.text()).contains("改派给");
    }
}
