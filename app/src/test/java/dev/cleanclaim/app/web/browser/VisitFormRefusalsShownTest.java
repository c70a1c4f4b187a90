package dev.cleanclaim.app.web.browser;

import dev.cleanclaim.app.testing.BrowserSteps;
import dev.cleanclaim.app.testing.BrowserWorkspace;
import dev.cleanclaim.app.testing.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A "Fix it" or an added row the server refuses is shown on the visit form: htmx swaps no error answer by itself,
 * so before static/visit-form.js took them in, a refused click changed nothing on the page and said nothing.
 */
class VisitFormRefusalsShownTest {

    /** A chiropractor's visit whose 97140 was done on a manipulated region: the scrub offers to drop it. */
    private static final String MANUAL_THERAPY_ON_THE_MANIPULATED_REGION = """
            {"dateOfService": "2026-11-20", "payer": "commercial", "provider": {"type": "DC", "npi": "1000000004"},
             "diagnoses": [{"code": "M99.01", "regions": ["cervical"]}, {"code": "M99.02", "regions": ["thoracic"]},
                           {"code": "M99.03", "regions": ["lumbar"]}],
             "services": [{"code": "98941", "regions": ["cervical", "thoracic", "lumbar"]},
                          {"code": "97140", "minutes": 15, "regions": ["lumbar"]}],
             "documentation": {"clinicalRationale": true, "activeTreatment": true,
                               "medicalNecessity": ["restricted-joint-motion"]}}""";
    /**
     * Longer than the live scrub's pause (400 ms) and the few steps between typing and a click, so that the findings
     * typed past are still on the page when their fix is clicked: the scrub cannot answer sooner.
     */
    private static final Duration SLOW_LINE = Duration.ofSeconds(2);

    @RegisterExtension
    static final BrowserWorkspace parts = new BrowserWorkspace();

    private WebDriver browser;
    private WebDriverWait wait;
    private BrowserSteps steps;

    @BeforeEach
    void signedInOnTheVisitForm() throws Exception {
        browser = parts.chromium().driver();
        browser.manage().deleteAllCookies();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        steps = new BrowserSteps(browser, wait);
        browser.get(parts.workspace().url("/"));
        wait.until(ExpectedConditions.urlContains("/login"));
        steps.signIn(parts.workspace(), "biller", TestWorkspace.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top")));
        long patient = TestWorkspace.json(parts.workspace().send("biller", "GET", "/api/v1/patients", null))
                .get("items").get(0).get("id").asLong();
        HttpResponse<String> created = parts.workspace().send("biller", "POST", "/api/v1/patients/" + patient + "/visits",
                MANUAL_THERAPY_ON_THE_MANIPULATED_REGION);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        browser.get(parts.workspace().url("/visits/" + TestWorkspace.json(created).get("id").asLong() + "/edit"));
        steps.awaitSettled();
    }

    @AfterEach
    void fastLineAgain() {
        ((ChromeDriver) browser).deleteNetworkConditions();
    }

    @Test
    void a_fix_clicked_after_the_form_changed_under_it_is_refused_and_the_form_names_the_problem_and_keeps_the_typing() {
        WebElement dropManualTherapy = browser.findElement(By.cssSelector("li.finding[data-rule='cmt.region'] .apply-remedy"));
        assertThat(dropManualTherapy.getText()).startsWith("Fix it").contains("97140");
        ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
        slow.setLatency(SLOW_LINE);
        ((ChromeDriver) browser).setNetworkConditions(slow);

        // The first line re-keyed as 97140, and the fix the findings still offer clicked at once: dropping 97140 now
        // would leave the visit without services.
        steps.type("services[0].code", "97140");
        // leaving the box, as a person does, closes its list of codes, which would cover the button
        browser.findElement(By.name("services[0].code")).sendKeys(Keys.TAB);
        // down to the findings: the box of them is taller than the window and sticks to its top, so its lower
        // findings show only at the end of the form
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, document.body.scrollHeight)");
        dropManualTherapy.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-problems"), "That fix was not applied"));
        steps.awaitSettled();
        parts.chromium().screenshot("r01-fix-refused-named-on-the-form");

        WebElement problems = browser.findElement(By.id("form-problems"));
        assertThat(problems.getText()).contains("dropping 97140 would leave the visit without services");
        assertThat(inView(problems)).as("scrolled to, from the findings the fix was clicked in").isTrue();
        assertThat(browser.findElements(By.id("applied"))).isEmpty();
        assertThat(browser.findElement(By.name("services[0].code")).getAttribute("value")).isEqualTo("97140");
        assertThat(browser.findElement(By.name("services[1].code")).getAttribute("value")).isEqualTo("97140");
    }

    @Test
    void a_row_added_after_signing_out_in_another_tab_names_the_refusal_and_leaves_the_form_as_it_was() {
        String form = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(parts.workspace().url("/"));
        browser.findElement(By.cssSelector("form.sign-out button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.close();
        browser.switchTo().window(form);

        int serviceRows = browser.findElements(By.cssSelector(".service-row")).size();
        browser.findElement(By.id("add-service")).click();
        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("request-refused")));
        steps.awaitSettled();
        parts.chromium().screenshot("r02-row-refused-named-on-the-form");

        assertThat(refused.getAttribute("data-status")).isEqualTo("401");
        assertThat(refused.getText()).containsIgnoringCase("sign in first").contains("what you typed is still here");
        assertThat(inView(refused)).as("scrolled to, from the button far below it").isTrue();
        assertThat(browser.findElements(By.cssSelector(".service-row"))).as("no row added").hasSize(serviceRows);
        assertThat(browser.findElement(By.name("services[0].code")).getAttribute("value")).isEqualTo("98941");
    }

    /** Whether the element is wholly inside the window, where a person looking at the page sees it. */
    private boolean inView(WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("var box = arguments[0].getBoundingClientRect();"
                + " return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;", element);
    }
}
