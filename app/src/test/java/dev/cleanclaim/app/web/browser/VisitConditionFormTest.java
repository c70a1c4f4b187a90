package dev.cleanclaim.app.web.browser;

import dev.cleanclaim.app.testing.BrowserSteps;
import dev.cleanclaim.app.testing.BrowserWorkspace;
import dev.cleanclaim.app.testing.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visit form's "Condition and accident" boxes in a real browser: the live scrub names what an auto accident
 * still needs as it is typed, and the visit saved says how the condition came about.
 */
class VisitConditionFormTest {

    private static final String CHIROPRACTIC_VISIT = """
            {"dateOfService": "2026-11-20", "payer": "commercial", "provider": {"type": "DC", "npi": "1000000004"},
             "diagnoses": [{"code": "M99.01", "regions": ["cervical"]}],
             "services": [{"code": "98940", "regions": ["cervical"]}],
             "documentation": {"clinicalRationale": true, "activeTreatment": true,
                               "medicalNecessity": ["restricted-joint-motion"]}}""";

    @RegisterExtension
    static final BrowserWorkspace parts = new BrowserWorkspace();

    @Test
    void an_auto_accident_typed_into_the_visit_form_is_asked_for_its_state_and_date_and_then_saved_with_it()
            throws Exception {
        WebDriver browser = parts.chromium().driver();
        browser.manage().deleteAllCookies();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        BrowserSteps steps = new BrowserSteps(browser, wait);
        browser.get(parts.workspace().url("/"));
        wait.until(ExpectedConditions.urlContains("/login"));
        steps.signIn(parts.workspace(), "biller", TestWorkspace.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top")));
        long patient = TestWorkspace.json(parts.workspace().send("biller", "GET", "/api/v1/patients", null))
                .get("items").get(0).get("id").asLong();
        HttpResponse<String> created = parts.workspace().send("biller", "POST", "/api/v1/patients/" + patient + "/visits",
                CHIROPRACTIC_VISIT);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String visit = "/visits/" + TestWorkspace.json(created).get("id").asLong();
        browser.get(parts.workspace().url(visit + "/edit"));
        steps.awaitSettled();

        // chosen from the keyboard, as a person tabbing through the form does: that fires the select's input event
        steps.settled(() -> {
            browser.findElement(By.name("condition.accident")).sendKeys("Auto");
            return "auto".equals(browser.findElement(By.name("condition.accident")).getAttribute("value"));
        });
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("scrub-result"), "condition.accidentState"));
        assertThat(browser.findElement(By.id("scrub-state")).getAttribute("data-state")).isEqualTo("incomplete");
        assertThat(browser.findElement(By.id("scrub-result")).getText()).contains("condition.accidentDate");

        steps.settled(() -> {
            browser.findElement(By.name("condition.employment")).click();
            return browser.findElement(By.name("condition.employment")).isSelected();
        });
        steps.type("condition.accidentState", "WA");
        steps.date("condition.accidentDate", "2026-11-16");
        steps.date("condition.onsetDate", "2026-11-16");
        steps.settled(() -> "clean".equals(browser.findElement(By.id("scrub-state")).getAttribute("data-state")));
        steps.settled(() -> {
            browser.findElement(By.id("save-visit")).click();
            return true;
        });

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "related to work; auto accident in WA on 2026-11-16; onset 2026-11-16"));
        assertThat(browser.getCurrentUrl()).endsWith(visit);
    }
}
