package dev.cleanclaim.app.web.browser;

import dev.cleanclaim.app.testing.BrowserSteps;
import dev.cleanclaim.app.testing.Chromium;
import dev.cleanclaim.app.testing.TempFolders;
import dev.cleanclaim.app.testing.TestWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practice's first day in a real Chromium: on a new workspace (no demo, no admin password in the environment) the
 * admin completes the set-up with the one-time code, adds a physical therapist and Aetna from the starter directory,
 * and makes the therapist a user; the therapist then adds a patient insured by Aetna and bills a first visit.
 * Screenshots of each step are kept under target/screenshots.
 */
class PracticeSetupFlowTest {

    private static final String ADMIN_PASSWORD = "a practice of our own";
    private static final String THERAPIST_PASSWORD = "river stones and green tea";

    private static Chromium chromium;
    private static Path folder;
    private static TestWorkspace workspace;

    private WebDriver browser;
    private WebDriverWait wait;
    private BrowserSteps steps;

    @BeforeAll
    static void start() throws Exception {
        chromium = Chromium.startOrSkip();
        folder = Files.createTempDirectory("cleanclaim-first-run");
        workspace = TestWorkspace.freshPractice(folder);
    }

    @AfterAll
    static void stop() throws Exception {
        try (TestWorkspace closingWorkspace = workspace; Chromium closingChromium = chromium) {
            workspace = null;
            chromium = null;
        }
        if (folder != null) {
            TempFolders.delete(folder);
        }
    }

    @Test
    void an_admin_sets_up_a_new_practice_with_a_provider_and_a_payer_and_its_therapist_bills_a_first_visit() throws Exception {
        browser = chromium.driver();
        browser.manage().deleteAllCookies();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        steps = new BrowserSteps(browser, wait);

        browser.get(workspace.url("/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("setup")));
        steps.type("setupCode", Files.readString(folder.resolve("setup-code.txt")).trim());
        steps.type("username", "owner");
        steps.type("password", ADMIN_PASSWORD);
        steps.type("passwordConfirm", ADMIN_PASSWORD);
        steps.type("billingProvider.name", "Harbor Physical Therapy LLC");
        steps.type("billingProvider.npi", "1743100541");
        steps.type("billingProvider.taxId", "93-1234567");
        steps.type("billingProvider.taxonomy", "225100000X");
        steps.type("billingProvider.phone", "5035550142");
        steps.type("billingProvider.address.line1", "410 NE Broadway");
        steps.type("billingProvider.address.city", "Portland");
        steps.type("billingProvider.address.state", "OR");
        steps.type("billingProvider.address.zip", "97232-1234");
        chromium.screenshot("p01-setup");
        browser.findElement(By.id("complete-setup")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("two-factor-required")));
        chromium.screenshot("p01b-second-factor");
        assertThat(steps.setUpSecondFactor()).as("ten recovery codes, shown once").hasSize(10).doesNotHaveDuplicates();
        browser.findElement(By.id("two-factor-continue")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("set-up-done")));
        assertThat(browser.findElement(By.id("readiness")).getText()).contains("rendering provider").contains("insurer");
        chromium.screenshot("p02-practice-readiness");
        steps.type("submitter.name", "Harbor Physical Therapy LLC");
        steps.type("submitter.id", "HPT7731");
        steps.type("submitter.contactName", "Jo Harbor");
        steps.type("submitter.contactPhone", "5035550142");
        steps.type("receiver.name", "OFFICE ALLY");
        steps.type("receiver.id", "330897513");
        browser.findElement(By.id("save-practice")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("practice-saved")));
        assertThat(browser.findElement(By.id("readiness")).getText()).doesNotContain("clearinghouse");

        browser.findElement(By.linkText("Providers")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("provider")));
        steps.type("firstName", "Ada");
        steps.type("lastName", "Moss");
        new Select(browser.findElement(By.id("f-type"))).selectByValue("PT");
        steps.type("npi", "1558598797");
        steps.type("taxonomy", "225100000X");
        steps.type("license", "PT-12345");
        steps.type("licenseState", "OR");
        browser.findElement(By.id("save-provider")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-provider='1558598797']")));
        chromium.screenshot("p03-provider-added");

        browser.findElement(By.linkText("Payers")).click();
        WebElement starter = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("starter")));
        new Select(browser.findElement(By.id("f-starter"))).selectByValue("aetna");
        browser.findElement(By.id("use-starter")).click();
        // "Fill in" loads the payers page again: its form is read once the old page is gone, not while it goes
        steps.awaitLeft(starter);
        wait.until(ExpectedConditions.attributeToBe(By.id("f-payerId"), "value", "60054"));
        assertThat(new Select(browser.findElement(By.id("f-pack"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("commercial");
        chromium.screenshot("p04-payer-from-starter");
        browser.findElement(By.id("save-payer")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-payer='aetna']")));

        browser.get(workspace.url("/admin/users"));
        steps.type("username", "ada");
        new Select(browser.findElement(By.id("f-role"))).selectByValue("therapist");
        new Select(browser.findElement(By.id("f-provider"))).selectByVisibleText("Ada Moss, PT");
        steps.type("password", THERAPIST_PASSWORD);
        browser.findElement(By.id("create-user")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-created")));
        browser.findElement(By.cssSelector("form.sign-out button")).click();
        wait.until(ExpectedConditions.urlContains("/login"));

        steps.signIn(workspace, "ada", THERAPIST_PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top")));
        assertThat(browser.findElements(By.linkText("Practice"))).as("the practice is the admin's").isEmpty();

        browser.get(workspace.url("/patients/new"));
        steps.type("firstName", "Noor");
        steps.type("lastName", "Haddad");
        steps.date("birthDate", "1979-06-02");
        new Select(browser.findElement(By.id("f-sex"))).selectByValue("F");
        steps.type("accountNumber", "HPT-0001");
        steps.type("address.line1", "12 NE Sandy Blvd");
        steps.type("address.city", "Portland");
        steps.type("address.state", "OR");
        steps.type("address.zip", "97232");
        new Select(browser.findElement(By.id("f-payer"))).selectByValue("aetna");
        steps.type("insurance.memberId", "W123456789");
        chromium.screenshot("p05-therapist-new-patient");
        browser.findElement(By.id("save-patient")).click();
        wait.until(ExpectedConditions.textToBe(By.id("patient-name"), "Haddad, Noor"));

        browser.findElement(By.id("new-visit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("visit-editor")));
        steps.type("services[0].code", "97140");
        steps.type("services[0].minutes", "15");
        steps.type("diagnoses[0].code", "M54.50");
        steps.settled(() -> !browser.findElement(By.id("scrub-state")).getAttribute("data-state").isEmpty());
        chromium.screenshot("p06-first-visit");
        steps.settled(() -> {
            browser.findElement(By.id("save-visit")).click();
            return true;
        });
        wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("create-claim")),
                ExpectedConditions.presenceOfElementLocated(By.id("form-problems"))));
        assertThat(browser.findElements(By.id("form-problems"))).as(() -> "the visit was refused: "
                + browser.findElement(By.tagName("main")).getText()).isEmpty();
        chromium.screenshot("p07-visit-saved");
        browser.findElement(By.id("create-claim")).click();
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim-status")));
        } catch (org.openqa.selenium.TimeoutException noClaim) {
            chromium.screenshot("p08-no-claim");
            throw new AssertionError("no claim at " + browser.getCurrentUrl() + ": " + browser.findElement(By.tagName("body")).getText(), noClaim);
        }
        chromium.screenshot("p08-first-claim");

        String status = browser.findElement(By.id("claim-status")).getAttribute("data-status");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(status).as(() -> "the claim page says: " + page).isIn("ready", "scrubbed");
        if (status.equals("scrubbed")) {
            assertThat(browser.findElements(By.cssSelector(".finding"))).as("a held claim says why").isNotEmpty();
        }
        assertThat(page).contains("Aetna");
    }
}
