package org.talentbridge.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page object of the sign-in screen (Vaadin's login form). */
class LoginPage {

    private final WebDriver browser;
    private final String baseUrl;

    LoginPage(WebDriver browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    LoginPage open() {
        browser.get(baseUrl + "/login");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        return this;
    }

    /** Signs in and waits until the browser has left the sign-in page. */
    void signIn(String username, String password) {
        browser.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    boolean showsError() {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("error"));
    }
}
