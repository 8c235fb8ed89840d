package org.talentbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.talentbridge.account.Role;

/** Signing in through a real browser, and the single sign-on into Camunda's webapps for administrators. */
class SignInEndToEndTest extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    private org.talentbridge.account.security.SignInThrottle throttle;

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

    private void typeAndSubmit(String username, String password) {
        browser.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        // an account of its own: wrong passwords count towards a lock (app.security.sign-in)
        String username = newAccount("e2ewrong", Role.REVIEWER).username();
        LoginPage login = new LoginPage(browser, url("")).open();
        typeAndSubmit(username, "wrong-password1");
        assertThat(login.showsError()).isTrue();
        waitForText("账号或密码不正确");
    }

    @Test
    void afterFiveWrongPasswordsTheFormSaysTheAccountIsLockedAndForHowLong() {
        String username = newAccount("e2elock", Role.REVIEWER).username();
        for (int i = 1; i <= 5; i++) {
            new LoginPage(browser, url("")).open();
            typeAndSubmit(username, "wrong-password" + i);
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("error"));
        }
        new LoginPage(browser, url("")).open();
        typeAndSubmit(username, DEMO_PASSWORD);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("locked="));
        waitForText("登录已被暂时锁定");
        waitForText("15 分钟后再试");
        // lift the lock: its failures would count towards the limit of this client address (every test is 127.0.0.1)
        as(accounts.findByUsername("admin").orElseThrow(),
                () -> throttle.unlock(org.talentbridge.account.security.SignInThrottle.Kind.ACCOUNT, username));
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
