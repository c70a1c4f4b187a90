package dev.cleanclaim.app.web.browser;

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
 * A client's money in a real Chromium: a session paid by HSA card (only its last four digits kept), a test payment
 * voided and kept struck through, and the revenue and patient balance reports counting the cash.
 */
class PatientMoneyFlowTest {

    @RegisterExtension
    static final BrowserWorkspace parts = new BrowserWorkspace();

    @Test
    void an_hsa_card_payment_is_recorded_a_test_payment_voided_and_the_reports_show_the_cash() {
        WebDriver browser = parts.chromium().driver();
        browser.manage().deleteAllCookies();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        BrowserSteps steps = new BrowserSteps(browser, wait);

        browser.get(parts.workspace().url("/patients"));
        wait.until(ExpectedConditions.urlContains("/login"));
        steps.signIn(parts.workspace(), "biller", TestWorkspace.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href^='/patients/']")));
        String patient = browser.findElements(By.cssSelector("a[href^='/patients/']")).stream()
                .map(link -> link.getAttribute("href")).filter(href -> href.matches(".*/patients/\\d+")).findFirst()
                .orElseThrow();
        browser.get(patient + "/account");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-payment")));

        pay(steps, browser, wait, "95.00", "hsa", "4242");
        assertThat(browser.findElement(By.id("patient-payments")).getText()).contains("HSA card", "…4242", "$95.00");
        pay(steps, browser, wait, "10.00", "cash", "");
        parts.chromium().screenshot("m01-hsa-and-test-payment");

        Select payment = new Select(browser.findElement(By.name("voidPaymentId")));
        payment.selectByVisibleText(payment.getOptions().stream().map(option -> option.getText())
                .filter(text -> text.contains("Cash $10.00")).findFirst().orElseThrow());
        steps.type("voidReason", "a test payment");
        browser.findElement(By.cssSelector("#void-payment button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#patient-payments tr.voided")));
        assertThat(browser.findElement(By.cssSelector("#patient-payments tr.voided")).getText())
                .contains("$10.00", "Voided", "a test payment");
        parts.chromium().screenshot("m02-payment-voided");

        browser.get(parts.workspace().url("/reports/revenue"));
        String paidByPatients = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("revenue-patients"))).getText();
        assertThat(paidByPatients).contains("HSA card", "$95.00");
        parts.chromium().screenshot("m03-revenue-with-patient-payments");

        browser.get(parts.workspace().url("/reports/patient-aging"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("patient-aging-table")));
        parts.chromium().screenshot("m04-patient-aging");
        assertThat(browser.findElement(By.id("patient-aging-table")).getText()).contains("All patients");
    }

    private static void pay(BrowserSteps steps, WebDriver browser, WebDriverWait wait, String amount, String method,
                            String lastFour) {
        steps.date("receivedOn", "2026-11-23");
        steps.type("amount", amount);
        new Select(browser.findElement(By.name("method"))).selectByValue(method);
        if (!lastFour.isEmpty()) {
            steps.type("cardLastFour", lastFour);
        }
        browser.findElement(By.cssSelector("#record-payment button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("patient-payments")));
        wait.until(driver -> driver.findElement(By.id("patient-payments")).getText().contains("$" + amount));
    }
}
