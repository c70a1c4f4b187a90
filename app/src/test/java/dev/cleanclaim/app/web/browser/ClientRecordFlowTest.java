package dev.cleanclaim.app.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.app.testing.BrowserSteps;
import dev.cleanclaim.app.testing.BrowserWorkspace;
import dev.cleanclaim.app.testing.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client, one record and insured massage in Chromium: a client typed in again is warned about, with a link to the
 * record on file, and saved only once the user says it is another person; an insured client's page says the plan
 * won't pay for their massage, keeps the notice they signed, and moves the visit to self-pay without retyping it.
 */
class ClientRecordFlowTest {

    @RegisterExtension
    static final BrowserWorkspace parts = new BrowserWorkspace();

    private static final String SAM_NPI = "1295723567";

    private BrowserSteps signedIn(WebDriver browser, WebDriverWait wait) {
        BrowserSteps steps = new BrowserSteps(browser, wait);
        browser.get(parts.workspace().url("/"));
        // The two tests share one browser: the second finds the first's session.
        wait.until(ExpectedConditions.or(ExpectedConditions.urlContains("/login"),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top"))));
        if (browser.getCurrentUrl().contains("/login")) {
            steps.signIn(parts.workspace(), "biller", TestWorkspace.PASSWORD);
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top")));
        return steps;
    }

    @Test
    void a_client_typed_in_again_is_warned_about_with_a_link_to_the_record_on_file_and_saved_only_when_confirmed()
            throws Exception {
        long onFile = created("""
                {"firstName": "Maren", "lastName": "Lindqvist", "birthDate": "1968-03-09", "sex": "F",
                 "address": {"line1": "4 NE Fremont St", "city": "Portland", "state": "OR", "zip": "97212"},
                 "accountNumber": "DUP-1"}""");
        WebDriver browser = parts.chromium().driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        BrowserSteps steps = signedIn(browser, wait);

        browser.get(parts.workspace().url("/patients/new"));
        steps.type("firstName", "Maren");
        steps.type("lastName", "Lindqvist");
        steps.date("birthDate", "1968-03-09");
        new Select(browser.findElement(By.name("sex"))).selectByValue("F");
        steps.type("accountNumber", "DUP-2");
        steps.type("address.line1", "4 NE Fremont St");
        steps.type("address.city", "Portland");
        steps.type("address.state", "OR");
        steps.type("address.zip", "97212");
        browser.findElement(By.id("save-patient")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("likely-duplicates")));
        parts.chromium().screenshot("d01-likely-duplicate");
        assertThat(browser.findElement(By.cssSelector("#likely-duplicates .duplicate-link")).getAttribute("href"))
                .endsWith("/patients/" + onFile);
        assertThat(browser.findElement(By.id("likely-duplicates")).getText()).contains("same name and birth date");
        assertThat(browser.findElement(By.name("accountNumber")).getAttribute("value")).as("the typing stays").isEqualTo("DUP-2");
        assertThat(named("Lindqvist")).as("nothing saved yet").hasSize(1);

        browser.findElement(By.id("f-confirmDuplicate")).click();
        browser.findElement(By.id("save-patient")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("patient-name")));
        parts.chromium().screenshot("d02-saved-as-another-person");
        assertThat(named("Lindqvist")).hasSize(2);
    }

    @Test
    void an_insured_clients_massage_the_plan_excludes_moves_to_self_pay_under_the_notice_they_signed() throws Exception {
        long sam = provider(SAM_NPI);
        long client = created("""
                {"firstName": "Theo", "lastName": "Brandt", "birthDate": "1982-11-21", "sex": "M",
                 "address": {"line1": "21 SE Salmon St", "city": "Portland", "state": "OR", "zip": "97214"},
                 "accountNumber": "MOVE-1", "payer": "bcbs-massage-exclusion",
                 "insurance": {"memberId": "RGX000555123", "relationship": "self"}, "therapist": {"id": %d}}"""
                .formatted(sam));
        long visit = TestWorkspace.json(ok(parts.workspace().send("biller", "POST", "/api/v1/patients/" + client + "/visits", """
                {"dateOfService": "2026-11-16", "payer": "bcbs-massage-exclusion", "provider": {"type": "LMT", "npi": "%s"},
                 "diagnoses": [{"code": "M62.830", "regions": ["lumbar"]}],
                 "services": [{"code": "97124", "minutes": 60, "regions": ["lumbar"]}],
                 "documentation": {"clinicalRationale": true, "medicalNecessity": ["tight-muscles"]}}""".formatted(SAM_NPI))))
                .get("id").asLong();
        WebDriver browser = parts.chromium().driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        BrowserSteps steps = signedIn(browser, wait);

        browser.get(parts.workspace().url("/patients/" + client));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("massage-wont-pay")));
        assertThat(browser.findElement(By.id("massage-rules")).getText()).contains("does not reimburse 97124");
        parts.chromium().screenshot("d03-plan-wont-pay");

        // Moving without a signed notice is refused, naming what is missing.
        new Select(browser.findElement(By.name("visit"))).selectByValue(String.valueOf(visit));
        browser.findElement(By.id("move-to-self-pay")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-problems"),
                "signed financial responsibility notice"));
        assertThat(payerOf(visit)).isEqualTo("bcbs-massage-exclusion");

        browser.findElement(By.cssSelector("#notice-details summary")).click();
        new Select(browser.findElement(By.name("reason"))).selectByValue("excluded-service");
        steps.type("services", "97124");
        steps.type("visitId", String.valueOf(visit));
        steps.date("signedOn", "2026-11-16");
        steps.type("signedBy", "Theo Brandt");
        steps.type("estimate", "95.00");
        browser.findElement(By.id("save-notice")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notices")));
        assertThat(browser.findElement(By.id("notices")).getText()).contains("Theo Brandt", "97124");

        new Select(browser.findElement(By.name("visit"))).selectByValue(String.valueOf(visit));
        browser.findElement(By.id("move-to-self-pay")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("visits"), "Self-pay"));
        parts.chromium().screenshot("d04-moved-to-self-pay");
        assertThat(payerOf(visit)).isEqualTo("self-pay");
        JsonNode stored = TestWorkspace.json(ok(parts.workspace().send("biller", "GET", "/api/v1/visits/" + visit, null)));
        assertThat(stored.at("/visit/services/0/code").asText()).as("the coding stays").isEqualTo("97124");
        assertThat(stored.at("/visit/services/0/minutes").asInt()).isEqualTo(60);
    }

    private static long created(String patient) throws Exception {
        return TestWorkspace.json(ok(parts.workspace().send("biller", "POST", "/api/v1/patients", patient))).get("id").asLong();
    }

    private static long provider(String npi) throws Exception {
        for (JsonNode provider : TestWorkspace.json(parts.workspace().send("admin", "GET", "/api/v1/providers", null))
                .get("items")) {
            if (provider.get("npi").asText().equals(npi)) {
                return provider.get("id").asLong();
            }
        }
        throw new AssertionError("no provider " + npi);
    }

    private static JsonNode named(String name) throws Exception {
        return TestWorkspace.json(parts.workspace().send("biller", "GET", "/api/v1/patients?q=" + name, null)).get("items");
    }

    private static String payerOf(long visit) throws Exception {
        return TestWorkspace.json(parts.workspace().send("biller", "GET", "/api/v1/visits/" + visit, null))
                .at("/visit/payer").asText();
    }

    private static java.net.http.HttpResponse<String> ok(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response;
    }
}
