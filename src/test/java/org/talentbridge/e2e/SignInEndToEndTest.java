package org.talentbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in through a real browser, and the single sign-on into Camunda's webapps for administrators. */
class SignInEndToEndTest extends BrowserTest {

    private void waitForText(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    @Test
    void anApplicantSignsInAndSeesTheirProfile() {
        new LoginPage(browser, url("")).open().signIn("wanghan", DEMO_PASSWORD);
        browser.get(url("/profile"));
        waitForText("职业资格或职业技能等级证书");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("S330900202206300017");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        LoginPage login = new LoginPage(browser, url("")).open();
        browser.findElement(By.cssSelector("input[name='username']")).sendKeys("wanghan");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("wrong-password");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        assertThat(login.showsError()).isTrue();
    }

    @Test
    void anAdministratorOpensCockpitWithoutASecondSignIn() {
        new LoginPage(browser, url("")).open().signIn("admin", DEMO_PASSWORD);
        browser.get(url("/camunda/app/cockpit/default/"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getTitle().contains("Cockpit")
                && d.getCurrentUrl().contains("/cockpit/") && !d.getCurrentUrl().contains("login"));
        waitForText("Process Definitions");
        assertThat(browser.getCurrentUrl()).doesNotContain("setup");
    }

    @Test
    void aReviewerIsKeptOutOfCockpit() {
        new LoginPage(browser, url("")).open().signIn("reviewer", DEMO_PASSWORD);
        browser.get(url("/camunda/app/cockpit/default/"));
        assertThat(browser.getPageSource()).doesNotContain("Process Definitions");
        assertThat(browser.getTitle()).doesNotContain("Cockpit");
    }
}
