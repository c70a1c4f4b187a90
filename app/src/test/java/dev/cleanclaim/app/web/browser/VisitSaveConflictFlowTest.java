package dev.cleanclaim.app.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.app.testing.BrowserSteps;
import dev.cleanclaim.app.testing.BrowserWorkspace;
import dev.cleanclaim.app.testing.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two tabs editing one visit: the first saves; the second's save shows the first's change beside its own and saves
 * nothing until a choice is made; the choices ticked survive a row added meanwhile ("Add a service", "Add a
 * diagnosis" swap the whole form), and decide, field by field, whose value stays.
 */
class VisitSaveConflictFlowTest {

    /** A physical therapist's visit with two timed services, ten minutes each. */
    private static final String TWO_SERVICES = """
            {"dateOfService": "2026-11-20", "payer": "commercial", "provider": {"type": "PT", "npi": "1558598797"},
             "diagnoses": [{"code": "M54.50", "regions": ["lumbar"]}],
             "services": [{"code": "97110", "minutes": 10, "regions": ["lumbar"]},
                          {"code": "97112", "minutes": 10, "regions": ["lumbar"]}],
             "documentation": {"clinicalRationale": true}}""";

    @RegisterExtension
    static final BrowserWorkspace parts = new BrowserWorkspace();

    @Test
    void the_second_tab_sees_the_first_tabs_change_beside_its_own_and_its_choices_survive_added_rows_and_decide_what_is_saved()
            throws Exception {
        WebDriver browser = parts.chromium().driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        BrowserSteps steps = new BrowserSteps(browser, wait);
        browser.get(parts.workspace().url("/"));
        wait.until(ExpectedConditions.urlContains("/login"));
        steps.signIn(parts.workspace(), "biller", TestWorkspace.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top")));
        long patient = TestWorkspace.json(parts.workspace().send("biller", "GET", "/api/v1/patients", null))
                .get("items").get(0).get("id").asLong();
        HttpResponse<String> created = parts.workspace().send("biller", "POST", "/api/v1/patients/" + patient + "/visits",
                TWO_SERVICES);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long visit = TestWorkspace.json(created).get("id").asLong();
        String edit = parts.workspace().url("/visits/" + visit + "/edit");

        browser.get(edit);
        steps.awaitSettled();
        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        String second = browser.getWindowHandle();
        browser.get(edit);
        steps.awaitSettled();

        browser.switchTo().window(first);
        steps.type("services[0].minutes", "15");
        steps.awaitSettled();
        browser.findElement(By.id("save-visit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("create-claim")));
        assertThat(visit(visit).at("/visit/services/0/minutes").asInt()).isEqualTo(15);

        browser.switchTo().window(second);
        steps.type("services[1].minutes", "20");
        steps.awaitSettled();
        browser.findElement(By.id("save-visit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("save-conflict")));
        steps.awaitSettled();
        parts.chromium().screenshot("v01-visit-conflict-side-by-side");
        assertThat(browser.findElements(By.cssSelector("#save-conflict tr[data-field]")))
                .extracting(row -> row.getAttribute("data-field"))
                .as("only the fields the two tabs changed").containsExactly("services[0].minutes", "services[1].minutes");
        assertThat(cell("services[0].minutes", "theirs").getText()).isEqualTo("15");
        assertThat(cell("services[0].minutes", "yours").getText()).isEqualTo("10");
        assertThat(cell("services[1].minutes", "theirs").getText()).isEqualTo("10");
        assertThat(cell("services[1].minutes", "yours").getText()).isEqualTo("20");

        // Saving again without a choice saves nothing: the first tab's minutes stay, the second's are not taken.
        browser.findElement(By.id("save-visit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-problems"), "Choose"));
        steps.awaitSettled();
        assertThat(browser.findElements(By.id("save-conflict"))).hasSize(1);
        assertThat(visit(visit).at("/visit/services/0/minutes").asInt()).isEqualTo(15);
        assertThat(visit(visit).at("/visit/services/1/minutes").asInt()).isEqualTo(10);

        // A choice ticked, then a row added: the form comes back whole, the choice still ticked.
        choice("services[0].minutes", "theirs").click();
        browser.findElement(By.id("add-service")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("services[2].code")));
        steps.awaitSettled();
        assertThat(choice("services[0].minutes", "theirs").isSelected()).as("ticked before the service row was added").isTrue();

        choice("services[1].minutes", "mine").click();
        browser.findElement(By.id("add-diagnosis")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("diagnoses[1].code")));
        steps.awaitSettled();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("save-conflict")));
        parts.chromium().screenshot("v02-visit-conflict-choices-kept-after-added-rows");
        assertThat(choice("services[0].minutes", "theirs").isSelected()).as("ticked before both rows were added").isTrue();
        assertThat(choice("services[1].minutes", "mine").isSelected()).as("ticked before the diagnosis row was added").isTrue();
        assertThat(choice("services[0].minutes", "mine").isSelected()).isFalse();
        assertThat(choice("services[1].minutes", "theirs").isSelected()).isFalse();

        browser.findElement(By.id("save-visit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("create-claim")));

        JsonNode after = visit(visit).get("visit");
        assertThat(after.at("/services/0/minutes").asInt()).as("theirs, as chosen").isEqualTo(15);
        assertThat(after.at("/services/1/minutes").asInt()).as("mine, as chosen").isEqualTo(20);
        assertThat(after.get("services")).as("the blank rows added are no services").hasSize(2);
        assertThat(after.get("diagnoses")).as("the blank rows added are no diagnoses").hasSize(1);
        browser.close();
        browser.switchTo().window(first);
    }

    private WebElement cell(String field, String side) {
        return parts.chromium().driver().findElement(By.cssSelector("tr[data-field='" + field + "'] ." + side));
    }

    private WebElement choice(String field, String keep) {
        return parts.chromium().driver().findElement(By.cssSelector("input[name='_keep." + field + "'][value='" + keep + "']"));
    }

    private static JsonNode visit(long id) throws Exception {
        return TestWorkspace.json(parts.workspace().send("biller", "GET", "/api/v1/visits/" + id, null));
    }
}
