package dev.cleanclaim.app.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.app.testing.BrowserSteps;
import dev.cleanclaim.app.testing.BrowserWorkspace;
import dev.cleanclaim.app.testing.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typing on the visit form and clicking "Add a service" or "Add a diagnosis" at once, as a quick person does on a slow
 * line: every answer takes longer than the live scrub's 400 ms pause, so the scrub of the typing falls due while the
 * row is being added (on main it then posted to the button's formaction and aborted the add, and the rows came back
 * nested in the findings box, outside the form), and on every other try more is typed while the form is being
 * swapped (on main the swap put the older value back). Twenty times each, every value typed must still be there.
 */
class VisitFormKeepsTypingTest {

    private static final int TRIES = 20;
    /** Longer than the live scrub's pause (400 ms), so that a scrub always falls due while a row is being added. */
    private static final Duration SLOW_LINE = Duration.ofMillis(500);
    private static final List<String> CODES = List.of("97140", "97110", "97112", "97530", "97124");

    @RegisterExtension
    static final BrowserWorkspace parts = new BrowserWorkspace();

    private WebDriver browser;
    private BrowserSteps steps;

    @BeforeEach
    void signedInOnANewVisit() throws Exception {
        browser = parts.chromium().driver();
        browser.manage().deleteAllCookies();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        steps = new BrowserSteps(browser, wait);
        browser.get(parts.workspace().url("/"));
        wait.until(ExpectedConditions.urlContains("/login"));
        steps.signIn(parts.workspace(), "biller", TestWorkspace.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top")));
        JsonNode patients = TestWorkspace.json(parts.workspace().send("biller", "GET", "/api/v1/patients", null));
        browser.get(parts.workspace().url("/patients/" + patients.get("items").get(0).get("id").asLong() + "/visits/new"));
        steps.awaitSettled();
        ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
        slow.setLatency(SLOW_LINE);
        ((ChromeDriver) browser).setNetworkConditions(slow);
    }

    @AfterEach
    void fastLineAgain() {
        ((ChromeDriver) browser).deleteNetworkConditions();
    }

    @Test
    void typing_into_a_service_row_and_clicking_add_a_service_at_once_keeps_every_row_twenty_times_of_twenty() {
        List<String> typedCodes = new ArrayList<>();
        List<String> typedMinutes = new ArrayList<>();
        for (int row = 0; row < TRIES; row++) {
            String code = CODES.get(row % CODES.size());
            String minutes = String.valueOf(8 + row);
            WebElement codeBox = browser.findElement(By.name("services[" + row + "].code"));
            WebElement minutesBox = browser.findElement(By.name("services[" + row + "].minutes"));
            codeBox.sendKeys(code);
            if (row % 2 == 0) {
                // all typed, then the click: the button keeps the focus while the scrub falls due
                minutesBox.sendKeys(minutes);
                browser.findElement(By.id("add-service")).click();
            } else {
                // the click, then typed while "Add a service" is on its way, into the row about to be swapped
                browser.findElement(By.id("add-service")).click();
                typeEvenIfSwapped(minutesBox, "services[" + row + "].minutes", minutes);
            }
            typedCodes.add(code);
            typedMinutes.add(minutes);
            steps.awaitSettled();

            typedThenBlank(values("services", "code"), typedCodes, "try " + (row + 1) + ": the codes typed");
            typedThenBlank(values("services", "minutes"), typedMinutes, "try " + (row + 1) + ": the minutes typed");
        }
        parts.chromium().screenshot("k01-twenty-services-kept");
    }

    @Test
    void typing_into_a_diagnosis_row_and_clicking_add_a_diagnosis_at_once_keeps_every_row_twenty_times_of_twenty() {
        List<String> typed = new ArrayList<>();
        for (int row = 0; row < TRIES; row++) {
            String code = String.format("M54.%d", 10 + row);
            WebElement codeBox = browser.findElement(By.name("diagnoses[" + row + "].code"));
            if (row % 2 == 0) {
                codeBox.sendKeys(code);
                browser.findElement(By.id("add-diagnosis")).click();
            } else {
                codeBox.sendKeys(code.substring(0, 4));
                browser.findElement(By.id("add-diagnosis")).click();
                typeEvenIfSwapped(codeBox, "diagnoses[" + row + "].code", code.substring(4));
            }
            typed.add(code);
            steps.awaitSettled();

            typedThenBlank(values("diagnoses", "code"), typed, "try " + (row + 1) + ": the diagnoses typed");
        }
        parts.chromium().screenshot("k02-twenty-diagnoses-kept");
    }

    /**
     * Types into the box found before the click; when the swap has already replaced it, into the new box of the same
     * name, which is what a person's next keystrokes reach.
     */
    private void typeEvenIfSwapped(WebElement box, String name, String text) {
        try {
            box.sendKeys(text);
        } catch (StaleElementReferenceException | ElementNotInteractableException swapped) {
            // the box left the page (or was leaving it) as the keys were sent: the new one gets them
            steps.settled(() -> {
                browser.findElement(By.name(name)).sendKeys(text);
                return true;
            });
        }
    }

    /** The values of one field of every row, in row order: services[i].code for i = 0, 1, ... */
    private List<String> values(String kind, String field) {
        List<String> found = new ArrayList<>();
        for (int row = 0; ; row++) {
            List<WebElement> boxes = browser.findElements(By.name(kind + "[" + row + "]." + field));
            if (boxes.isEmpty()) {
                return found;
            }
            found.add(boxes.get(0).getAttribute("value"));
        }
    }

    /** Every value typed, in its row, and after them only the blank rows the form offers (at least one). */
    private static void typedThenBlank(List<String> found, List<String> typed, String what) {
        assertThat(found).as(what).hasSizeGreaterThan(typed.size());
        assertThat(found.subList(0, typed.size())).as(what).containsExactlyElementsOf(typed);
        assertThat(found.subList(typed.size(), found.size())).as(what + " (then blank rows)").containsOnly("");
    }
}
