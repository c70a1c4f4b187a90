package dev.cleanclaim.app.web.browser;

import dev.cleanclaim.app.security.Totp;
import dev.cleanclaim.app.testing.BrowserSteps;
import dev.cleanclaim.app.testing.BrowserWorkspace;
import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.store.UserRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Who gets in, in a real Chromium: an admin's authenticator app, and a therapist's refusal in the admin's audit viewer. */
class SecurityFlowTest {

    private static final String OLA_PASSWORD = "orchard ladder at dawn";

    @RegisterExtension
    static final BrowserWorkspace parts = new BrowserWorkspace();

    @Test
    void a_new_admin_sets_up_an_authenticator_app_and_then_signs_in_with_its_code_or_a_recovery_code() {
        TestWorkspace workspace = parts.workspace();
        long ola = workspace.app().parts().users().create(Actor.system(), "ola", OLA_PASSWORD, Optional.of(UserRole.ADMIN),
                Optional.empty()).id();
        WebDriver browser = parts.chromium().driver();
        browser.manage().deleteAllCookies();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        BrowserSteps steps = new BrowserSteps(browser, wait);

        browser.get(workspace.url("/patients"));
        steps.signIn(workspace, "ola", OLA_PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("two-factor-required")));
        assertThat(browser.findElement(By.cssSelector(".qr svg")).getAttribute("aria-label")).contains("QR code");
        parts.chromium().screenshot("s01-second-factor-set-up");
        List<String> recoveryCodes = steps.setUpSecondFactor();
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        parts.chromium().screenshot("s02-recovery-codes");
        browser.findElement(By.id("two-factor-continue")).click();
        wait.until(ExpectedConditions.urlContains("/patients"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top")));

        signOut(browser, wait);
        typePassword(browser, "ola", OLA_PASSWORD);
        steps.enterCode("000000");
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-refused"))).getText()).contains("Wrong code");
        String secret = workspace.app().database().secondFactors().of(ola).secret().orElseThrow();
        // the set-up used this step's code; the app's next one is accepted (a phone's clock a step ahead)
        steps.enterCode(Totp.code(secret, Totp.step(TestWorkspace.CLOCK.instant()) + 1));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top")));
        assertThat(browser.findElement(By.cssSelector("header.top .who")).getText()).contains("ola");
        parts.chromium().screenshot("s03-signed-in-with-code");

        signOut(browser, wait);
        typePassword(browser, "ola", OLA_PASSWORD);
        steps.enterCode(recoveryCodes.get(0));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top")));
        browser.get(workspace.url("/account/two-factor"));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes-left"))).getText()).isEqualTo("9");
        assertThat(workspace.app().database().audit().recent(400)).filteredOn(entry -> entry.user().equals("ola"))
                .extracting(entry -> entry.action() + " " + entry.detail().orElse(""))
                .contains("second-factor-on ", "sign-in-failed wrong second-factor code", "sign-in password and authenticator code",
                        "sign-in password and a recovery code; 9 left");
    }

    @Test
    void a_therapists_refused_request_appears_in_the_admins_audit_viewer() {
        TestWorkspace workspace = parts.workspace();
        WebDriver browser = parts.chromium().driver();
        browser.manage().deleteAllCookies();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        BrowserSteps steps = new BrowserSteps(browser, wait);

        browser.get(workspace.url("/admin/audit"));
        steps.signIn(workspace, "sam", TestWorkspace.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top")));
        assertThat(browser.findElement(By.tagName("main")).getText()).as("the audit log is the admin's").contains("admin");
        assertThat(browser.findElements(By.id("audit-entries"))).isEmpty();

        signOut(browser, wait);
        steps.signIn(workspace, "admin", TestWorkspace.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top")));
        browser.get(workspace.url("/admin/audit"));
        steps.type("user", "sam");
        steps.type("action", "refused");
        browser.findElement(By.id("audit-find")).click();
        wait.until(ExpectedConditions.urlContains("action=refused"));
        List<WebElement> rows = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("#audit-entries tbody tr")));
        parts.chromium().screenshot("s04-refusal-in-audit-viewer");
        assertThat(rows).extracting(WebElement::getText).anySatisfy(row ->
                assertThat(row).contains("sam").contains("refused").contains("403 GET /admin/audit"));
    }

    private static void typePassword(WebDriver browser, String username, String password) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
    }

    private static void signOut(WebDriver browser, WebDriverWait wait) {
        browser.findElement(By.cssSelector("form.sign-out button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }
}
