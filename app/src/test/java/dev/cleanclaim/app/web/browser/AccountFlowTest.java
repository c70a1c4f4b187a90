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

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A user's own account in a real Chromium: a new password, then signing in with it. */
class AccountFlowTest {

    private static final String NEW_PASSWORD = "lighthouse keeper in november";

    @RegisterExtension
    static final BrowserWorkspace parts = new BrowserWorkspace();

    @Test
    void a_biller_changes_their_password_and_signs_in_with_the_new_one() {
        WebDriver browser = parts.chromium().driver();
        browser.manage().deleteAllCookies();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        BrowserSteps steps = new BrowserSteps(browser, wait);

        browser.get(parts.workspace().url("/account"));
        wait.until(ExpectedConditions.urlContains("/login"));
        steps.signIn(parts.workspace(), "biller", TestWorkspace.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out-everywhere")));
        browser.findElement(By.id("account-change-password")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("change-password")));
        steps.type("currentPassword", TestWorkspace.PASSWORD);
        steps.type("newPassword", NEW_PASSWORD);
        parts.chromium().screenshot("a01-password-change");
        browser.findElement(By.id("save-password")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-changed")));

        browser.findElement(By.cssSelector("form.sign-out button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        steps.signIn(parts.workspace(), "biller", TestWorkspace.PASSWORD);
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.alert.error"))).getText())
                .as("the old password").contains("Wrong username or password");
        steps.signIn(parts.workspace(), "biller", NEW_PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top")));
        parts.chromium().screenshot("a02-signed-in-with-new-password");
        assertThat(browser.findElement(By.cssSelector("header.top .who")).getText()).contains("biller");
    }
}
