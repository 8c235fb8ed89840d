package org.talentbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;

/**
 * Dates as a browser reads them (issue 12, item 8): the date picker of the real web component takes 2022-06-29 as
 * typed and shows it so, and text that is no date is a field error. The screenshots let a reader check the screens
 * of item 7 (numbers whole, selects wide enough) by eye.
 */
class DatesInTheBrowserEndToEndTest extends BrowserTest {

    private WebElement datePicker(String label) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("vaadin-date-picker"))
                .stream().filter(e -> label.equals(e.getDomProperty("label"))).findFirst().orElse(null));
    }

    private void typeInto(WebElement picker, String text) {
        WebElement input = picker.findElement(By.cssSelector("input"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.TAB);
    }

    @Test
    void anIsoDateTypedIntoTheProfileIsTakenAndShownAsTypedAndNonsenseIsAFieldError() {
        AccountView applicant = newAccount("e2edate", Role.APPLICANT);
        new LoginPage(browser, url("")).open().signIn(applicant.username(), DEMO_PASSWORD);
        Screen screen = new Screen(browser, url("")).open("profile", "工作经历");

        WebElement from = datePicker("起始日期");
        typeInto(from, "2022-06-29");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "2022-06-29".equals(from.getDomProperty("value")));
        assertThat(from.findElement(By.cssSelector("input")).getDomProperty("value")).isEqualTo("2022-06-29");

        WebElement to = datePicker("截止日期");
        typeInto(to, "2024-13-45");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "true".equals(String.valueOf(to.getDomProperty("invalid"))));
        assertThat(to.getDomProperty("errorMessage")).contains("2024-13-45", "yyyy-MM-dd");
        screen.screenshot("issue12-dates-profile");
    }

    @Test
    void theSecretarysDrawScreenAndTallyForAVisualCheck() {
        new LoginPage(browser, url("")).open().signIn("secretary", DEMO_PASSWORD);
        Screen screen = new Screen(browser, url("")).open("committee/draws", "按批次分组抽取");
        assertThat(screen.field("评审组人数")).isNotNull();
        screen.screenshot("issue12-committee-draws");
        new Screen(browser, url("")).open("committee/panel-votes", "评审组").screenshot("issue12-panel-votes");
        new Screen(browser, url("")).open("publicity", "公示").screenshot("issue12-publicity");
    }
}
