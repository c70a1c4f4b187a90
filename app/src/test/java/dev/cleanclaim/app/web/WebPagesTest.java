package dev.cleanclaim.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.app.testing.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The web pages over HTTP: what a browser is sent, refused input kept, the live scrub and fixes, lists and claims. */
class WebPagesTest {

    private static final String[] NEW_PATIENT = {"firstName", "Ines", "lastName", "Okafor", "birthDate", "1979-09-30",
            "sex", "F", "accountNumber", "WEB-100", "address.line1", "5 NW 23rd Ave", "address.city", "Portland",
            "address.state", "OR", "address.zip", "97210", "payer", "commercial", "insurance.memberId", "XYZ000300100",
            "insurance.relationship", "self", "therapist.id", "", "confirmDuplicate", "true"};
    private static final String[] CHIRO_VISIT = {"dateOfService", "2026-11-20", "payer", "commercial",
            "provider.npi", "1000000004", "services[0].code", "98941", "services[0].regions", "cervical",
            "services[0].regions", "thoracic", "services[0].regions", "lumbar", "services[1].code", "97140",
            "services[1].minutes", "15", "services[1].regions", "left-shoulder", "diagnoses[0].code", "M99.01",
            "diagnoses[0].regions", "cervical", "diagnoses[1].code", "M99.02", "diagnoses[1].regions", "thoracic",
            "diagnoses[2].code", "M99.03", "diagnoses[2].regions", "lumbar", "documentation.clinicalRationale", "true",
            "documentation.activeTreatment", "true", "documentation.medicalNecessity", "restricted-joint-motion"};

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
    void a_stranger_is_sent_to_sign_in_and_back_to_the_page_asked_for() throws Exception {
        HttpResponse<String> response = workspace.send(null, "GET", "/claims?status=denied", null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).isEqualTo("/login?next=%2Fclaims%3Fstatus%3Ddenied");
    }

    @Test
    void every_page_carries_the_security_headers_and_the_stylesheet_is_served() throws Exception {
        HttpResponse<String> dashboard = biller.get("/");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.headers().firstValue("Content-Security-Policy")).get().asString().contains("script-src 'self'");
        assertThat(dashboard.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(dashboard.body()).contains("id=\"claims-by-status\"").doesNotContain("<script>");
        assertThat(dashboard.body()).as("the demo says so on every page").contains("id=\"demo-banner\"");
        HttpResponse<String> css = biller.get("/static/cleanclaim.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).isNotEqualTo(java.util.Optional.of("no-store"));
        assertThat(biller.get(dashboard.body().replaceAll("(?s).*<script src=\"([^\"]+)\".*", "$1")).statusCode())
                .as("htmx is served from its webjar").isEqualTo(200);
    }

    @Test
    void a_refused_patient_form_comes_back_with_what_was_typed_and_the_problem_beside_the_field() throws Exception {
        String[] badZip = NEW_PATIENT.clone();
        badZip[java.util.Arrays.asList(badZip).indexOf("97210")] = "97";
        HttpResponse<String> refused = biller.submit("/patients", badZip);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("value=\"Okafor\"").contains("value=\"XYZ000300100\"")
                .contains("id=\"f-address-zip-error\"").contains("aria-invalid=\"true\"");
        assertThat(workspace.send("biller", "GET", "/api/v1/patients?q=WEB-100", null).body()).isEqualTo("{\"items\":[]}");
    }

    @Test
    void a_self_pay_client_is_saved_from_the_form_without_insurance() throws Exception {
        String[] selfPay = NEW_PATIENT.clone();
        java.util.List<String> fields = java.util.Arrays.asList(selfPay);
        selfPay[fields.indexOf("WEB-100")] = "WEB-SELF";
        selfPay[fields.indexOf("commercial")] = "";
        selfPay[fields.indexOf("XYZ000300100")] = "";

        HttpResponse<String> saved = biller.submit("/patients", selfPay);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(biller.get(WebSession.location(saved)).body()).contains("Self-pay");
    }

    @Test
    void a_patient_saved_from_the_form_opens_on_their_page_and_a_stale_edit_is_a_conflict_that_keeps_the_typing() throws Exception {
        String[] patient = NEW_PATIENT.clone();
        patient[java.util.Arrays.asList(patient).indexOf("WEB-100")] = "WEB-200";
        HttpResponse<String> created = biller.submit("/patients", patient);
        assertThat(created.statusCode()).isEqualTo(303);
        String page = WebSession.location(created);
        assertThat(biller.get(page).body()).contains("Okafor, Ines").contains("XYZ000300100");

        String[] first = patient.clone();
        first[java.util.Arrays.asList(first).indexOf("Ines")] = "Inez";
        assertThat(biller.submit(page, append(first, "version", "0")).statusCode()).isEqualTo(303);
        String[] second = patient.clone();
        second[java.util.Arrays.asList(second).indexOf("Okafor")] = "Okafor-Reid";
        HttpResponse<String> stale = biller.submit(page, append(second, "version", "0"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed this patient").contains("value=\"Okafor-Reid\"")
                .contains("name=\"version\" value=\"1\"");
        assertThat(biller.get(page).body()).contains("Okafor, Inez");
    }

    @Test
    void a_secondary_policy_typed_into_the_form_shows_on_the_patients_page_and_choosing_none_removes_it() throws Exception {
        String[] patient = NEW_PATIENT.clone();
        patient[java.util.Arrays.asList(patient).indexOf("WEB-100")] = "WEB-800";
        String[] withSecondary = append(patient, "secondaryInsurance.payer", "bcbs", "secondaryInsurance.memberId",
                "RBX700200300", "secondaryInsurance.groupNumber", "", "secondaryInsurance.relationship", "",
                "secondaryInsurance.subscriber.lastName", "");
        HttpResponse<String> created = biller.submit("/patients", withSecondary);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String page = WebSession.location(created);

        assertThat(biller.get(page).body()).contains("id=\"secondary-insurance\"").contains("RBX700200300");
        String form = biller.get(page + "/edit").body();
        assertThat(form).contains("value=\"RBX700200300\"").containsPattern("<option value=\"bcbs\" selected");
        assertThat(form).doesNotContain("<option value=\"self-pay\" selected");

        String[] none = append(patient, "version", "0", "secondaryInsurance.payer", "", "secondaryInsurance.memberId", "",
                "secondaryInsurance.relationship", "");
        assertThat(biller.submit(page, none).statusCode()).isEqualTo(303);
        // the history below keeps the removed policy's values; the patient's own facts above it no longer show them
        String facts = biller.get(page).body().replaceAll("(?s)<section class=\"card\" aria-labelledby=\"history-heading\".*", "");
        assertThat(facts).doesNotContain("id=\"secondary-insurance\"").doesNotContain("RBX700200300");
    }

    @Test
    void a_secondary_policy_with_the_primary_payer_or_without_a_member_id_comes_back_with_the_problems_beside_the_fields()
            throws Exception {
        String[] patient = NEW_PATIENT.clone();
        patient[java.util.Arrays.asList(patient).indexOf("WEB-100")] = "WEB-810";
        HttpResponse<String> refused = biller.submit("/patients", append(patient, "secondaryInsurance.payer", "commercial",
                "secondaryInsurance.groupNumber", "G-2"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"f-secondaryInsurance-payer-error\"")
                .contains("id=\"f-secondaryInsurance-memberId-error\"").contains("value=\"G-2\"");
        assertThat(workspace.send("biller", "GET", "/api/v1/patients?q=WEB-810", null).body()).isEqualTo("{\"items\":[]}");
    }

    @Test
    void the_live_scrub_shows_the_region_finding_with_a_fix_and_applying_it_adds_the_shoulder_diagnosis() throws Exception {
        long patient = newPatient("WEB-300");
        HttpResponse<String> preview = biller.submit("/patients/" + patient + "/visits/preview", CHIRO_VISIT);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).doesNotContain("<html").contains("data-rule=\"cmt.region\" data-severity=\"error\"")
                .contains("class=\"apply-remedy");
        String remedy = remedyOf(preview.body(), "M25.512");

        HttpResponse<String> fixed = biller.submit("/patients/" + patient + "/visits/apply", append(CHIRO_VISIT, "remedy", remedy));
        assertThat(fixed.statusCode()).isEqualTo(200);
        assertThat(fixed.body()).contains("id=\"applied\"").contains("name=\"diagnoses[3].code\" value=\"M25.512\"")
                .contains("data-state=\"clean\"").doesNotContain("data-rule=\"cmt.region\" data-severity=\"error\"");
    }

    @Test
    void a_fix_that_no_longer_applies_is_refused_with_422_and_the_form_it_answers_names_the_problem() throws Exception {
        long patient = newPatient("WEB-310");
        String[] onTheManipulatedRegion = {"dateOfService", "2026-11-20", "payer", "commercial", "provider.npi", "1000000004",
                "services[0].code", "98941", "services[0].regions", "cervical", "services[0].regions", "thoracic",
                "services[0].regions", "lumbar", "services[1].code", "97140", "services[1].minutes", "15",
                "services[1].regions", "lumbar", "diagnoses[0].code", "M99.03", "diagnoses[0].regions", "lumbar"};
        String drop = remedyOf(biller.submit("/patients/" + patient + "/visits/preview", onTheManipulatedRegion).body(),
                "drop-service");
        // meanwhile the manipulation left the form: dropping 97140 now would leave a visit without services
        String[] only97140 = {"dateOfService", "2026-11-20", "payer", "commercial", "provider.npi", "1000000004",
                "services[0].code", "97140", "services[0].minutes", "15", "services[0].regions", "lumbar",
                "diagnoses[0].code", "M99.03", "diagnoses[0].regions", "lumbar"};

        HttpResponse<String> refused = biller.submit("/patients/" + patient + "/visits/apply", append(only97140, "remedy", drop));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).as("the form, which the page swaps in").contains("id=\"visit-editor\"")
                .contains("id=\"form-problems\"").contains("That fix was not applied")
                .contains("dropping 97140 would leave the visit without services")
                .contains("name=\"services[0].code\" value=\"97140\"").doesNotContain("id=\"applied\"");
    }

    @Test
    void an_unreadable_visit_is_not_saved_and_the_form_names_each_problem() throws Exception {
        long patient = newPatient("WEB-400");
        HttpResponse<String> refused = biller.submit("/patients/" + patient + "/visits", "dateOfService", "2026-11-20",
                "payer", "commercial", "provider.npi", "1000000004", "services[0].code", "97140", "services[0].minutes", "lots");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("services[0].minutes").contains("diagnoses").contains("value=\"lots\"");
        assertThat(biller.get("/patients/" + patient).body()).contains("No visits yet.");
    }

    @Test
    void a_saved_visit_makes_one_claim_and_a_second_try_is_refused_on_the_visit_page() throws Exception {
        long patient = newPatient("WEB-500");
        HttpResponse<String> saved = biller.submit("/patients/" + patient + "/visits", append(CHIRO_VISIT,
                "diagnoses[3].code", "M25.512", "diagnoses[3].regions", "left-shoulder"));
        assertThat(saved.statusCode()).isEqualTo(303);
        String visit = WebSession.location(saved);
        HttpResponse<String> claim = biller.submit(visit + "/claim");
        assertThat(claim.statusCode()).isEqualTo(303);
        HttpResponse<String> claimPage = biller.get(WebSession.location(claim));
        assertThat(claimPage.body()).contains("data-status=\"ready\"").contains("id=\"download-cms1500\"").contains("href=\"/api/v1/claims/" + WebSession.location(claim).replaceAll(".*/", "") + "/cms1500.pdf?form=red\"")
                .contains("<td>97140</td>".replace("<td>", "<td><code>").replace("</td>", "</code></td>"));
        HttpResponse<String> again = biller.submit(visit + "/claim");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already has claim");
    }

    @Test
    void a_work_injury_from_an_auto_accident_is_saved_from_the_form_shown_on_the_visit_page_and_filled_in_again_to_edit()
            throws Exception {
        long patient = newPatient("WEB-520");
        String[] entered = append(CHIRO_VISIT, "diagnoses[3].code", "M25.512", "diagnoses[3].regions", "left-shoulder",
                "condition.employment", "true", "condition.accident", "auto", "condition.accidentState", "WA",
                "condition.accidentDate", "2026-11-16", "condition.onsetDate", "2026-11-16",
                "condition.initialTreatmentDate", "2026-11-18", "condition.lastXrayDate", "");

        HttpResponse<String> saved = biller.submit("/patients/" + patient + "/visits", entered);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        String visit = WebSession.location(saved);
        assertThat(biller.get(visit).body()).contains("<dt>Condition</dt>").contains("related to work; auto accident in WA"
                + " on 2026-11-16; onset 2026-11-16; initial treatment 2026-11-18");
        String form = biller.get(visit + "/edit").body();
        assertThat(form).contains("id=\"condition\"").contains("name=\"condition.employment\" value=\"true\" checked")
                .contains("<option value=\"auto\" selected>")
                .contains("name=\"condition.accidentState\" type=\"text\" value=\"WA\"")
                .contains("name=\"condition.initialTreatmentDate\" type=\"date\" value=\"2026-11-18\"");
        JsonNode stored = TestWorkspace.json(workspace.send("biller", "GET", "/api/v1/visits/"
                + visit.substring(visit.lastIndexOf('/') + 1), null));
        assertThat(stored.at("/visit/condition").toString()).isEqualTo("{\"employment\":true,\"accident\":\"auto\","
                + "\"accidentState\":\"WA\",\"accidentDate\":\"2026-11-16\",\"onsetDate\":\"2026-11-16\","
                + "\"initialTreatmentDate\":\"2026-11-18\"}");
    }

    @Test
    void an_auto_accident_without_its_state_is_not_saved_and_the_form_says_so_beside_the_box() throws Exception {
        long patient = newPatient("WEB-530");

        HttpResponse<String> refused = biller.submit("/patients/" + patient + "/visits", append(CHIRO_VISIT,
                "condition.accident", "auto", "condition.accidentDate", "2026-11-16"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"f-condition-accidentState-error\"")
                .contains("the two-letter USPS code of the state the auto accident happened in");
        assertThat(biller.get("/patients/" + patient).body()).contains("No visits yet.");
    }

    @Test
    void the_visit_of_a_submitted_claim_says_why_it_cannot_change_and_its_form_and_save_are_refused() throws Exception {
        long patient = newPatient("WEB-550");
        String[] entered = append(CHIRO_VISIT, "diagnoses[3].code", "M25.512", "diagnoses[3].regions", "left-shoulder");
        String visit = WebSession.location(biller.submit("/patients/" + patient + "/visits", entered));
        String claim = WebSession.location(biller.submit(visit + "/claim"));
        long claimId = Long.parseLong(claim.substring(claim.lastIndexOf('/') + 1));
        int version = TestWorkspace.json(workspace.send("biller", "GET", "/api/v1/claims/" + claimId, null))
                .get("version").asInt();
        assertThat(workspace.send("biller", "POST", "/api/v1/claims/" + claimId + "/status",
                "{\"status\": \"submitted\", \"version\": " + version + "}").statusCode()).isEqualTo(200);

        String page = biller.get(visit).body();
        HttpResponse<String> form = biller.get(visit + "/edit");
        HttpResponse<String> save = biller.submit(visit, append(entered, "_version", "0"));

        assertThat(page).contains("id=\"visit-frozen\"").contains("claim " + claimId + " (control number")
                .contains("was sent and is submitted").doesNotContain("id=\"edit-visit\"");
        assertThat(form.statusCode()).isEqualTo(409);
        assertThat(form.body()).contains("cannot be changed: claim " + claimId).doesNotContain("name=\"_version\"");
        assertThat(save.statusCode()).isEqualTo(409);
        assertThat(save.body()).contains("Nothing was saved").contains("/api/v1/claims/" + claimId + "/corrections");
        assertThat(page).contains("id=\"history\"").contains("created");
    }

    @Test
    void a_patients_page_shows_their_history_with_the_address_before_and_after_and_who_changed_it() throws Exception {
        String[] patient = NEW_PATIENT.clone();
        patient[java.util.Arrays.asList(patient).indexOf("WEB-100")] = "WEB-250";
        String page = WebSession.location(biller.submit("/patients", patient));
        String[] moved = patient.clone();
        moved[java.util.Arrays.asList(moved).indexOf("5 NW 23rd Ave")] = "77 NE Broadway";

        assertThat(biller.submit(page, append(moved, "version", "0")).statusCode()).isEqualTo(303);

        String history = biller.get(page).body().replaceAll("(?s).*<section class=\"card\" aria-labelledby=\"history-heading\"", "");
        assertThat(history).contains("<h2 id=\"history-heading\">History</h2>")
                .contains("<td><code>address.line1</code></td><td>5 NW 23rd Ave</td><td>77 NE Broadway</td>")
                .contains("<td>biller</td>").contains("2 of 2 change(s), newest first");
        assertThat(history.indexOf("updated")).isLessThan(history.indexOf("created"));
    }

    @Test
    void a_visit_is_changed_from_its_form_and_a_stale_or_bad_change_comes_back_with_the_typing_kept() throws Exception {
        long patient = newPatient("WEB-600");
        String[] visit = append(CHIRO_VISIT, "diagnoses[3].code", "M25.512", "diagnoses[3].regions", "left-shoulder");
        String page = WebSession.location(biller.submit("/patients/" + patient + "/visits", visit));
        assertThat(biller.get(page + "/edit").body()).contains("name=\"_version\" value=\"0\"")
                .contains("name=\"services[1].minutes\" type=\"number\" min=\"0\" max=\"1440\" value=\"15\"");

        String[] longer = visit.clone();
        longer[java.util.Arrays.asList(longer).indexOf("15")] = "23";
        HttpResponse<String> saved = biller.submit(page, append(longer, "_visit", page.replace("/visits/", ""), "_version", "0"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(biller.get(page).body()).contains("<td>23</td>");

        HttpResponse<String> stale = biller.submit(page, append(visit, "_version", "0"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed this visit").contains("name=\"_version\" value=\"1\"")
                .contains("action=\"" + page + "\"");
        HttpResponse<String> bad = biller.submit(page, append(visit, "_version", "1", "services[2].minutes", "lots"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("value=\"lots\"").contains("action=\"" + page + "\"");
        assertThat(biller.get(page).body()).contains("<td>23</td>");
    }

    @Test
    void a_medicare_patients_page_and_live_scrub_show_the_years_therapy_from_their_stored_claims() throws Exception {
        String[] medicare = NEW_PATIENT.clone();
        List<String> fields = java.util.Arrays.asList(medicare);
        medicare[fields.indexOf("WEB-100")] = "WEB-KX";
        medicare[fields.indexOf("commercial")] = "medicare";
        medicare[fields.indexOf("XYZ000300100")] = "1EG4TE5MK29";
        HttpResponse<String> created = biller.submit("/patients", medicare);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String patient = WebSession.location(created);
        String[] visit = {"dateOfService", "2026-11-02", "payer", "medicare", "provider.npi", "1558598797",
                "services[0].code", "97110", "services[0].minutes", "30", "services[0].regions", "lumbar",
                "diagnoses[0].code", "M54.50", "diagnoses[0].regions", "lumbar", "documentation.clinicalRationale", "true"};
        HttpResponse<String> claim = biller.submit(WebSession.location(biller.submit(patient + "/visits", visit)) + "/claim");
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(303);

        // the demo practice sets no Medicare locality: 97110 at the 2026 national $29.06 a unit, two units
        assertThat(biller.get(patient).body()).contains("<dt>Medicare therapy 2026</dt><dd>PT/SLP $58.12 of $2480.00;"
                + " OT $0.00 of $2480.00</dd>");
        visit[1] = "2026-11-09";
        assertThat(biller.submit(patient + "/visits/preview", visit).body()).contains("No KX on the PT/SLP lines yet:"
                + " $58.12 so far in 2026 from stored claims and $58.12 on this visit make $116.24");
    }

    @Test
    void the_claim_list_filters_by_status_and_names_a_bad_date() throws Exception {
        HttpResponse<String> denied = biller.get("/claims?status=denied");
        assertThat(denied.statusCode()).isEqualTo(200);
        assertThat(denied.body()).contains("data-status=\"denied\"").doesNotContain("<tr data-status=\"paid\"");
        HttpResponse<String> bad = biller.get("/claims?from=2026-13-01");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"f-from-error\"").contains("2026-13-01");
    }

    @Test
    void the_claim_list_shows_a_page_at_a_time_with_links_that_keep_the_filter() throws Exception {
        String first = biller.get("/claims?from=2000-01-01&limit=1").body();
        String second = biller.get("/claims?from=2000-01-01&limit=1&page=2").body();

        assertThat(count(first, "<tr data-status=")).isEqualTo(1);
        assertThat(first).contains("<nav class=\"pager\"").contains("href=\"/claims?from=2000-01-01&amp;page=2&amp;limit=1\"");
        assertThat(second).contains("rel=\"prev\" href=\"/claims?from=2000-01-01&amp;page=1&amp;limit=1\"");
        assertThat(second.substring(second.indexOf("<tbody>"))).isNotEqualTo(first.substring(first.indexOf("<tbody>")));
    }

    @Test
    void a_therapist_sees_only_their_own_patients_claims() throws Exception {
        WebSession sam = WebSession.signIn(workspace, "sam");
        String mine = sam.get("/claims").body();
        String all = biller.get("/claims").body();
        assertThat(count(mine, "<tr data-status=")).isPositive().isLessThan(count(all, "<tr data-status="));
        String dashboard = sam.get("/").body();
        int counted = 0;
        for (Matcher tile = Pattern.compile("<span class=\"count\">(\\d+)</span>").matcher(dashboard); tile.find(); ) {
            counted += Integer.parseInt(tile.group(1));
        }
        // a self-pay visit's receipt is the client's charge, not insurance work: the dashboard leaves it out
        int selfPay = TestWorkspace.json(workspace.send("sam", "GET", "/api/v1/claims?payer=self-pay", null)).get("total").asInt();
        assertThat(counted).as("the dashboard counts the therapist's insurance claims only")
                .isEqualTo(count(mine, "<tr data-status=") - selfPay);
        assertThat(sam.get("/patients").body()).doesNotContain("Nair, Priya");
    }

    @Test
    void a_page_that_does_not_exist_is_a_page_not_a_problem_document() throws Exception {
        HttpResponse<String> missing = biller.get("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(missing.body()).contains("No such page");
        assertThat(biller.get("/patients/999999").statusCode()).isEqualTo(404);
        assertThat(biller.get("/patients/abc").statusCode()).isEqualTo(404);
    }

    @Test
    void the_rule_browser_shows_a_codes_edits_limit_and_payer_exclusions_and_says_when_a_code_is_unknown() throws Exception {
        WebSession dana = WebSession.signIn(workspace, "dana");
        HttpResponse<String> manualTherapy = dana.get("/rules?code=97140");
        assertThat(manualTherapy.statusCode()).isEqualTo(200);
        assertThat(manualTherapy.body()).contains("id=\"code-result\" aria-labelledby=\"code-heading\" data-code=\"97140\"")
                .containsPattern("data-pair=\"(97140-97124|97124-97140)\"").contains("id=\"mue\">at most")
                .containsPattern("Blue Cross[^<]*</strong>: not reimbursed");
        HttpResponse<String> unknown = dana.get("/rules?code=99999");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("id=\"code-not-found\"").contains("No code \"99999\"")
                .contains("data-rule=\"ncci.ptp\"").contains("data-payer=\"medicare\"");
    }

    @Test
    void an_admin_creates_a_therapist_who_can_sign_in_and_whose_deactivation_ends_their_session() throws Exception {
        WebSession admin = WebSession.signIn(workspace, "admin");
        long leeId = providerId("1558598797");
        HttpResponse<String> created = admin.submit("/admin/users", "username", "nora", "role", "therapist",
                "provider", String.valueOf(leeId), "password", TestWorkspace.PASSWORD);
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(admin.get(WebSession.location(created)).body()).contains("id=\"user-created\"").contains("data-user=\"nora\"");

        WebSession nora = WebSession.signIn(workspace, "nora");
        assertThat(nora.get("/patients").statusCode()).isEqualTo(200);
        String row = admin.get("/admin/users").body().replaceAll("(?s).*<tr data-user=\"nora\">(.*?)</tr>.*", "$1");
        String action = row.replaceAll("(?s).*action=\"([^\"]+)\".*", "$1");
        assertThat(admin.submit(action, "active", "false").statusCode()).isEqualTo(303);
        assertThat(nora.get("/patients").statusCode()).as("a deactivated user's session ends").isEqualTo(302);
    }

    @Test
    void a_bad_new_user_is_refused_naming_each_problem_without_echoing_the_password_and_only_admins_manage_users() throws Exception {
        WebSession admin = WebSession.signIn(workspace, "admin");
        HttpResponse<String> refused = admin.submit("/admin/users", "username", "biller", "role", "therapist",
                "provider", "", "password", "too-short");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("is taken").contains("at least 12 characters").contains("choose which")
                .doesNotContain("too-short");
        assertThat(biller.get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(biller.submit("/admin/users", "username", "mallory", "role", "admin", "password", "long enough password")
                .statusCode()).isEqualTo(403);
        assertThat(admin.get("/admin/users").body()).doesNotContain("data-user=\"mallory\"");
    }

    private long providerId(String npi) throws Exception {
        for (var provider : TestWorkspace.json(workspace.send("biller", "GET", "/api/v1/providers", null)).get("items")) {
            if (provider.get("npi").asText().equals(npi)) {
                return provider.get("id").asLong();
            }
        }
        throw new AssertionError("no provider " + npi);
    }

    private long newPatient(String account) throws Exception {
        String[] patient = NEW_PATIENT.clone();
        patient[java.util.Arrays.asList(patient).indexOf("WEB-100")] = account;
        HttpResponse<String> created = biller.submit("/patients", patient);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        return Long.parseLong(WebSession.location(created).replace("/patients/", ""));
    }

    private static String remedyOf(String html, String containing) {
        Matcher button = Pattern.compile("name=\"remedy\" value=\"([^\"]*" + Pattern.quote(containing) + "[^\"]*)\"").matcher(html);
        assertThat(button.find()).as("a fix adding " + containing).isTrue();
        return button.group(1).replace("&#34;", "\"").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static String[] append(String[] fields, String... more) {
        String[] all = java.util.Arrays.copyOf(fields, fields.length + more.length);
        System.arraycopy(more, 0, all, fields.length, more.length);
        return all;
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }
}
