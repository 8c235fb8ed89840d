package org.talentbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signing out in a real browser: the sign-in page comes straight back (no detour through "/"), and the session is
 * over — its cookie, replayed by anyone, opens no screen any more.
 */
class SignOutEndToEndTest extends BrowserTest {

    @Test
    void signingOutShowsTheSignInPageAndTheOldSessionCookieOpensNothing() throws Exception {
        new LoginPage(browser, url("")).open().signIn("reviewer", DEMO_PASSWORD);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> !d.findElements(By.xpath("//vaadin-button[normalize-space(.)='退出登录']")).isEmpty());
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(session).isNotNull();
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest inboxWithThatSession = HttpRequest.newBuilder(URI.create(url("/inbox")))
                .header("Cookie", "JSESSIONID=" + session.getValue()).header("Accept", "text/html").build();
        // signed in, that cookie opens the inbox (so the check below can tell a live session from an ended one)
        assertThat(client.send(inboxWithThatSession, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);

        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='退出登录']")).click();
        wait.until(d -> d.getCurrentUrl().contains("/login")
                && !d.findElements(By.cssSelector("input[name='username']")).isEmpty());

        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/login");
        HttpResponse<Void> replayed = client.send(inboxWithThatSession, HttpResponse.BodyHandlers.discarding());
        assertThat(replayed.statusCode()).isEqualTo(302);
        assertThat(replayed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
        browser.get(url("/inbox"));
        wait.until(d -> d.getCurrentUrl().contains("/login"));
    }
}
