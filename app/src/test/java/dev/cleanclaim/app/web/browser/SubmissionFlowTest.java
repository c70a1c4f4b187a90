package dev.cleanclaim.app.web.browser;

import dev.cleanclaim.app.testing.Ack277;
import dev.cleanclaim.app.testing.BrowserSteps;
import dev.cleanclaim.app.testing.BrowserWorkspace;
import dev.cleanclaim.app.testing.Era835;
import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.ClaimView;
import dev.cleanclaim.app.workspace.StoredVisit;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.UserRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The submission loop in a real Chromium: the biller sends the ready claims, imports the 277CA that rejects one,
 * fixes it and sends it again, then imports the 835 that pays both.
 */
class SubmissionFlowTest {

    @RegisterExtension
    static final BrowserWorkspace parts = new BrowserWorkspace();

    private static final Actor BILLER = new Actor(2, "biller", UserRole.BILLER, Optional.empty(), "127.0.0.1");

    @Test
    void a_biller_sends_ready_claims_fixes_the_one_the_277ca_rejects_sends_it_again_and_posts_the_835(@TempDir Path folder)
            throws Exception {
        ClaimRecord accepted = readyClaim("2026-11-16");
        ClaimRecord rejected = readyClaim("2026-11-17");
        WebDriver browser = parts.chromium().driver();
        browser.manage().deleteAllCookies();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        // A form post replaces the page: a status read from the page before it is replaced is read again.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        BrowserSteps steps = new BrowserSteps(browser, wait);

        browser.get(parts.workspace().url("/submissions"));
        wait.until(ExpectedConditions.urlContains("/login"));
        steps.signIn(parts.workspace(), "biller", TestWorkspace.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ready-claims")));
        assertThat(browser.findElement(By.id("ready-claims")).getText())
                .contains(accepted.patientControlNumber(), rejected.patientControlNumber());
        parts.chromium().screenshot("40-ready-claims");
        browser.findElement(By.id("send-ready-button")).click();
        WebElement sent = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("send-result")));
        assertThat(sent.getText()).contains("Sent", "Interchange");
        assertThat(browser.findElement(By.id("ready-count")).getText()).isEqualTo("0");
        parts.chromium().screenshot("41-claims-sent");

        Path ack = folder.resolve("277ca-20261123.edi");
        Files.writeString(ack, new Ack277().accepted(accepted.patientControlNumber(), "2026327BC00042")
                .rejected(rejected.patientControlNumber()).text(), StandardCharsets.US_ASCII);
        browser.findElement(By.id("ack-file")).sendKeys(ack.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload-ack button[type=submit]")).click();
        WebElement answered = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ack-result")));
        assertThat(answered.getText()).contains("1 accepted, 1 rejected");
        WebElement toFix = browser.findElement(By.id("rejected-claims"));
        assertThat(toFix.getText()).contains(rejected.patientControlNumber(), "A7");
        parts.chromium().screenshot("42-277ca-rejects-one");

        toFix.findElement(By.linkText(rejected.patientControlNumber())).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("claim-status"), "data-status", "rejected"));
        assertThat(browser.findElement(By.id("acknowledgments")).getText()).contains("rejected");
        browser.findElement(By.id("rescrub-button")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("claim-status"), "data-status", "ready"));
        parts.chromium().screenshot("43-rejected-claim-fixed");

        browser.get(parts.workspace().url("/submissions"));
        wait.until(ExpectedConditions.textToBe(By.id("ready-count"), "1"));
        browser.findElement(By.id("send-ready-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("send-result"), "Sent 1 claim(s)"));
        assertThat(browser.findElement(By.id("rejected-count")).getText()).isEqualTo("0");

        Path era = folder.resolve("commercial-20261201.835");
        Files.writeString(era, new Era835("EFT-88001", "2026-12-01")
                .claim(accepted.patientControlNumber(), "1", accepted.totalCharge().toString(), paid(accepted), "97140",
                        accepted.patientControlNumber() + "-1", "CO", "45", "10.00", null)
                .claim(rejected.patientControlNumber(), "1", rejected.totalCharge().toString(), paid(rejected), "97140",
                        rejected.patientControlNumber() + "-1", "CO", "45", "10.00", null)
                .text(), StandardCharsets.US_ASCII);
        browser.get(parts.workspace().url("/remittances"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-835")));
        browser.findElement(By.id("remittance-file")).sendKeys(era.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload-835 button[type=submit]")).click();
        WebElement posted = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-result")));
        assertThat(posted.getText()).contains("2 claim payment(s) posted, 0 waiting");

        browser.get(parts.workspace().url("/claims/" + idOf(accepted)));
        wait.until(ExpectedConditions.attributeToBe(By.id("claim-status"), "data-status", "paid"));
        assertThat(browser.findElement(By.id("claim-links")).getText()).contains("2026327BC00042");
        parts.chromium().screenshot("44-paid-after-the-loop");
    }

    private static String paid(ClaimRecord claim) {
        return claim.totalCharge().minus(Money.parse("10.00")).toString();
    }

    private static long idOf(ClaimRecord claim) {
        return workspace().database().claims().findByControlNumber(claim.patientControlNumber()).orElseThrow().id();
    }

    private static Workspace workspace() {
        return parts.workspace().app().parts().workspace();
    }

    private static ClaimRecord readyClaim(String date) {
        Workspace place = workspace();
        long patientId = place.patients().list(BILLER).stream()
                .filter(patient -> patient.value().payerId().equals(Optional.of("commercial"))).findFirst().orElseThrow().id();
        StoredVisit visit = place.visits().create(BILLER, patientId, """
                {"dateOfService": "%s", "payer": "commercial", "provider": {"type": "DC", "npi": "1000000004"},
                 "diagnoses": [{"code": "M54.50", "regions": ["lumbar"]}],
                 "services": [{"code": "97140", "minutes": 23, "regions": ["lumbar"]}],
                 "documentation": {"referral": true, "clinicalRationale": true}}""".formatted(date));
        ClaimView claim = place.claims().create(BILLER, visit.id());
        assertThat(claim.claim().value().status()).as("findings: %s", visit.claim().findings()).isEqualTo(ClaimStatus.READY);
        return claim.claim().value();
    }
}
