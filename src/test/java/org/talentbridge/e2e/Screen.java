package org.talentbridge.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page object for any Talent Bridge screen: Vaadin's fields found by their label, buttons by their text, in the
 * way a user finds them. Screenshots go to {@code target/screenshots} (the README's pictures come from there).
 */
class Screen {

    private final WebDriver browser;
    private final String baseUrl;

    Screen(WebDriver browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    Screen open(String route, String waitForText) {
        browser.get(baseUrl + "/" + route);
        return waitFor(waitForText);
    }

    Screen waitFor(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        return this;
    }

    String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** The Vaadin field (text field, text area, combo box, select) whose label is {@code label}. */
    WebElement field(String label) {
        return browser.findElements(By.cssSelector("vaadin-text-field, vaadin-text-area, vaadin-combo-box, vaadin-select, "
                        + "vaadin-integer-field")).stream()
                .filter(e -> label.equals(e.getDomAttribute("label")) || label.equals(e.getDomProperty("label")))
                .findFirst().orElseThrow(() -> new AssertionError("no field labelled " + label));
    }

    /** The input inside the field labelled {@code label}, found again while a screen re-renders after an action. */
    private WebElement input(String label, String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> field(label).findElement(By.cssSelector(css)));
    }

    Screen type(String label, String value) {
        WebElement input = input(label, "input, textarea");
        input.clear();
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
        return this;
    }

    /** Types into a combo box and takes the item offered for it. */
    Screen choose(String label, String value) {
        WebElement input = input(label, "input");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(value);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item"))
                .stream().filter(i -> i.getText().equals(value)).toList().isEmpty());
        browser.findElements(By.cssSelector("vaadin-combo-box-item")).stream().filter(i -> i.getText().equals(value))
                .findFirst().orElseThrow().click();
        return this;
    }

    /** Opens a select and picks the item with this text. */
    Screen select(String label, String item) {
        field(label).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("vaadin-select-item"))
                .stream().anyMatch(i -> i.isDisplayed() && i.getText().equals(item)));
        browser.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().equals(item)).findFirst().orElseThrow().click();
        return this;
    }

    Screen tick(String label) {
        WebElement box = browser.findElements(By.cssSelector("vaadin-checkbox")).stream()
                .filter(e -> e.getText().contains(label)).findFirst().orElseThrow(() -> new AssertionError("no checkbox " + label));
        box.findElement(By.cssSelector("input")).click();
        return this;
    }

    Screen click(String buttonText) {
        WebElement button = new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector("vaadin-button"))
                .stream().filter(b -> b.isDisplayed() && b.getText().strip().equals(buttonText)).findFirst().orElse(null));
        // a click as the button receives it, even where the development-mode toolbar overlaps the corner
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", button);
        return this;
    }

    /** Waits until exactly one link with this text shows (a filtered list down to one row), then follows it. */
    Screen clickOnlyLink(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(By.linkText(text)).stream()
                .filter(WebElement::isDisplayed).count() == 1);
        return clickLink(text);
    }

    Screen clickLink(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElements(By.linkText(text)).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
        return this;
    }

    /** Gives the file to the only upload shown (vaadin-upload's file input, in its shadow root); it uploads at once. */
    Screen upload(Path file) {
        WebElement upload = new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector("vaadin-upload"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        WebElement input = (WebElement) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].shadowRoot.querySelector('input[type=file]') || arguments[0].querySelector('input[type=file]')", upload);
        input.sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Scrolls the first element showing exactly this text to the top of the view. */
    Screen scrollTo(String text) {
        WebElement target = browser.findElements(By.xpath("//*[normalize-space(text())='" + text + "']")).stream()
                .findFirst().orElseThrow(() -> new AssertionError("nothing shows " + text));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", target);
        return this;
    }

    String url() {
        return browser.getCurrentUrl();
    }

    /** Saves what the browser shows as target/screenshots/{name}.png. */
    Screen screenshot(String name) {
        try {
            Path dir = Path.of("target/screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return this;
    }
}
