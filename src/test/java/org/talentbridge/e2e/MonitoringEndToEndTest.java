package org.talentbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.talentbridge.monitoring.MonitoringProbe;

/**
 * In Chromium: the instance page draws the process with bpmn-js (a static resource, not Vaadin's bundle) and marks
 * where the instance waits; the dashboard draws its charts with ECharts.
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
}
