package dev.cleanclaim.app.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.function.Supplier;

/**
 * What a person does to a form in the browser tests, done so that htmx's swaps do not make a test flaky: signing in,
 * typing into a field, setting a date, and any other step that has to wait for the page to hold still.
 */
public final class BrowserSteps {

    private final WebDriver browser;
    private final WebDriverWait wait;

    public BrowserSteps(WebDriver browser, WebDriverWait wait) {
        this.browser = browser;
        this.wait = wait;
    }

    /** Signs in on the login page the browser is on; the caller waits for the page it expects to land on. */
    public void signIn(String username, String password) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
    }

    /** Types into the named field until it holds exactly the text (a swap in between means typing it again). */
    public void type(String field, String text) {
        settled(() -> {
            WebElement input = browser.findElement(By.name(field));
            input.clear();
            input.sendKeys(text);
            return text.equals(input.getAttribute("value"));
        });
    }

    /**
     * Does a step once the page holds still. htmx swaps the whole form when a row is added or a fix applied; a step
     * that caught an element just before such a swap is done again on the new one, as a person would simply retype.
     */
    public void settled(Supplier<Boolean> step) {
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            if (!driver.findElements(By.cssSelector(".htmx-request")).isEmpty()) {
                return false;
            }
            return step.get();
        });
    }

    /** A date input takes its value in the browser's locale; the page only cares about the ISO value it posts. */
    public void date(String field, String isoDate) {
        WebElement input = browser.findElement(By.name(field));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                input, isoDate);
    }
}
