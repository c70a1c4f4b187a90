package dev.cleanclaim.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.app.testing.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A massage therapist's self-pay and HSA/FSA clients in the web app: the client's page shows only what applies,
 * the visit form leaves out the assistant and Medicare boxes, the letters of medical necessity are kept and listed
 * on the client's page, and a self-pay visit's receipt is no insurance work on the dashboard.
 */
class HsaPapersPagesTest {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();
    private static TestWorkspace workspace;
    private static WebSession sam;

    @BeforeAll
    static void start() throws Exception {
        workspace = TestWorkspace.onH2();
        sam = WebSession.signIn(workspace, "sam");
    }

    @AfterAll
    static void stop() {
        workspace.close();
    }

    @Test
    void a_client_entered_with_the_self_pay_pack_shows_no_member_id_and_no_subscriber() throws Exception {
        long client = client("\"payer\": \"self-pay\",");

        String page = sam.get("/patients/" + client).body();

        assertThat(page).contains("Self-pay: the client pays").doesNotContain("Member id", "of the subscriber", "missing");
    }

    @Test
    void the_visit_form_of_a_massage_therapists_self_pay_client_has_no_assistant_or_medicare_boxes_and_one_self_pay_choice() throws Exception {
        long client = client("");
        // a directory entry billing the client (filing indicator 09) beside the built-in self-pay pack
        HttpResponse<String> entry = workspace.send("admin", "POST", "/api/v1/payers", """
                {"id": "cash-hsa", "name": "Cash or HSA card", "payerId": "CASH01", "pack": "self-pay"}""");
        assertThat(entry.statusCode()).as(entry.body()).isIn(201, 409);

        String form = sam.get("/patients/" + client + "/visits/new").body();

        assertThat(form).doesNotContain(".assistant\"", "documentation.abn", "documentation.therapyAmountYearToDate");
        String payers = first(form, "(?s)<select[^>]*name=\"payer\"[^>]*>(.*?)</select>");
        assertThat(count(payers, "value=\"(self-pay|cash-hsa)\"")).as(payers).isEqualTo(1);
        assertThat(payers).contains("Self-pay (the client pays)");
    }

    @Test
    void the_visit_form_of_a_medicare_patient_keeps_the_medicare_boxes_and_a_biller_sees_the_assistant_box() throws Exception {
        WebSession biller = WebSession.signIn(workspace, "biller");
        JsonNode medicare = StreamSupport.stream(TestWorkspace.json(workspace.send("biller", "GET", "/api/v1/patients", null))
                .get("items").spliterator(), false).filter(patient -> patient.path("payer").asText().equals("medicare"))
                .findFirst().orElseThrow();

        String form = biller.get("/patients/" + medicare.get("id").asLong() + "/visits/new").body();

        assertThat(form).contains(".assistant\"", "documentation.abn", "documentation.therapyAmountYearToDate");
    }

    @Test
    void a_letter_typed_on_the_papers_page_is_kept_listed_on_the_clients_page_and_downloads_with_both_copies() throws Exception {
        long client = client("");
        assertThat(sam.get("/patients/" + client).body()).contains("id=\"patient-papers\"", "id=\"no-letters\"");

        HttpResponse<String> saved = sam.submit("/patients/" + client + "/necessity-letters",
                "physician.firstName", "Maria", "physician.lastName", "Lopez", "physician.credential", "MD",
                "physician.npi", "1558598797", "physician.address.line1", "410 NW 18th Ave",
                "physician.address.city", "Portland", "physician.address.state", "OR", "physician.address.zip", "97209-1234",
                "physician.phone", "503-555-0142", "condition", "Chronic neck pain", "diagnoses", "M54.2 M62.830",
                "treatment", "Therapeutic massage", "frequency", "twice a month", "duration", "6 months", "validMonths", "12");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        String page = sam.get("/patients/" + client).body();
        assertThat(page).contains("id=\"necessity-letters\"", "Maria Lopez, MD", "Chronic neck pain", "M54.2, M62.830",
                "2026-11-23 to 2027-11-22", "valid");
        String link = first(page, "class=\"letter-pdf\" href=\"([^\"]+)\"");
        HttpResponse<byte[]> pdf = sam.getBytes(link);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(document)).contains("Physician's copy", "Client's copy",
                    "Maria Lopez, MD", "Chronic neck pain", "twice a month, for 6 months", "Publication 502");
        }
    }

    @Test
    void a_refused_letter_comes_back_with_the_typing_kept_and_each_field_named() throws Exception {
        long client = client("");

        HttpResponse<String> refused = sam.submit("/patients/" + client + "/necessity-letters",
                "physician.firstName", "Maria", "physician.lastName", "Lopez", "physician.npi", "1558598790",
                "physician.address.line1", "410 NW 18th Ave", "physician.address.city", "Portland",
                "physician.address.state", "OR", "physician.address.zip", "97209", "physician.phone", "5035550142",
                "condition", "Neck pain kept as typed", "diagnoses", "M54.2 ZZZ", "frequency", "weekly", "duration", "8 weeks",
                "validFrom", "2026-11-01", "validThrough", "2026-10-01");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("value=\"Neck pain kept as typed\"", "id=\"f-physician-npi-error\"",
                "id=\"f-diagnoses-error\"", "id=\"f-validThrough-error\"");
        assertThat(sam.get("/patients/" + client).body()).contains("id=\"no-letters\"");
    }

    @Test
    void a_self_pay_visits_receipt_is_not_counted_as_insurance_work_on_the_dashboard() throws Exception {
        WebSession biller = WebSession.signIn(workspace, "biller");
        String before = first(biller.get("/").body(), "id=\"ready-to-send\">([^<]+)<");
        long client = client("");
        long visit = TestWorkspace.json(workspace.send("sam", "POST", "/api/v1/patients/" + client + "/visits", """
                {"dateOfService": "2026-11-20", "payer": "self-pay", "provider": {"type": "LMT", "npi": "1295723567"},
                 "diagnoses": [{"code": "M62.830", "regions": ["lumbar"]}],
                 "services": [{"code": "97124", "minutes": 60, "regions": ["lumbar"]}],
                 "documentation": {"clinicalRationale": true, "medicalNecessity": ["tight-muscles"]}}""")).get("id").asLong();
        HttpResponse<String> claim = workspace.send("sam", "POST", "/api/v1/claims", "{\"visitId\": " + visit + "}");
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(201);

        assertThat(first(biller.get("/").body(), "id=\"ready-to-send\">([^<]+)<")).isEqualTo(before);
        String claimPage = biller.get("/claims/" + TestWorkspace.json(claim).get("id").asLong()).body();
        assertThat(claimPage).contains("the client (self-pay)").doesNotContain("value=\"submitted\"");
    }

    private long client(String payer) throws Exception {
        long sam = StreamSupport.stream(TestWorkspace.json(workspace.send("admin", "GET", "/api/v1/providers", null))
                        .get("items").spliterator(), false).filter(provider -> provider.get("npi").asText().equals("1295723567"))
                .findFirst().orElseThrow().get("id").asLong();
        HttpResponse<String> created = workspace.send("sam", "POST", "/api/v1/patients", """
                {"firstName": "Hana", "lastName": "Lind", "birthDate": "1979-05-14", "sex": "F",
                 "address": {"line1": "2200 SE Hawthorne Blvd", "city": "Portland", "state": "OR", "zip": "97214"},
                 %s "accountNumber": "HSA-PAGE-%d", "therapist": {"id": %d}, "confirmDuplicate": true}""".formatted(payer, ACCOUNTS.incrementAndGet(), sam));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return TestWorkspace.json(created).get("id").asLong();
    }

    private static String first(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }

    private static int count(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
