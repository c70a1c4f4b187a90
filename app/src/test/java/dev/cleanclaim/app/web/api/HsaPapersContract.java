package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.testing.TestWorkspace;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A massage therapist's self-pay and HSA/FSA client over the API: a session priced as a session, paid by HSA card,
 * the superbill for the period and the letter of medical necessity kept with the client (today is 2026-11-23).
 */
abstract class HsaPapersContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();
    private static final String SAM_NPI = "1295723567";

    abstract TestWorkspace workspace();

    static String letter(String npi, String validThrough, String... diagnoses) throws Exception {
        ObjectNode letter = (ObjectNode) JSON.readTree("""
                {"issuedOn": "2026-11-02", "validFrom": "2026-11-02",
                 "physician": {"firstName": "Maria", "lastName": "Lopez", "credential": "MD", "npi": "%s",
                  "address": {"line1": "410 NW 18th Ave", "line2": "Suite 200", "city": "Portland", "state": "OR",
                   "zip": "97209-1234"}, "phone": "(503) 555-0142"},
                 "condition": "Chronic low back pain with muscle spasm", "treatment": "Therapeutic massage (97124)",
                 "frequency": "once a week", "duration": "12 weeks"}""".formatted(npi));
        if (validThrough != null) {
            letter.put("validThrough", validThrough);
        }
        ArrayNode codes = letter.putArray("diagnoses");
        for (String code : diagnoses) {
            codes.add(code);
        }
        return letter.toString();
    }

    @Test
    void a_sixty_minute_self_pay_massage_is_charged_its_session_price_kept_off_insurance_and_billed_to_the_client() throws Exception {
        sessionPrice("97124", 60, "95.00");
        long client = selfPayClient("sam");

        JsonNode claim = sixtyMinuteMassage("sam", client, "2026-11-20");

        assertThat(claim.get("totalCharge").asText()).isEqualTo("95.00");
        assertThat(claim.toString()).contains("charge.session");
        HttpResponse<String> send = send("biller", "POST", "/api/v1/submissions",
                "{\"claims\": [" + claim.get("id").asLong() + "]}");
        assertThat(send.statusCode()).as(send.body()).isEqualTo(422);
        JsonNode account = json(ok(send("sam", "GET", "/api/v1/patients/" + client + "/account", null)));
        assertThat(account.toString()).contains("95.00");
    }

    @Test
    void the_period_superbill_shows_every_field_an_hsa_administrator_asks_for() throws Exception {
        sessionPrice("97124", 60, "95.00");
        long client = selfPayClient("sam");
        sixtyMinuteMassage("sam", client, "2026-11-06");
        sixtyMinuteMassage("sam", client, "2026-11-20");
        ok(send("sam", "POST", "/api/v1/patients/" + client + "/payments",
                "{\"receivedOn\": \"2026-11-06\", \"amount\": \"95.00\", \"method\": \"hsa\", \"reference\": \"card ending 4242\"}"));
        ok(send("sam", "POST", "/api/v1/patients/" + client + "/payments",
                "{\"receivedOn\": \"2026-11-20\", \"amount\": \"50.00\", \"method\": \"cash\"}"));

        HttpResponse<byte[]> pdf = workspace().download("sam", "/api/v1/patients/" + client
                + "/superbill.pdf?from=2026-11-01&through=2026-11-23");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        String text = text(pdf.body());
        assertThat(text).contains("Superbill and receipt", "Riverside Chiropractic and Massage LLC", "97201-1234",
                "Tax id 93-1234567", "Practice NPI 1234567893", "Sam Ortiz, LMT", "NPI " + SAM_NPI,
                "Licence OR-LMT-20931", "Hana Lind", "Born 05/14/1979", "2200 SE Hawthorne Blvd, Portland, OR 97214-3333",
                "Dates of service 11/06/2026 to 11/20/2026", "11/06/2026", "11/20/2026", "M62.830", "97124",
                "HSA card, card ending 4242", "Cash", "Total charges", "$190.00", "Amount paid", "$145.00",
                "Balance due", "$45.00", "Provider signature ____");
        // the practice's phone as people write it (another test may have changed the number itself)
        assertThat(text).containsPattern("Phone \\(\\d{3}\\) \\d{3}-\\d{4}").doesNotContain("972011234");
    }

    @Test
    void a_superbill_for_a_period_without_visits_or_with_a_bad_date_is_refused_naming_the_field() throws Exception {
        long client = selfPayClient("sam");

        assertThat(fields(send("sam", "GET", "/api/v1/patients/" + client + "/superbill.pdf?from=2026-01-01&through=2026-01-31", null)))
                .containsExactly("from");
        assertThat(fields(send("sam", "GET", "/api/v1/patients/" + client + "/superbill.pdf?from=2026-01-01&through=2026-02-30", null)))
                .containsExactly("through");
        assertThat(fields(send("sam", "GET", "/api/v1/patients/" + client + "/superbill.pdf?from=2026-01-01&through=2026-12-31&x=1", null)))
                .contains("x");
    }

    @Test
    void a_letter_of_medical_necessity_is_kept_with_the_client_listed_with_its_validity_and_printed_with_the_clients_copy() throws Exception {
        long client = selfPayClient("sam");

        HttpResponse<String> created = send("sam", "POST", "/api/v1/patients/" + client + "/necessity-letters",
                letter("1558598797", null, "M54.50", "M62.830"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode letter = json(created);
        assertThat(letter.get("validFrom").asText()).isEqualTo("2026-11-02");
        assertThat(letter.get("validThrough").asText()).isEqualTo("2027-11-01");
        assertThat(letter.get("validToday").asBoolean()).isTrue();
        assertThat(letter.at("/physician/phone").asText()).isEqualTo("5035550142");
        assertThat(letter.at("/physician/address/zip").asText()).isEqualTo("972091234");
        assertThat(created.headers().firstValue("Location")).contains(letter.get("pdf").asText());
        JsonNode listed = json(ok(send("sam", "GET", "/api/v1/patients/" + client + "/necessity-letters", null)));
        assertThat(listed.get("items")).singleElement().isEqualTo(letter);

        HttpResponse<byte[]> pdf = workspace().download("sam", letter.get("pdf").asText());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf.body());
        assertThat(text).contains("Letter of medical necessity", "Physician's copy", "Client's copy",
                "Valid from November 2, 2026 through November 1, 2027", "Maria Lopez, MD", "NPI 1558598797",
                "Portland, OR 97209-1234", "(503) 555-0142", "Hana Lind", "Chronic low back pain with muscle spasm",
                "M54.50", "M62.830", "once a week, for 12 weeks", "Publication 502", "Physician's signature");
    }

    @Test
    void a_bad_letter_is_refused_naming_every_field_and_nothing_is_kept() throws Exception {
        long client = selfPayClient("sam");
        ObjectNode bad = (ObjectNode) JSON.readTree(letter("1234567890", "2026-10-01", "M54.50", "Q99.99X", "M54"));
        ((ObjectNode) bad.get("physician")).put("phone", "555-0142");
        bad.remove("frequency");

        HttpResponse<String> refused = send("sam", "POST", "/api/v1/patients/" + client + "/necessity-letters", bad.toString());

        assertThat(fields(refused)).containsExactlyInAnyOrder("$.validThrough", "$.physician.npi", "$.physician.phone",
                "$.diagnoses[1]", "$.diagnoses[2]", "$.frequency");
        assertThat(refused.body()).contains("unknown ICD-10-CM code", "not a billable code", "before it starts");
        ObjectNode noNpi = (ObjectNode) JSON.readTree(letter("1558598797", null, "M54.50"));
        ((ObjectNode) noNpi.get("physician")).remove("npi");
        assertThat(fields(send("sam", "POST", "/api/v1/patients/" + client + "/necessity-letters", noNpi.toString())))
                .containsExactly("$.physician.npi");
        assertThat(json(ok(send("sam", "GET", "/api/v1/patients/" + client + "/necessity-letters", null))).get("items")).isEmpty();
    }

    @Test
    void another_therapists_client_s_letters_are_not_shown_added_or_printed() throws Exception {
        long client = selfPayClient("sam");
        JsonNode letter = json(ok(send("sam", "POST", "/api/v1/patients/" + client + "/necessity-letters",
                letter("1558598797", null, "M54.50"))));

        assertThat(send("lee", "GET", "/api/v1/patients/" + client + "/necessity-letters", null).statusCode()).isEqualTo(403);
        assertThat(send("lee", "POST", "/api/v1/patients/" + client + "/necessity-letters",
                letter("1558598797", null, "M54.50")).statusCode()).isEqualTo(403);
        assertThat(workspace().download("lee", letter.get("pdf").asText()).statusCode()).isEqualTo(403);
        assertThat(workspace().download("sam", "/api/v1/necessity-letters/999999/letter.pdf")
                .statusCode()).isEqualTo(404);
    }

    // ---- the practice, the client and the visit

    /** Sets the practice's session price for the code and minutes (admins set fees), keeping every other fee. */
    private void sessionPrice(String code, int minutes, String price) throws Exception {
        ObjectNode fees = (ObjectNode) json(ok(send("admin", "GET", "/api/v1/fee-schedule", null)));
        ArrayNode sessions = fees.withArray("sessionPrices");
        for (JsonNode session : sessions) {
            if (session.get("code").asText().equals(code) && session.get("minutes").asInt() == minutes) {
                return;
            }
        }
        sessions.addObject().put("code", code).put("minutes", minutes).put("price", price);
        ok(send("admin", "PUT", "/api/v1/fee-schedule", fees.toString()));
    }

    private long selfPayClient(String therapist) throws Exception {
        long providerId = StreamSupport.stream(json(ok(send("admin", "GET", "/api/v1/providers", null))).get("items")
                        .spliterator(), false).filter(provider -> provider.get("npi").asText().equals(SAM_NPI))
                .findFirst().orElseThrow().get("id").asLong();
        String body = """
                {"firstName": "Hana", "lastName": "Lind", "birthDate": "1979-05-14", "sex": "F",
                 "address": {"line1": "2200 SE Hawthorne Blvd", "city": "Portland", "state": "OR", "zip": "97214-3333"},
                 "accountNumber": "HSA-%d-%d", "therapist": {"id": %d}, "confirmDuplicate": true}""".formatted(System.identityHashCode(this),
                ACCOUNTS.incrementAndGet(), providerId);
        return json(ok(send(therapist, "POST", "/api/v1/patients", body))).get("id").asLong();
    }

    private JsonNode sixtyMinuteMassage(String therapist, long client, String date) throws Exception {
        String visit = """
                {"dateOfService": "%s", "payer": "self-pay", "provider": {"type": "LMT", "npi": "%s"},
                 "diagnoses": [{"code": "M62.830", "regions": ["lumbar", "thoracic"]}],
                 "services": [{"code": "97124", "minutes": 60, "regions": ["lumbar", "thoracic"]}],
                 "documentation": {"clinicalRationale": true, "medicalNecessity": ["tight-muscles"]}}""".formatted(date, SAM_NPI);
        long visitId = json(ok(send(therapist, "POST", "/api/v1/patients/" + client + "/visits", visit))).get("id").asLong();
        return json(ok(send(therapist, "POST", "/api/v1/claims", "{\"visitId\": " + visitId + "}")));
    }

    // ---- plumbing

    private HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        return workspace().send(user, method, path, body);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": "
                + response.body()).isBetween(200, 201);
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static List<String> fields(HttpResponse<String> problem) throws Exception {
        assertThat(problem.statusCode()).as(problem.body()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        json(problem).get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
