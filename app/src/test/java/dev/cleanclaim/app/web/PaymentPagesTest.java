package dev.cleanclaim.app.web;

import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.app.testing.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The remittance, claim payment and patient account pages over HTTP, on the demo practice's posted remittance. */
class PaymentPagesTest {

    private static TestWorkspace workspace;
    private static WebSession biller;

    @BeforeAll
    static void start() throws Exception {
        workspace = TestWorkspace.onH2();
        biller = WebSession.signIn(workspace, "biller");
    }

    @AfterAll
    static void stop() {
        workspace.close();
    }

    @Test
    void the_demo_remittance_is_listed_and_opens_claim_by_claim_with_its_balance() throws Exception {
        HttpResponse<String> list = biller.get("/remittances");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"upload-835\"", "enctype=\"multipart/form-data\"", "DEMO-2026-11-23");

        HttpResponse<String> detail = biller.get(first(list.body(), "href=\"(/remittances/\\d+)\""));
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("DEMO CLEARINGHOUSE PAYERS", "balances", "processed as primary", "denied",
                "CO-45", "Charge exceeds fee schedule");
    }

    @Test
    void a_denied_claim_shows_the_denial_in_words_and_the_rule_that_should_have_caught_it() throws Exception {
        String claims = biller.get("/claims?status=denied").body();
        HttpResponse<String> claim = biller.get(first(claims, "href=\"(/claims/\\d+)\""));

        assertThat(claim.body()).contains("id=\"payments\"", "CO-50", "not deemed a 'medical necessity'",
                "N115", "href=\"/rules#rule-doc.medical-necessity\"", "class=\"denial verdict-");
        assertThat(biller.get("/rules").body()).contains("id=\"rule-doc.medical-necessity\"");
    }

    @Test
    void a_therapist_is_refused_the_remittances_that_name_other_therapists_patients() throws Exception {
        WebSession therapist = WebSession.signIn(workspace, "dana");

        assertThat(therapist.get("/remittances").statusCode()).isEqualTo(403);
        assertThat(therapist.get("/").body()).doesNotContain("href=\"/remittances\"");
    }

    @Test
    void an_upload_under_a_stored_trace_with_another_amount_is_a_conflict_shown_on_the_form_and_posts_nothing() throws Exception {
        byte[] original = fixture("unmatched-claim.835");
        String text = new String(original, StandardCharsets.US_ASCII);
        String bpr = text.substring(text.indexOf("BPR*"), text.indexOf('~', text.indexOf("BPR*")));
        String changed = text.replace(bpr, bpr.replaceFirst("\\*" + Pattern.quote(bpr.split("\\*")[2]) + "\\*",
                "*999.99*"));

        HttpResponse<String> first = biller.upload("/remittances", "file", "first.835", original);
        HttpResponse<String> conflict = biller.upload("/remittances", "file", "same-trace.835",
                changed.getBytes(StandardCharsets.US_ASCII));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("0012349001", "999.99", "75.00", "first.835");
        assertThat(biller.get("/remittances").body()).contains("first.835").doesNotContain("same-trace.835");
    }

    private static byte[] fixture(String name) throws Exception {
        try (java.io.InputStream in = PaymentPagesTest.class.getResourceAsStream("/dev/cleanclaim/x12/remit/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void the_queue_says_when_nothing_waits() throws Exception {
        HttpResponse<String> queue = biller.get("/remittances/queue");

        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("id=\"queue-empty\"");
    }

    @Test
    void a_patient_payment_is_recorded_and_a_bad_one_comes_back_with_the_typing_and_the_problem() throws Exception {
        String patient = first(biller.get("/patients").body(), "href=\"(/patients/\\d+)\"");

        HttpResponse<String> refused = biller.submit(patient + "/payments", "receivedOn", "2026-11-22", "amount", "12.345",
                "method", "check", "reference", "check 881");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("value=\"check 881\"", "id=\"f-amount-error\"", "12.345");

        HttpResponse<String> recorded = biller.submit(patient + "/payments", "receivedOn", "2026-11-22", "amount", "25.00",
                "method", "check", "reference", "check 881");
        assertThat(recorded.statusCode()).isEqualTo(303);
        assertThat(biller.get(patient + "/account").body()).contains("check 881", "$25.00");
        assertThat(biller.submit(patient + "/payments", "receivedOn", "2026-12-01", "amount", "5", "method", "cash")
                .body()).contains("is after today");
    }

    @Test
    void a_payment_voided_on_the_account_page_stays_struck_through_with_why_and_a_card_number_is_never_shown_back()
            throws Exception {
        String patient = first(biller.get("/patients").body(), "href=\"(/patients/\\d+)\"");

        HttpResponse<String> cardNumber = biller.submit(patient + "/payments", "receivedOn", "2026-11-22", "amount", "10.00",
                "method", "hsa", "cardLastFour", "4111111111111111");
        assertThat(cardNumber.statusCode()).isEqualTo(422);
        assertThat(cardNumber.body()).contains("id=\"f-cardLastFour-error\"", "looks like a whole card number")
                .doesNotContain("4111111111111111");

        assertThat(biller.submit(patient + "/payments", "receivedOn", "2026-11-22", "amount", "10.01", "method", "hsa",
                "cardLastFour", "4242").statusCode()).isEqualTo(303);
        String account = biller.get(patient + "/account").body();
        assertThat(account).contains("HSA card", "…4242");
        String paymentId = first(account, "<option value=\"(\\d+)\"[^>]*>2026-11-22 HSA card \\$10\\.01");

        HttpResponse<String> noReason = biller.submit(patient + "/payments/void", "voidPaymentId", paymentId, "voidReason", "");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("id=\"f-voidReason-error\"");
        HttpResponse<String> voided = biller.submit(patient + "/payments/void", "voidPaymentId", paymentId,
                "voidReason", "a test payment");
        assertThat(voided.statusCode()).isEqualTo(303);
        assertThat(biller.get(patient + "/account").body())
                .containsPattern("<tr id=\"payment-" + paymentId + "\" class=\"voided\">.*Voided 2026-11-23 by biller: a test payment");
        HttpResponse<String> again = biller.submit(patient + "/payments/void", "voidPaymentId", paymentId,
                "voidReason", "twice");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("is voided already");
    }

    @Test
    void a_refund_on_the_account_page_is_listed_under_its_payment_and_one_beyond_what_remains_names_the_amount()
            throws Exception {
        String patient = first(biller.get("/patients").body(), "href=\"(/patients/\\d+)\"");
        assertThat(biller.submit(patient + "/payments", "receivedOn", "2026-11-21", "amount", "77.00", "method", "card",
                "cardLastFour", "1881").statusCode()).isEqualTo(303);
        String paymentId = first(biller.get(patient + "/account").body(),
                "<option value=\"(\\d+)\"[^>]*>2026-11-21 Card \\$77\\.00");

        HttpResponse<String> tooMuch = biller.submit(patient + "/payments/refund", "refundPaymentId", paymentId,
                "refundedOn", "2026-11-23", "refundAmount", "77.01", "refundMethod", "card", "refundReason", "cancelled");
        HttpResponse<String> refunded = biller.submit(patient + "/payments/refund", "refundPaymentId", paymentId,
                "refundedOn", "2026-11-23", "refundAmount", "27.00", "refundMethod", "card", "refundReason", "cancelled");

        assertThat(tooMuch.statusCode()).isEqualTo(422);
        assertThat(tooMuch.body()).contains("id=\"f-refundAmount-error\"", "more than what remains of the payment ($77.00)");
        assertThat(refunded.statusCode()).isEqualTo(303);
        assertThat(biller.get(patient + "/account").body()).contains("Refunded $27.00 on 2026-11-23 by Card (biller): cancelled")
                .containsPattern("<option value=\"" + paymentId + "\"[^>]*>2026-11-21 Card \\$50\\.00");
    }

    @Test
    void the_statement_and_a_periods_superbill_download_as_pdf_and_a_bad_period_is_named() throws Exception {
        String patient = first(biller.get("/patients").body(), "href=\"(/patients/\\d+)\"");

        HttpResponse<byte[]> statement = biller.getBytes(patient + "/statement.pdf");
        assertThat(statement.statusCode()).isEqualTo(200);
        assertThat(new String(statement.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<byte[]> superbill = biller.getBytes(patient + "/superbill.pdf?from=2026-01-01&through=2026-11-23");
        assertThat(superbill.statusCode()).isEqualTo(200);
        assertThat(new String(superbill.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<String> bad = biller.get(patient + "/superbill.pdf?from=2026-13-01&through=2026-11-23");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"f-from-error\"", "expected a date YYYY-MM-DD");
    }

    private static String first(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as("%s in the page", regex).isTrue();
        return matcher.group(1);
    }
}
