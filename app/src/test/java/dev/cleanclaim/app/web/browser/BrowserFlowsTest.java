package dev.cleanclaim.app.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.app.testing.BrowserSteps;
import dev.cleanclaim.app.testing.BrowserWorkspace;
import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.store.AuditEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app's main flows in a real Chromium against a real server on a random port: a biller bills a chiropractic
 * visit from a new patient to the CMS-1500, a therapist is refused another therapist's patient, and a form without
 * its CSRF token is refused. Screenshots of each step are kept under target/screenshots.
 */
class BrowserFlowsTest {

    @RegisterExtension
    static final BrowserWorkspace parts = new BrowserWorkspace();

    private WebDriver browser;
    private WebDriverWait wait;
    private BrowserSteps steps;

    @BeforeEach
    void freshBrowser() {
        browser = parts.chromium().driver();
        browser.manage().deleteAllCookies();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        steps = new BrowserSteps(browser, wait);
    }

    @Test
    void a_biller_bills_a_chiropractic_visit_from_a_new_patient_to_the_cms1500_after_applying_the_region_fix() throws Exception {
        signIn("biller");
        parts.chromium().screenshot("01-dashboard");
        assertThat(browser.findElements(By.cssSelector("#claims-by-status .tile"))).hasSize(dev.cleanclaim.core.lifecycle.ClaimStatus.values().length);

        browser.findElement(By.linkText("New patient")).click();
        steps.type("firstName", "Rosa");
        steps.type("lastName", "Delgado");
        steps.date("birthDate", "1984-03-14");
        new Select(browser.findElement(By.id("f-sex"))).selectByValue("F");
        steps.type("accountNumber", "SEL-2001");
        steps.type("address.line1", "77 SE Division St");
        steps.type("address.city", "Portland");
        steps.type("address.state", "OR");
        steps.type("address.zip", "97202");
        new Select(browser.findElement(By.id("f-payer"))).selectByValue("commercial");
        steps.type("insurance.memberId", "XYZ000199001");
        steps.type("insurance.groupNumber", "GRP-901");
        new Select(browser.findElement(By.id("f-therapist-id"))).selectByVisibleText("Dana Reyes, DC");
        parts.chromium().screenshot("02-new-patient");
        browser.findElement(By.id("save-patient")).click();
        wait.until(ExpectedConditions.textToBe(By.id("patient-name"), "Delgado, Rosa"));

        browser.findElement(By.id("new-visit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("visit-editor")));
        steps.type("services[0].code", "98941");
        region("services[0].regions", "cervical");
        region("services[0].regions", "thoracic");
        region("services[0].regions", "lumbar");
        addRow("add-service", "services[1].code");
        steps.type("services[1].code", "97140");
        steps.type("services[1].minutes", "15");
        steps.type("services[1].technique", "joint mobilization");
        region("services[1].regions", "left-shoulder");
        diagnosis(0, "M99.01", "cervical");
        addRow("add-diagnosis", "diagnoses[1].code");
        diagnosis(1, "M99.02", "thoracic");
        addRow("add-diagnosis", "diagnoses[2].code");
        diagnosis(2, "M99.03", "lumbar");
        check("documentation.clinicalRationale", "true");
        check("documentation.activeTreatment", "true");
        check("documentation.medicalNecessity", "restricted-joint-motion");

        By regionError = By.cssSelector("#scrub-result .finding[data-rule='cmt.region'][data-severity='error']");
        wait.until(ExpectedConditions.presenceOfElementLocated(regionError));
        parts.chromium().screenshot("03-visit-with-cmt-region-finding");
        // A live scrub answering the last ticks swaps the findings: the fix is found and clicked on the page as it
        // stands once no scrub is in flight, and again on the new findings if one swapped them meanwhile.
        steps.settled(() -> {
            Optional<WebElement> fix = browser.findElements(regionError).stream()
                    .flatMap(finding -> finding.findElements(By.cssSelector(".apply-remedy")).stream())
                    .filter(button -> button.getText().contains("M25.512")).findFirst();
            fix.ifPresent(WebElement::click);
            return fix.isPresent();
        });
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("applied")));
        wait.until(ExpectedConditions.numberOfElementsToBe(regionError, 0));
        assertThat(browser.findElement(By.id("scrub-state")).getAttribute("data-state")).isEqualTo("clean");
        // with the shoulder diagnosed, 97140 is a separate region and the engine marks it distinct (XS)
        assertThat(browser.findElement(By.cssSelector("#scrub-result tr[data-code='97140']")).getText()).contains("XS");
        assertThat(browser.findElements(By.cssSelector("input[name^='diagnoses'][name$='.code']")).stream()
                .map(input -> input.getAttribute("value")).toList()).contains("M25.512");
        parts.chromium().screenshot("04-visit-after-fix");
        browser.manage().window().setSize(new Dimension(820, 1180));
        parts.chromium().screenshot("04-visit-on-a-tablet");
        browser.manage().window().setSize(new Dimension(1280, 900));

        // Saved once no live scrub is in flight, so the form posted is the one the clean scrub above was made from.
        steps.settled(() -> {
            browser.findElement(By.id("save-visit")).click();
            return true;
        });
        wait.until(ExpectedConditions.elementToBeClickable(By.id("create-claim"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim-status")));
        assertThat(browser.findElement(By.id("claim-status")).getAttribute("data-status"))
                .as(() -> "the claim page says: " + browser.findElement(By.tagName("main")).getText()).isEqualTo("ready");
        parts.chromium().screenshot("05-claim");

        browser.findElement(By.id("download-cms1500")).click();
        Path pdf = parts.chromium().awaitDownload(".pdf", Duration.ofSeconds(20)).orElseThrow(() ->
                new AssertionError("no CMS-1500 downloaded"));
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void a_therapist_is_refused_another_therapists_patient_and_the_refusal_is_audited() throws Exception {
        long danasPatient = firstPatientOf("dana");
        signIn("sam");
        browser.get(parts.workspace().url("/patients/" + danasPatient));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Not yours to see");
        assertThat(browser.findElement(By.cssSelector(".problem")).getAttribute("data-status")).isEqualTo("403");
        parts.chromium().screenshot("06-therapist-refused");
        List<AuditEntry> recent = parts.workspace().app().database().audit().recent(20);
        assertThat(recent).anySatisfy(entry -> {
            assertThat(entry.user()).isEqualTo("sam");
            assertThat(entry.action()).isEqualTo("denied");
            assertThat(entry.entityId()).contains(String.valueOf(danasPatient));
        });
        browser.get(parts.workspace().url("/patients"));
        assertThat(browser.findElements(By.cssSelector("a[href='/patients/" + danasPatient + "']"))).isEmpty();

        browser.findElement(By.linkText("Rules")).click();
        WebElement code = browser.findElement(By.id("code"));
        code.sendKeys("97140");
        code.submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-result")));
        assertThat(browser.findElement(By.id("ptp-edits")).getText()).contains("97124");
        parts.chromium().screenshot("08-rule-browser");
    }

    @Test
    void a_form_without_its_csrf_token_is_refused_and_nothing_is_saved() throws Exception {
        signIn("biller");
        browser.get(parts.workspace().url("/patients/new"));
        steps.type("firstName", "Forged");
        steps.type("lastName", "Request");
        steps.date("birthDate", "1970-01-01");
        new Select(browser.findElement(By.id("f-sex"))).selectByValue("M");
        steps.type("accountNumber", "SEL-CSRF");
        steps.type("address.line1", "1 Main St");
        steps.type("address.city", "Portland");
        steps.type("address.state", "OR");
        steps.type("address.zip", "97201");
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('#patient-form input[name=_csrf]').remove()");
        browser.findElement(By.id("save-patient")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".problem")));
        assertThat(browser.findElement(By.cssSelector(".problem")).getAttribute("data-status")).isEqualTo("403");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Form refused");
        parts.chromium().screenshot("07-csrf-refused");
        JsonNode found = TestWorkspace.json(parts.workspace().send("biller", "GET", "/api/v1/patients?q=SEL-CSRF", null));
        assertThat(found.get("items")).isEmpty();
    }

    private void signIn(String username) {
        browser.get(parts.workspace().url("/"));
        wait.until(ExpectedConditions.urlContains("/login"));
        steps.signIn(parts.workspace(), username, TestWorkspace.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top")));
    }

    private long firstPatientOf(String therapist) throws Exception {
        JsonNode patients = TestWorkspace.json(parts.workspace().send(therapist, "GET", "/api/v1/patients", null));
        return patients.get("items").get(0).get("id").asLong();
    }

    /** Regions are chips: the person clicks the label, as the checkbox itself is drawn as the chip. */
    private void region(String field, String region) {
        By chip = By.cssSelector("input[name='" + field + "'][value='" + region + "']");
        steps.settled(() -> {
            WebElement checkbox = browser.findElement(chip);
            if (!checkbox.isSelected()) {
                checkbox.findElement(By.xpath("./..")).click();
            }
            return browser.findElement(chip).isSelected();
        });
    }

    private void check(String field, String value) {
        By box = By.cssSelector("input[name='" + field + "'][value='" + value + "']");
        steps.settled(() -> {
            WebElement checkbox = browser.findElement(box);
            if (!checkbox.isSelected()) {
                checkbox.click();
            }
            return browser.findElement(box).isSelected();
        });
    }

    private void diagnosis(int row, String code, String region) {
        steps.type("diagnoses[" + row + "].code", code);
        region("diagnoses[" + row + "].regions", region);
    }

    /** "Add a service" swaps the whole form for one with another row; wait for the row before typing in it. */
    private void addRow(String button, String newField) {
        steps.settled(() -> {
            browser.findElement(By.id(button)).click();
            return true;
        });
        steps.settled(() -> !browser.findElements(By.name(newField)).isEmpty());
    }
}
