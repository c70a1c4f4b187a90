package dev.cleanclaim.app.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.app.testing.BrowserSteps;
import dev.cleanclaim.app.testing.BrowserWorkspace;
import dev.cleanclaim.app.testing.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two tabs editing one patient: the first saves; the second's save shows the first's change beside its own and
 * saves nothing until a choice is made; the choice decides, field by field, whose value stays.
 */
class SaveConflictFlowTest {

    @RegisterExtension
    static final BrowserWorkspace parts = new BrowserWorkspace();

    @Test
    void the_second_tab_sees_the_first_tabs_change_beside_its_own_and_keeps_what_it_chooses_field_by_field() throws Exception {
        WebDriver browser = parts.chromium().driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        BrowserSteps steps = new BrowserSteps(browser, wait);
        browser.get(parts.workspace().url("/"));
        wait.until(ExpectedConditions.urlContains("/login"));
        steps.signIn(parts.workspace(), "biller", TestWorkspace.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top")));
        long patient = TestWorkspace.json(parts.workspace().send("biller", "GET", "/api/v1/patients", null))
                .get("items").get(0).get("id").asLong();
        JsonNode before = patient(patient);
        String edit = parts.workspace().url("/patients/" + patient + "/edit");

        browser.get(edit);
        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        String second = browser.getWindowHandle();
        browser.get(edit);

        browser.switchTo().window(first);
        steps.type("address.city", "Salem");
        browser.findElement(By.id("save-patient")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("patient-name")));
        assertThat(patient(patient).at("/address/city").asText()).isEqualTo("Salem");

        browser.switchTo().window(second);
        steps.type("address.line1", "1 Second Tab Rd");
        browser.findElement(By.id("save-patient")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("save-conflict")));
        parts.chromium().screenshot("c01-conflict-side-by-side");
        assertThat(browser.findElement(By.cssSelector("tr[data-field='address.city'] .theirs")).getText()).isEqualTo("Salem");
        assertThat(browser.findElement(By.cssSelector("tr[data-field='address.city'] .yours")).getText())
                .isEqualTo(before.at("/address/city").asText());
        assertThat(browser.findElement(By.cssSelector("tr[data-field='address.line1'] .yours")).getText()).isEqualTo("1 Second Tab Rd");
        assertThat(browser.findElement(By.cssSelector("tr[data-field='address.line1'] .theirs")).getText())
                .isEqualTo(before.at("/address/line1").asText());

        // Saving again without a choice saves nothing: the first tab's city stays.
        browser.findElement(By.id("save-patient")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-problems"), "Choose"));
        assertThat(browser.findElements(By.id("save-conflict"))).hasSize(1);
        assertThat(patient(patient).at("/address/city").asText()).isEqualTo("Salem");
        assertThat(patient(patient).at("/address/line1").asText()).isEqualTo(before.at("/address/line1").asText());

        browser.findElement(By.cssSelector("input[name='_keep.address.city'][value='theirs']")).click();
        browser.findElement(By.cssSelector("input[name='_keep.address.line1'][value='mine']")).click();
        parts.chromium().screenshot("c02-conflict-chosen");
        browser.findElement(By.id("save-patient")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("patient-name")));

        JsonNode after = patient(patient);
        assertThat(after.at("/address/city").asText()).as("theirs, as chosen").isEqualTo("Salem");
        assertThat(after.at("/address/line1").asText()).as("mine, as chosen").isEqualTo("1 Second Tab Rd");
        browser.close();
        browser.switchTo().window(first);
    }

    private static JsonNode patient(long id) throws Exception {
        return TestWorkspace.json(parts.workspace().send("biller", "GET", "/api/v1/patients/" + id, null));
    }
}
