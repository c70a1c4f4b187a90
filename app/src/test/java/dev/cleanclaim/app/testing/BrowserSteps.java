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

    /**
     * Signs in on the login page the browser is on, with the workspace's next second-factor code when the user has
     * one; the caller waits for the page it expects to land on.
     */
    public void signIn(TestWorkspace workspace, String username, String password) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        WebElement form = browser.findElement(By.cssSelector("form[action='/login']"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        if (workspace.hasSecondFactor(username)) {
            // the code page comes only after a right password: a refused one is a new sign-in page with its alert
            wait.until(driver -> leftBehind(form));
            wait.until(driver -> !driver.findElements(By.id("sign-in-code")).isEmpty()
                    || !driver.findElements(By.cssSelector(".sign-in .alert.error")).isEmpty());
            if (!browser.findElements(By.id("sign-in-code")).isEmpty()) {
                enterCode(workspace.secondFactorCode(username));
            }
        }
    }

    /** Waits until the element's page has been replaced by the next one (a link or a form that loads a page). */
    public void awaitLeft(WebElement element) {
        wait.until(driver -> leftBehind(element));
    }

    /**
     * True once the element's page has been replaced. Selenium's stalenessOf knows only the stale-element error;
     * Chrome, asked while the next page is arriving, may instead answer that the node "does not belong to the
     * document", which says the same thing and must not fail the test.
     */
    private static boolean leftBehind(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException navigating) {
            if (String.valueOf(navigating.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw navigating;
        }
    }

    /**
     * Sets up an authenticator app on the set-up page the browser is on (or is being sent to), as a person does: reads
     * the key the page shows, types the code an app computes from it for the workspace clock's now, and waits for the
     * recovery codes, which it returns.
     */
    public java.util.List<String> setUpSecondFactor() {
        WebElement secret = wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                By.id("two-factor-secret")));
        String code = dev.cleanclaim.app.security.Totp.code(secret.getText().replace(" ", ""),
                dev.cleanclaim.app.security.Totp.step(TestWorkspace.CLOCK.instant()));
        type("code", code);
        browser.findElement(By.id("two-factor-turn-on")).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
        return browser.findElements(By.cssSelector("#recovery-codes code")).stream().map(WebElement::getText).toList();
    }

    /** Types a second-factor code on the code page, once it is there, and signs in. */
    public void enterCode(String code) {
        WebElement field = wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#sign-in-code #code")));
        field.sendKeys(code);
        browser.findElement(By.id("sign-in-code-button")).click();
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
     * Does a step once the page holds still: no htmx request on its way and, on the visit form, its live scrub
     * answering the latest input (the form says so itself, see static/visit-form.js). Waiting on the page's own state,
     * never on time, is what keeps a click from landing on findings about to be replaced. A step that still caught
     * an element just before a swap is done again on the new one, as a person would simply retype.
     */
    public void settled(Supplier<Boolean> step) {
        wait.ignoring(StaleElementReferenceException.class).until(driver -> still(driver) && attempt(step));
    }

    /** The step, or not yet when it caught a node of the page being replaced (Chrome's other word for stale). */
    private static boolean attempt(Supplier<Boolean> step) {
        try {
            return step.get();
        } catch (StaleElementReferenceException stale) {
            throw stale;
        } catch (org.openqa.selenium.WebDriverException navigating) {
            if (String.valueOf(navigating.getMessage()).contains("does not belong to the document")) {
                return false;
            }
            throw navigating;
        }
    }

    /** Waits until the page holds still (see {@link #settled}). */
    public void awaitSettled() {
        settled(() -> true);
    }

    private static boolean still(WebDriver driver) {
        if (!driver.findElements(By.cssSelector(".htmx-request")).isEmpty()) {
            return false;
        }
        return driver.findElements(By.id("visit-editor")).stream()
                .allMatch(form -> "true".equals(form.getAttribute("data-settled")));
    }

    /** A date input takes its value in the browser's locale; the page only cares about the ISO value it posts. */
    public void date(String field, String isoDate) {
        WebElement input = browser.findElement(By.name(field));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                input, isoDate);
    }
}
