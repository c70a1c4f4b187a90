package dev.cleanclaim.app.web.browser;

import dev.cleanclaim.app.testing.BrowserSteps;
import dev.cleanclaim.app.testing.BrowserWorkspace;
import dev.cleanclaim.app.testing.Era835;
import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.ClaimView;
import dev.cleanclaim.app.workspace.StoredVisit;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.Stored;
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
 * The remittance flow in a real Chromium: the biller uploads the payer's 835, sees the denial on the claim in words,
 * and follows it to the rule that should have caught it.
 */
class RemittanceFlowTest {

    @RegisterExtension
    static final BrowserWorkspace parts = new BrowserWorkspace();

    @Test
    void a_biller_uploads_an_835_sees_the_denial_and_the_rule_that_explains_it(@TempDir Path folder) throws Exception {
        Stored<ClaimRecord> claim = submittedClaim();
        String pcn = claim.value().patientControlNumber();
        Path era = folder.resolve("bcbs-20261120.835");
        Files.writeString(era, new Era835("EFT-77120", "2026-11-20")
                .claim(pcn, "4", claim.value().totalCharge().toString(), "0.00", "97140", pcn + "-1", "CO", "97",
                        claim.value().totalCharge().toString(), "M15")
                .text(), StandardCharsets.US_ASCII);
        WebDriver browser = parts.chromium().driver();
        browser.manage().deleteAllCookies();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

        browser.get(parts.workspace().url("/remittances"));
        wait.until(ExpectedConditions.urlContains("/login"));
        new BrowserSteps(browser, wait).signIn(parts.workspace(), "biller", TestWorkspace.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-835")));
        browser.findElement(By.id("remittance-file")).sendKeys(era.toAbsolutePath().toString());
        parts.chromium().screenshot("20-remittance-upload");
        browser.findElement(By.cssSelector("#upload-835 button[type=submit]")).click();

        WebElement result = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-result")));
        assertThat(result.getText()).contains("bcbs-20261120.835", "EFT-77120", "1 claim payment(s) posted, 0 waiting");
        parts.chromium().screenshot("21-remittance-imported");
        result.findElement(By.partialLinkText("EFT-77120")).click();
        WebElement payment = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.payment")));
        payment.findElement(By.linkText(pcn)).click();

        WebElement denial = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-denial='CO-97']")));
        assertThat(browser.findElement(By.id("claim-status")).getAttribute("data-status")).isEqualTo("denied");
        assertThat(denial.getText()).contains("97140", "included in the payment/allowance for another service",
                "M15", "bundled", "ncci.ptp");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", denial);
        parts.chromium().screenshot("22-claim-denial-explained");
        denial.findElement(By.cssSelector("a.rule-link[data-rule='ncci.ptp']")).click();

        WebElement rule = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rule-ncci.ptp")));
        assertThat(browser.getCurrentUrl()).endsWith("/rules#rule-ncci.ptp");
        assertThat(rule.getText()).contains("ncci.ptp");
        parts.chromium().screenshot("23-rule-that-explains-it");
    }

    /** A chiropractic visit with manual therapy to the low back, billed and sent: what the payer then denies. */
    private static Stored<ClaimRecord> submittedClaim() {
        Workspace place = parts.workspace().app().parts().workspace();
        Actor biller = new Actor(2, "biller", UserRole.BILLER, Optional.empty(), "127.0.0.1");
        long patientId = place.patients().list(biller).get(0).id();
        StoredVisit visit = place.visits().create(biller, patientId, """
                {"dateOfService": "2026-11-18", "payer": "commercial", "provider": {"type": "DC", "npi": "1000000004"},
                 "diagnoses": [{"code": "M54.50", "regions": ["lumbar"]}],
                 "services": [{"code": "97140", "minutes": 23, "regions": ["lumbar"]}],
                 "documentation": {"referral": true, "clinicalRationale": true}}""");
        ClaimView claim = place.claims().create(biller, visit.id());
        assertThat(claim.claim().value().status()).as("findings: %s", visit.claim().findings()).isEqualTo(ClaimStatus.READY);
        return place.claims().move(biller, claim.claim().id(), claim.claim().version(), ClaimStatus.SUBMITTED,
                Optional.of("sent")).claim();
    }
}
