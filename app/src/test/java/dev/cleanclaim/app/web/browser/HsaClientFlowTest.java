package dev.cleanclaim.app.web.browser;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.testing.BrowserSteps;
import dev.cleanclaim.app.testing.BrowserWorkspace;
import dev.cleanclaim.app.testing.TestWorkspace;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A licensed massage therapist's HSA client in a real Chromium, as the acceptance walks it: a new client with
 * no insurance, a 60-minute massage priced as a session, paid by HSA card, then the superbill and the letter of
 * medical necessity downloaded from the client's pages (the PDFs fetched with the browser's own session).
 */
class HsaClientFlowTest {

    @RegisterExtension
    static final BrowserWorkspace parts = new BrowserWorkspace();

    @Test
    void a_massage_therapist_bills_an_hsa_clients_session_and_downloads_the_superbill_and_the_letter_of_medical_necessity() throws Exception {
        sessionPrice();
        WebDriver browser = parts.chromium().driver();
        browser.manage().deleteAllCookies();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        BrowserSteps steps = new BrowserSteps(browser, wait);
        browser.get(parts.workspace().url("/"));
        wait.until(ExpectedConditions.urlContains("/login"));
        steps.signIn(parts.workspace(), "sam", TestWorkspace.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top")));

        // a new HSA client: no insurance
        browser.findElement(By.linkText("New patient")).click();
        steps.type("firstName", "June");
        steps.type("lastName", "Okafor");
        steps.date("birthDate", "1988-08-08");
        new Select(browser.findElement(By.id("f-sex"))).selectByValue("F");
        steps.type("accountNumber", "HSA-3001");
        steps.type("address.line1", "3100 SE Belmont St");
        steps.type("address.city", "Portland");
        steps.type("address.state", "OR");
        steps.type("address.zip", "97214-2201");
        new Select(browser.findElement(By.id("f-payer"))).selectByValue("");
        browser.findElement(By.id("save-patient")).click();
        wait.until(ExpectedConditions.textToBe(By.id("patient-name"), "Okafor, June"));
        assertThat(browser.findElement(By.id("insurance")).getText()).contains("Self-pay")
                .doesNotContain("Member id", "subscriber");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Portland, OR 97214-2201");
        String clientPage = browser.getCurrentUrl();
        parts.chromium().screenshot("h01-hsa-client");

        // a 60-minute massage, priced as the practice's session
        browser.findElement(By.id("new-visit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("visit-editor")));
        assertThat(browser.findElements(By.cssSelector("input[name$='.assistant']"))).as("no PTA box for an LMT").isEmpty();
        assertThat(browser.findElements(By.name("documentation.abn"))).as("no Medicare ABN box").isEmpty();
        assertThat(browser.findElements(By.name("documentation.therapyAmountYearToDate"))).as("no Medicare KX box").isEmpty();
        steps.date("dateOfService", "2026-11-20");
        steps.type("services[0].code", "97124");
        steps.type("services[0].minutes", "60");
        region(steps, browser, "services[0].regions", "lumbar");
        steps.type("diagnoses[0].code", "M62.830");
        region(steps, browser, "diagnoses[0].regions", "lumbar");
        By sessionFinding = By.cssSelector("#scrub-result .finding[data-rule='charge.session']");
        wait.until(ExpectedConditions.presenceOfElementLocated(sessionFinding));
        steps.awaitSettled();
        assertThat(browser.findElement(By.cssSelector("#scrub-result tr[data-code='97124']")).getText()).contains("95.00");
        parts.chromium().screenshot("h02-session-priced");
        steps.settled(() -> {
            browser.findElement(By.id("save-visit")).click();
            return true;
        });
        wait.until(ExpectedConditions.elementToBeClickable(By.id("create-claim"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim-status")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("the client (self-pay)", "$95.00");
        parts.chromium().screenshot("h03-receipt");

        // paid at the desk by HSA card
        browser.get(clientPage);
        browser.findElement(By.id("patient-account")).click();
        steps.date("receivedOn", "2026-11-20");
        steps.type("amount", "95.00");
        new Select(browser.findElement(By.id("f-method"))).selectByValue("hsa");
        steps.type("reference", "card ending 4242");
        browser.findElement(By.cssSelector("form[action$='/payments'] button[type='submit']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("balance"), "$0.00"));

        // the letter of medical necessity, typed from the physician's and kept with the client
        browser.get(clientPage);
        browser.findElement(By.id("patient-papers")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("letter-form")));
        steps.type("physician.firstName", "Maria");
        steps.type("physician.lastName", "Lopez");
        steps.type("physician.credential", "MD");
        steps.type("physician.npi", "1558598797");
        steps.type("physician.address.line1", "410 NW 18th Ave");
        steps.type("physician.address.city", "Portland");
        steps.type("physician.address.state", "OR");
        steps.type("physician.address.zip", "97209-1234");
        steps.type("physician.phone", "(503) 555-0142");
        steps.type("condition", "Chronic low back pain with muscle spasm");
        steps.type("diagnoses", "M62.830 M54.50");
        steps.type("frequency", "once a week");
        steps.type("duration", "12 weeks");
        parts.chromium().screenshot("h04-letter-form");
        browser.findElement(By.id("save-letter")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("letters-table")));

        browser.get(clientPage);
        WebElement letters = browser.findElement(By.id("necessity-letters"));
        assertThat(letters.getText()).contains("Maria Lopez, MD", "2026-11-23 to 2027-11-22");
        assertThat(letters.findElement(By.cssSelector("span.status")).getAttribute("class")).contains("status-ready");
        assertThat(letters.findElement(By.cssSelector("span.status")).getAttribute("textContent")).isEqualTo("valid");
        assertThat(browser.findElement(By.cssSelector("#visits span.status")).getAttribute("textContent"))
                .as("a self-pay receipt is the client's charge, not ready to send").isEqualTo("self-pay");
        parts.chromium().screenshot("h05-client-with-letter");
        String letter = text(fetch(browser, letters.findElement(By.cssSelector("a.letter-pdf")).getAttribute("href")));
        assertThat(letter).contains("Letter of medical necessity", "Physician's copy", "Client's copy", "June Okafor",
                "Maria Lopez, MD", "NPI 1558598797", "(503) 555-0142", "Chronic low back pain with muscle spasm",
                "M62.830", "M54.50", "once a week, for 12 weeks", "Publication 502", "Physician's signature");

        // the superbill for the month, from the client's papers page
        browser.findElement(By.id("patient-papers")).click();
        steps.date("from", "2026-11-01");
        steps.date("through", "2026-11-23");
        String superbillUrl = browser.findElement(By.id("papers-superbill")).getAttribute("action") + "?from=2026-11-01&through=2026-11-23";
        String superbill = text(fetch(browser, superbillUrl));
        assertThat(superbill).contains("Superbill and receipt", "Practice NPI", "Tax id", "Sam Ortiz, LMT",
                "Licence OR-LMT-20931", "June Okafor", "3100 SE Belmont St, Portland, OR 97214-2201", "11/20/2026", "97124",
                "M62.830", "$95.00", "HSA card, card ending 4242", "Balance due", "$0.00", "(503) 555-0100", "97201-1234",
                "Provider signature");
    }

    /** The practice prices a 60-minute massage at $95 (an admin's change, made here through the API). */
    private static void sessionPrice() throws Exception {
        ObjectNode fees = (ObjectNode) TestWorkspace.json(parts.workspace().send("admin", "GET", "/api/v1/fee-schedule", null));
        fees.withArray("sessionPrices").addObject().put("code", "97124").put("minutes", 60).put("price", "95.00");
        HttpResponse<String> saved = parts.workspace().send("admin", "PUT", "/api/v1/fee-schedule", fees.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    private static void region(BrowserSteps steps, WebDriver browser, String field, String region) {
        By chip = By.cssSelector("input[name='" + field + "'][value='" + region + "']");
        steps.settled(() -> {
            WebElement checkbox = browser.findElement(chip);
            if (!checkbox.isSelected()) {
                checkbox.findElement(By.xpath("./..")).click();
            }
            return browser.findElement(chip).isSelected();
        });
    }

    /** The link's bytes, fetched with the browser's own session cookie, as the download would be. */
    private static byte[] fetch(WebDriver browser, String url) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/pdf"));
        assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        return response.body();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
