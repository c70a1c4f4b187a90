package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.testing.Era835;
import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.store.AuditEntry;
import dev.cleanclaim.x12.OutsideValidator;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API's contract, against a real server on a random port over a fresh workspace with the demo practice
 * (today is {@link TestWorkspace#CLOCK}'s 2026-11-23). Run on each database the workspace supports.
 */
abstract class ApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();
    private static final String DANA_NPI = "1000000004";

    abstract TestWorkspace workspace();

    // ---- patients

    @Test
    void a_patient_is_created_read_found_by_name_and_updated() throws Exception {
        String account = account();
        HttpResponse<String> created = send("biller", "POST", "/api/v1/patients", patient(account).toString());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode patient = json(created);
        long id = patient.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/patients/" + id);
        assertThat(created.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(patient.get("version").asInt()).isZero();
        assertThat(patient.at("/insurance/memberId").asText()).isEqualTo("XQ1234567");
        assertThat(patient.at("/insurance/relationship").asText()).isEqualTo("self");
        assertThat(patient.at("/therapist/npi").asText()).isEqualTo(DANA_NPI);

        JsonNode read = json(ok(send("biller", "GET", "/api/v1/patients/" + id, null)));
        assertThat(read).isEqualTo(patient);
        assertThat(ids(json(ok(send("biller", "GET", "/api/v1/patients?q=quinn+" + account.toLowerCase(), null)))))
                .containsExactly(id);
        assertThat(ids(json(ok(send("biller", "GET", "/api/v1/patients", null))))).contains(id).hasSizeGreaterThan(1);

        ObjectNode change = copy(read);
        ((ObjectNode) change.get("address")).put("line1", "77 NE Broadway");
        JsonNode updated = json(ok(send("biller", "PUT", "/api/v1/patients/" + id, change.toString())));
        assertThat(updated.get("version").asInt()).isEqualTo(1);
        assertThat(json(ok(send("biller", "GET", "/api/v1/patients/" + id, null))).at("/address/line1").asText())
                .isEqualTo("77 NE Broadway");
    }

    @Test
    void of_two_updates_from_the_same_version_the_second_gets_a_conflict_and_the_first_stays() throws Exception {
        JsonNode read = newPatient("biller");
        String path = "/api/v1/patients/" + read.get("id").asLong();
        ObjectNode first = copy(read).put("lastName", "First-Writer");
        ObjectNode second = copy(read).put("lastName", "Second-Writer");

        ok(send("biller", "PUT", path, first.toString()));
        HttpResponse<String> refused = send("admin", "PUT", path, second.toString());

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(refused).get("currentVersion").asInt()).isEqualTo(1);
        assertThat(json(ok(send("admin", "GET", path, null))).get("lastName").asText()).isEqualTo("First-Writer");
    }

    @Test
    void an_update_may_name_its_version_in_if_match_and_without_any_version_is_refused() throws Exception {
        JsonNode read = newPatient("biller");
        String path = "/api/v1/patients/" + read.get("id").asLong();
        ObjectNode change = copy(read).put("firstName", "Adele");
        change.remove("version");

        HttpResponse<String> withoutVersion = send("biller", "PUT", path, change.toString());
        HttpResponse<String> withIfMatch = workspace().send("biller", "PUT", path, change.toString(), Map.of("If-Match", "\"0\""));

        assertThat(fields(withoutVersion)).containsExactly("$.version");
        assertThat(withIfMatch.statusCode()).as(withIfMatch.body()).isEqualTo(200);
        assertThat(withIfMatch.headers().firstValue("ETag")).contains("\"1\"");
    }

    @Test
    void a_bad_patient_gets_a_problem_naming_every_field() throws Exception {
        ObjectNode patient = patient(account()).put("birthDate", "1980-02-30").put("sex", "X").put("payer", "acme")
                .put("nickname", "Ace");
        ((ObjectNode) patient.get("address")).put("state", "XX");
        ((ObjectNode) patient.get("therapist")).put("id", 999);

        HttpResponse<String> refused = send("biller", "POST", "/api/v1/patients", patient.toString());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(fields(refused)).containsExactlyInAnyOrder("$.birthDate", "$.sex", "$.payer", "$.nickname",
                "$.address.state", "$.therapist.id");
    }

    @Test
    void a_body_that_is_not_json_is_refused_as_bad_input() throws Exception {
        assertThat(fields(send("biller", "POST", "/api/v1/patients", "{\"firstName\": "))).containsExactly("$");
        assertThat(fields(send("biller", "GET", "/api/v1/patients/abc", null))).containsExactly("id");
    }

    @Test
    void a_second_patient_with_the_same_account_number_is_a_conflict() throws Exception {
        String account = newPatient("biller").get("accountNumber").asText();

        HttpResponse<String> second = send("biller", "POST", "/api/v1/patients", patient(account).toString());

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json(second).get("detail").asText()).contains("account number " + account);
    }

    @Test
    void a_secondary_insurance_is_saved_read_back_changed_and_removed_by_sending_null() throws Exception {
        ObjectNode sent = patient(account());
        sent.set("secondaryInsurance", JSON.readTree("""
                {"payer": "bcbs", "memberId": "RBX700200300", "groupNumber": "SEC-9", "relationship": "spouse",
                 "subscriber": {"firstName": "Luis", "lastName": "Quinn", "birthDate": "1978-02-01", "sex": "M",
                  "address": {"line1": "10 SE Main St", "city": "Portland", "state": "OR", "zip": "97214"}}}"""));
        HttpResponse<String> created = send("biller", "POST", "/api/v1/patients", sent.toString());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode patient = json(created);
        String path = "/api/v1/patients/" + patient.get("id").asLong();
        assertThat(patient.at("/secondaryInsurance/payer").asText()).isEqualTo("bcbs");
        assertThat(patient.at("/secondaryInsurance/memberId").asText()).isEqualTo("RBX700200300");
        assertThat(patient.at("/secondaryInsurance/relationship").asText()).isEqualTo("spouse");
        assertThat(patient.at("/secondaryInsurance/subscriber/firstName").asText()).isEqualTo("Luis");
        assertThat(json(ok(send("biller", "GET", path, null)))).isEqualTo(patient);
        assertDeclared(patient, "Patient");
        assertDeclared(patient.get("secondaryInsurance"), "SecondaryInsurance");

        ObjectNode change = copy(patient);
        ((ObjectNode) change.get("secondaryInsurance")).put("payer", "medicare").put("memberId", "1EG4-TE5-MK73")
                .put("relationship", "self").put("medicareSecondaryPayerType", "12").remove(List.of("subscriber", "groupNumber"));
        JsonNode changed = json(ok(send("biller", "PUT", path, change.toString())));
        assertThat(changed.get("secondaryInsurance").toString()).as("the MBI kept without the card's dashes")
                .isEqualTo("{\"payer\":\"medicare\",\"memberId\":\"1EG4TE5MK73\",\"groupNumber\":null,\"relationship\":\"self\","
                        + "\"medicareSecondaryPayerType\":\"12\"}");
        assertDeclared(changed.get("secondaryInsurance"), "SecondaryInsurance");

        ObjectNode removal = copy(changed);
        removal.putNull("secondaryInsurance");
        ok(send("biller", "PUT", path, removal.toString()));
        JsonNode read = json(ok(send("biller", "GET", path, null)));
        assertThat(read.get("secondaryInsurance").isNull()).isTrue();
        assertThat(read.at("/insurance/memberId").asText()).isEqualTo("XQ1234567");
    }

    @Test
    void a_secondary_insurance_needs_a_known_payer_other_than_the_primary_a_member_id_and_a_primary() throws Exception {
        ObjectNode samePayer = patient(account());
        samePayer.set("secondaryInsurance", JSON.readTree("{\"payer\": \"commercial\", \"memberId\": \"X1\"}"));
        ObjectNode unknownPayer = patient(account());
        unknownPayer.set("secondaryInsurance", JSON.readTree("{\"payer\": \"acme\", \"memberId\": \"X1\"}"));
        ObjectNode noMemberId = patient(account());
        noMemberId.set("secondaryInsurance", JSON.readTree("{\"payer\": \"bcbs\", \"groupNumber\": \"G\"}"));
        ObjectNode selfPay = patient(account());
        selfPay.remove(List.of("payer", "insurance"));
        selfPay.set("secondaryInsurance", JSON.readTree("{\"payer\": \"bcbs\", \"memberId\": \"X1\"}"));

        assertThat(fields(send("biller", "POST", "/api/v1/patients", samePayer.toString())))
                .containsExactly("$.secondaryInsurance.payer");
        assertThat(fields(send("biller", "POST", "/api/v1/patients", unknownPayer.toString())))
                .containsExactly("$.secondaryInsurance.payer");
        assertThat(fields(send("biller", "POST", "/api/v1/patients", noMemberId.toString())))
                .containsExactly("$.secondaryInsurance.memberId");
        assertThat(fields(send("biller", "POST", "/api/v1/patients", selfPay.toString())))
                .containsExactly("$.secondaryInsurance");
    }

    // ---- referrals

    @Test
    void referrals_are_listed_with_their_standing_today() throws Exception {
        long id = newPatient("biller").get("id").asLong();
        String path = "/api/v1/patients/" + id + "/referrals";

        HttpResponse<String> created = send("biller", "POST", path, referral("2026-10-01", "2027-03-31", 12));
        send("biller", "POST", path, referral("2026-01-01", "2026-06-30", 6));
        send("biller", "POST", path, referral("2027-01-01", "2027-06-30", 6));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).at("/referrer/npi").asText()).isEqualTo("1564738296");
        JsonNode referrals = json(ok(send("biller", "GET", path, null))).get("items");
        assertThat(referrals).hasSize(3);
        assertThat(referrals.get(0).at("/standing/status").asText()).isEqualTo("not-yet-valid");
        assertThat(referrals.get(1).at("/standing/status").asText()).isEqualTo("valid");
        assertThat(referrals.get(1).at("/standing/visitsLeft").asInt()).isEqualTo(12);
        assertThat(referrals.get(1).at("/standing/on").asText()).isEqualTo("2026-11-23");
        assertThat(referrals.get(2).at("/standing/status").asText()).isEqualTo("expired");
        assertThat(referrals.get(2).at("/standing/problem").asText()).contains("2026-06-30");
    }

    @Test
    void a_referral_with_a_bad_npi_and_an_end_before_its_start_is_refused_naming_both() throws Exception {
        long id = newPatient("biller").get("id").asLong();
        String body = referral("2026-10-01", "2026-09-30", 12).replace("1564738296", "1564738297");

        HttpResponse<String> refused = send("biller", "POST", "/api/v1/patients/" + id + "/referrals", body);

        assertThat(fields(refused)).containsExactlyInAnyOrder("$.referrer.npi", "$.validThrough");
    }

    // ---- visits

    @Test
    void a_visit_recorded_for_a_patient_comes_back_stored_and_scrubbed_with_its_findings() throws Exception {
        long patient = newPatient("biller").get("id").asLong();

        HttpResponse<String> created = send("biller", "POST", "/api/v1/patients/" + patient + "/visits",
                visit("massage-coded-as-the-wrong-technique.json"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode visit = json(created);
        long id = visit.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/visits/" + id);
        assertThat(visit.get("patientId").asLong()).isEqualTo(patient);
        assertThat(visit.at("/visit/dateOfService").asText()).isEqualTo("2026-05-06");
        assertThat(rules(visit.at("/claim/findings"))).contains("code.technique", "dx.invalid");
        assertThat(json(ok(send("biller", "GET", "/api/v1/visits/" + id, null))).get("claim"))
                .isEqualTo(visit.get("claim"));
        assertThat(ids(json(ok(send("biller", "GET", "/api/v1/patients/" + patient + "/visits", null))))).containsExactly(id);
    }

    @Test
    void a_visit_with_a_patient_block_or_a_bad_field_is_refused_naming_the_field() throws Exception {
        long patient = newPatient("biller").get("id").asLong();
        String path = "/api/v1/patients/" + patient + "/visits";
        ObjectNode bad = (ObjectNode) JSON.readTree(visit("chiro-98941-with-manual-therapy-to-shoulder.json"));
        bad.put("dateOfService", "2027-01-01");

        assertThat(fields(send("biller", "POST", path, example("chiro-98941-with-manual-therapy-to-shoulder.json"))))
                .containsExactly("$.patient");
        assertThat(fields(send("biller", "POST", path, bad.toString()))).containsExactly("$.dateOfService");
    }

    @Test
    void a_visit_is_changed_with_its_version_and_a_stale_version_is_a_conflict() throws Exception {
        long patient = newPatient("biller").get("id").asLong();
        JsonNode created = json(send("biller", "POST", "/api/v1/patients/" + patient + "/visits",
                visit("massage-coded-as-the-wrong-technique.json")));
        String path = "/api/v1/visits/" + created.get("id").asLong();
        ObjectNode change = copy(created.get("visit")).put("dateOfService", "2026-05-07").put("version", 0);

        JsonNode changed = json(ok(send("biller", "PUT", path, change.toString())));
        HttpResponse<String> stale = send("biller", "PUT", path, change.put("dateOfService", "2026-05-08").toString());

        assertThat(changed.get("version").asInt()).isEqualTo(1);
        assertThat(changed.get("dateOfService").asText()).isEqualTo("2026-05-07");
        assertThat(changed.at("/claim/dateOfService").asText()).isEqualTo("2026-05-07");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("currentVersion").asInt()).isEqualTo(1);
    }

    // ---- a sent claim's visit, and the history of changes

    @Test
    void editing_the_visit_of_a_submitted_claim_is_refused_with_409_naming_the_claim_and_the_correction() throws Exception {
        JsonNode claim = submittedClaim();
        long claimId = claim.get("id").asLong();
        String path = "/api/v1/visits/" + claim.get("visitId").asLong();
        JsonNode visit = json(ok(send("biller", "GET", path, null)));
        ObjectNode change = copy(visit.get("visit")).put("version", visit.get("version").asInt());
        ((ObjectNode) change.get("services").get(1)).put("minutes", 23);

        HttpResponse<String> refused = send("biller", "PUT", path, change.toString());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = json(refused);
        assertThat(problem.get("type").asText()).endsWith("/claim-sent");
        assertThat(problem.get("detail").asText()).contains("claim " + claimId,
                claim.get("controlNumber").asText(), "was sent and is submitted", "/api/v1/claims/" + claimId + "/corrections");
        assertThat(problem.at("/claim/id").asLong()).isEqualTo(claimId);
        assertThat(problem.at("/claim/status").asText()).isEqualTo("submitted");
        assertThat(problem.at("/claim/patientControlNumber").asText()).isEqualTo(claim.get("controlNumber").asText());
        assertThat(json(ok(send("biller", "GET", path, null))).get("version").asInt()).isEqualTo(visit.get("version").asInt());
        assertThat(json(ok(send("biller", "GET", path + "/history", null))).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void editing_the_visit_of_a_paid_claim_offers_the_replacement_claim() throws Exception {
        JsonNode claim = submittedClaim();
        long claimId = claim.get("id").asLong();
        ok(send("biller", "POST", "/api/v1/claims/" + claimId + "/status",
                "{\"status\": \"paid\", \"note\": \"cheque 1042\", \"version\": " + claim.get("version").asInt() + "}"));
        String path = "/api/v1/visits/" + claim.get("visitId").asLong();
        JsonNode visit = json(ok(send("biller", "GET", path, null)));

        JsonNode problem = json(send("biller", "PUT", path,
                copy(visit.get("visit")).put("version", visit.get("version").asInt()).toString()));

        assertThat(problem.get("status").asInt()).isEqualTo(409);
        assertThat(problem.get("detail").asText()).contains("was sent and is paid; a sent claim never changes",
                "POST /api/v1/claims/" + claimId + "/corrections {\"kind\":\"replacement\"", "the Correct button");
        assertThat(problem.at("/correction/href").asText()).isEqualTo("/api/v1/claims/" + claimId + "/corrections");
        assertThat(problem.at("/correction/kind").asText()).isEqualTo("replacement");
    }

    @Test
    void editing_the_visit_of_a_ready_claim_works_and_shows_in_the_visit_history() throws Exception {
        JsonNode claim = readyClaim();
        String path = "/api/v1/visits/" + claim.get("visitId").asLong();
        JsonNode visit = json(ok(send("biller", "GET", path, null)));
        ObjectNode change = copy(visit.get("visit")).put("version", visit.get("version").asInt());
        ((ObjectNode) change.get("services").get(1)).put("minutes", 23);

        JsonNode changed = json(ok(send("biller", "PUT", path, change.toString())));
        JsonNode history = json(ok(send("admin", "GET", path + "/history", null)));

        assertThat(changed.get("version").asInt()).isEqualTo(1);
        assertThat(history.get("total").asLong()).isEqualTo(2);
        JsonNode newest = history.get("items").get(0);
        assertThat(newest.get("kind").asText()).isEqualTo("updated");
        assertThat(newest.get("user").asText()).isEqualTo("biller");
        assertThat(newest.get("version").asInt()).isEqualTo(1);
        assertThat(newest.get("changes")).anySatisfy(field -> {
            assertThat(field.get("field").asText()).isEqualTo("services[1].minutes");
            assertThat(field.get("before").asText()).isEqualTo("15");
            assertThat(field.get("after").asText()).isEqualTo("23");
        });
        assertThat(history.get("items").get(1).get("kind").asText()).isEqualTo("created");
        assertDeclared(history, "History");
        assertDeclared(newest, "HistoryEntry");
    }

    @Test
    void a_patient_address_change_shows_in_the_patient_history_with_before_and_after_and_the_user() throws Exception {
        JsonNode read = newPatient("biller");
        String path = "/api/v1/patients/" + read.get("id").asLong();
        ObjectNode change = copy(read);
        ((ObjectNode) change.get("address")).put("line1", "77 NE Broadway").put("zip", "97232");
        ok(send("admin", "PUT", path, change.toString()));

        JsonNode history = json(ok(send("biller", "GET", path + "/history", null)));

        assertThat(history.get("items")).hasSize(2);
        JsonNode newest = history.get("items").get(0);
        assertThat(newest.get("user").asText()).isEqualTo("admin");
        assertThat(newest.get("at").asText()).isEqualTo(TestWorkspace.CLOCK.instant().toString());
        assertThat(newest.get("changes").toString()).isEqualTo("""
                [{"field":"address.line1","before":"10 SE Main St","after":"77 NE Broadway"},\
                {"field":"address.zip","before":"97214","after":"97232"}]""");
        assertThat(history.get("next").isNull()).isTrue();
    }

    @Test
    void a_failed_patient_edit_with_bad_input_adds_no_history_row() throws Exception {
        JsonNode read = newPatient("biller");
        String path = "/api/v1/patients/" + read.get("id").asLong();

        assertThat(fields(send("biller", "PUT", path, copy(read).put("birthDate", "1980-02-30").toString())))
                .containsExactly("$.birthDate");

        JsonNode history = json(ok(send("biller", "GET", path + "/history", null)));
        assertThat(history.get("total").asLong()).isEqualTo(1);
        assertThat(history.get("items").get(0).get("kind").asText()).isEqualTo("created");
    }

    @Test
    void the_history_pages_newest_first_and_a_bad_page_is_refused_naming_the_parameter() throws Exception {
        JsonNode read = newPatient("biller");
        String path = "/api/v1/patients/" + read.get("id").asLong();
        ok(send("biller", "PUT", path, copy(read).put("firstName", "Adele").toString()));
        ok(send("biller", "PUT", path, copy(read).put("firstName", "Alma").put("version", 1).toString()));

        JsonNode first = json(ok(send("biller", "GET", path + "/history?limit=2", null)));
        JsonNode rest = json(ok(send("biller", "GET", first.get("next").asText(), null)));

        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("items").get(0).at("/changes/0/after").asText()).isEqualTo("Alma");
        assertThat(first.get("next").asText()).isEqualTo(path + "/history?offset=2&limit=2");
        assertThat(rest.get("items")).singleElement().satisfies(created ->
                assertThat(created.get("kind").asText()).isEqualTo("created"));
        assertThat(fields(send("biller", "GET", path + "/history?limit=0", null))).containsExactly("limit");
        assertThat(fields(send("biller", "GET", path + "/history?offset=x", null))).containsExactly("offset");
        assertThat(fields(send("biller", "GET", path + "/history?page=2", null))).containsExactly("page");
        assertThat(send("biller", "GET", "/api/v1/patients/999999/history", null).statusCode()).isEqualTo(404);
        assertThat(send("biller", "GET", "/api/v1/visits/999999/history", null).statusCode()).isEqualTo(404);
    }

    @Test
    void a_therapist_reads_only_their_own_patients_history_and_every_read_is_audited() throws Exception {
        long patient = newPatient("biller").get("id").asLong();
        long visit = json(send("biller", "POST", "/api/v1/patients/" + patient + "/visits",
                visit("massage-coded-as-the-wrong-technique.json"))).get("id").asLong();

        assertThat(send("sam", "GET", "/api/v1/patients/" + patient + "/history", null).statusCode()).isEqualTo(403);
        assertThat(send("sam", "GET", "/api/v1/visits/" + visit + "/history", null).statusCode()).isEqualTo(403);
        ok(send("dana", "GET", "/api/v1/patients/" + patient + "/history", null));
        ok(send("dana", "GET", "/api/v1/visits/" + visit + "/history", null));

        List<AuditEntry> log = workspace().app().database().audit().recent(20);
        assertThat(log).anySatisfy(entry -> {
            assertThat(entry.user()).isEqualTo("dana");
            assertThat(entry.action()).isEqualTo("read");
            assertThat(entry.entity()).isEqualTo("visit-history");
            assertThat(entry.entityId()).contains(Long.toString(visit));
        });
        assertThat(log).anySatisfy(entry -> {
            assertThat(entry.user()).isEqualTo("sam");
            assertThat(entry.action()).isEqualTo("denied");
            assertThat(entry.entityId()).contains(Long.toString(patient));
        });
    }

    // ---- claims

    @Test
    void the_claim_of_a_chiropractic_visit_is_made_listed_read_and_downloaded_once() throws Exception {
        JsonNode patient = newPatient("biller");
        long patientId = patient.get("id").asLong();
        ok(send("biller", "POST", "/api/v1/patients/" + patientId + "/referrals", referral("2026-07-01", "2026-12-31", 12)));
        JsonNode visit = json(send("biller", "POST", "/api/v1/patients/" + patientId + "/visits",
                visit("chiro-98941-with-manual-therapy-to-shoulder.json")));
        String newClaim = "{\"visitId\": " + visit.get("id").asLong() + "}";

        HttpResponse<String> created = send("biller", "POST", "/api/v1/claims", newClaim);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode claim = json(created);
        long id = claim.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/claims/" + id);
        assertThat(claim.get("status").asText()).isEqualTo("ready");
        assertThat(claim.get("totalCharge").asText()).isEqualTo("96.96");
        assertThat(claim.get("controlNumber").asText()).isEqualTo(patient.get("accountNumber").asText() + "-20260708");
        assertThat(rules(claim.at("/claim/findings"))).contains("cmt.region");

        String filter = "/api/v1/claims?status=ready&payer=commercial&from=2026-07-08&through=2026-07-08";
        JsonNode listed = json(ok(send("biller", "GET", filter, null)));
        assertThat(ids(listed)).contains(id);
        assertThat(listed.get("items")).allSatisfy(item -> {
            assertThat(item.get("status").asText()).isEqualTo("ready");
            assertThat(item.get("payer").asText()).isEqualTo("commercial");
            assertThat(item.get("dateOfService").asText()).isEqualTo("2026-07-08");
        });
        assertThat(ids(json(ok(send("biller", "GET", "/api/v1/claims?from=2026-07-09", null))))).doesNotContain(id);
        assertThat(ids(json(ok(send("biller", "GET", "/api/v1/claims?status=submitted", null))))).doesNotContain(id);

        JsonNode read = json(ok(send("biller", "GET", "/api/v1/claims/" + id, null)));
        assertDeclared(read, "ClaimDetail");
        assertThat(statuses(read.get("history"))).containsExactly("draft", "scrubbed", "ready");
        assertThat(read.at("/history/0/user").asText()).isEqualTo("biller");
        assertThat(read.get("next")).extracting(JsonNode::asText).containsExactlyInAnyOrder("scrubbed", "submitted", "closed");
        assertThat(read.at("/claim/totalCharge").asText()).isEqualTo("96.96");

        HttpResponse<byte[]> edi = workspace().download("biller", "/api/v1/claims/" + id + "/837");
        assertThat(edi.statusCode()).isEqualTo(200);
        assertThat(edi.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/edi-x12"));
        assertThat(edi.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"claim-" + id + ".837\"");
        String x12 = new String(OutsideValidator.accepted(edi.body()), StandardCharsets.US_ASCII);
        assertThat(x12).startsWith("ISA").contains("CLM*" + claim.get("controlNumber").asText());
        // The demo practice is demo data: its files are test files (ISA15 T) and its name says so.
        assertThat(x12.substring(0, x12.indexOf('~')).split("\\*")[15]).isEqualTo("T");
        assertThat(x12).contains("(DEMO DATA)");
        assertThat(pdf("/api/v1/claims/" + id + "/cms1500.pdf")).startsWith("%PDF");
        assertThat(pdf("/api/v1/claims/" + id + "/superbill.pdf")).startsWith("%PDF");

        HttpResponse<String> second = send("biller", "POST", "/api/v1/claims", newClaim);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json(second).get("detail").asText()).contains("already has claim " + id);
    }

    @Test
    void an_auto_accident_visit_keeps_its_condition_and_its_claim_says_so_on_the_837_and_the_cms1500() throws Exception {
        long patientId = newPatient("biller").get("id").asLong();
        ok(send("biller", "POST", "/api/v1/patients/" + patientId + "/referrals", referral("2026-07-01", "2026-12-31", 12)));
        ObjectNode sent = (ObjectNode) JSON.readTree(visit("chiro-98941-with-manual-therapy-to-shoulder.json"));
        sent.set("condition", JSON.readTree("""
                {"employment": true, "accident": "auto", "accidentState": "WA", "accidentDate": "2026-06-29",
                 "onsetDate": "2026-06-30", "initialTreatmentDate": "2026-07-01", "lastXrayDate": "2026-07-02"}"""));

        JsonNode visit = json(ok(send("biller", "POST", "/api/v1/patients/" + patientId + "/visits", sent.toString())));
        JsonNode read = json(ok(send("biller", "GET", "/api/v1/visits/" + visit.get("id").asLong(), null)));
        long id = json(ok(send("biller", "POST", "/api/v1/claims", "{\"visitId\": " + visit.get("id").asLong() + "}")))
                .get("id").asLong();

        assertThat(read.at("/visit/condition")).isEqualTo(sent.get("condition"));
        assertDeclared(read.at("/visit/condition"), "Condition");
        String x12 = new String(OutsideValidator.accepted(workspace().download("biller", "/api/v1/claims/" + id + "/837")
                .body()), StandardCharsets.US_ASCII).replaceAll("~\\R", "~");
        assertThat(x12).contains("*Y*A*Y*Y**EM:AA::WA~", "DTP*431*D8*20260630~DTP*454*D8*20260701~"
                + "DTP*439*D8*20260629~DTP*455*D8*20260702~");
        assertThat(pdfText(workspace().download("biller", "/api/v1/claims/" + id + "/cms1500.pdf?form=red").body()))
                .contains("06 30 26", "431", "454", "07 01 26", "WA");
    }

    @Test
    void a_visit_with_a_bad_condition_is_refused_naming_each_field_and_nothing_is_saved() throws Exception {
        long patient = newPatient("biller").get("id").asLong();
        String path = "/api/v1/patients/" + patient + "/visits";
        ObjectNode bad = (ObjectNode) JSON.readTree(visit("chiro-98941-with-manual-therapy-to-shoulder.json"));
        bad.set("condition", JSON.readTree("""
                {"accident": "auto", "onsetDate": "2026-07-09", "initialTreatmentDate": "July 1"}"""));

        assertThat(fields(send("biller", "POST", path, bad.toString()))).containsExactlyInAnyOrder(
                "$.condition.accidentState", "$.condition.accidentDate", "$.condition.onsetDate",
                "$.condition.initialTreatmentDate");
        assertThat(ids(json(ok(send("biller", "GET", path, null))))).isEmpty();
    }

    @Test
    void the_cms1500_prints_for_the_red_ocr_form_with_form_red_audited_as_such_and_any_other_form_is_refused()
            throws Exception {
        JsonNode patient = newPatient("biller");
        long patientId = patient.get("id").asLong();
        ok(send("biller", "POST", "/api/v1/patients/" + patientId + "/referrals", referral("2026-07-01", "2026-12-31", 12)));
        JsonNode visit = json(send("biller", "POST", "/api/v1/patients/" + patientId + "/visits",
                visit("chiro-98941-with-manual-therapy-to-shoulder.json")));
        long id = json(ok(send("biller", "POST", "/api/v1/claims", "{\"visitId\": " + visit.get("id").asLong() + "}")))
                .get("id").asLong();

        HttpResponse<byte[]> red = workspace().download("biller", "/api/v1/claims/" + id + "/cms1500.pdf?form=red");
        HttpResponse<byte[]> full = workspace().download("biller", "/api/v1/claims/" + id + "/cms1500.pdf?form=full");

        assertThat(red.statusCode()).isEqualTo(200);
        assertThat(red.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"claim-" + id + "-cms1500-red.pdf\"");
        assertThat(pdfText(red.body())).contains("96 96").doesNotContain("HEALTH INSURANCE CLAIM FORM");
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(pdfText(full.body())).contains("96 96", "HEALTH INSURANCE CLAIM FORM");
        assertThat(workspace().app().database().audit().recent(50))
                .filteredOn(entry -> entry.entityId().equals(Optional.of(String.valueOf(id))))
                .extracting(entry -> entry.user() + " " + entry.action() + " " + entry.detail().orElse(""))
                .contains("biller download CMS-1500 red form", "biller download CMS-1500");
        for (String query : List.of("?form=blue", "?from=red")) {
            HttpResponse<String> refused = send("biller", "GET", "/api/v1/claims/" + id + "/cms1500.pdf" + query, null);
            assertThat(refused.statusCode()).as(query).isEqualTo(422);
            assertThat(refused.body()).as(query).contains(query.substring(1, query.indexOf('=')));
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    @Test
    void the_claim_list_is_paged_by_limit_and_offset_and_counts_every_claim_that_matches() throws Exception {
        JsonNode all = json(ok(send("biller", "GET", "/api/v1/claims?limit=5000", null)));
        long total = all.get("total").asLong();
        assertThat(total).isGreaterThan(2).isEqualTo(all.get("items").size());

        JsonNode second = json(ok(send("biller", "GET", "/api/v1/claims?limit=2&offset=1", null)));

        assertThat(second.get("total").asLong()).isEqualTo(total);
        assertThat(second.get("limit").asInt()).isEqualTo(2);
        assertThat(second.get("offset").asLong()).isEqualTo(1);
        assertThat(ids(second)).containsExactly(all.at("/items/1/id").asLong(), all.at("/items/2/id").asLong());
        assertThat(fields(send("biller", "GET", "/api/v1/claims?offset=-1", null))).containsExactly("offset");
    }

    @Test
    void bad_claim_filters_are_refused_naming_each_query_parameter() throws Exception {
        HttpResponse<String> refused = send("biller", "GET",
                "/api/v1/claims?status=lost&payer=acme&from=2026-13-01&through=yesterday&limit=0&sort=date", null);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(fields(refused)).containsExactly("sort");
        assertThat(fields(send("biller", "GET", "/api/v1/claims?status=lost&payer=acme&from=2026-13-01&through=yesterday&limit=0", null)))
                .containsExactlyInAnyOrder("status", "payer", "from", "through", "limit");
        assertThat(fields(send("biller", "GET", "/api/v1/claims?from=2026-07-09&through=2026-07-08", null)))
                .containsExactly("through");
    }

    @Test
    void a_claim_moves_through_its_lifecycle_naming_the_version_read() throws Exception {
        JsonNode claim = readyClaim();
        String path = "/api/v1/claims/" + claim.get("id").asLong() + "/status";
        int version = claim.get("version").asInt();

        JsonNode submitted = json(ok(send("biller", "POST", path,
                "{\"status\": \"submitted\", \"version\": " + version + ", \"note\": \"sent to the clearinghouse\"}")));
        HttpResponse<String> stale = send("biller", "POST", path, "{\"status\": \"paid\", \"note\": \"cheque 77\", \"version\": " + version + "}");
        HttpResponse<String> notAllowed = send("biller", "POST", path,
                "{\"status\": \"ready\", \"version\": " + submitted.get("version").asInt() + "}");
        HttpResponse<String> unknown = send("biller", "POST", path, "{\"status\": \"lost\", \"version\": 9}");

        assertThat(submitted.get("status").asText()).isEqualTo("submitted");
        assertThat(submitted.at("/history/3/note").asText()).isEqualTo("sent to the clearinghouse");
        assertThat(submitted.get("next")).extracting(JsonNode::asText).containsExactlyInAnyOrder("accepted", "rejected", "paid", "partly_paid", "denied");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("currentVersion").asInt()).isEqualTo(submitted.get("version").asInt());
        assertThat(notAllowed.statusCode()).isEqualTo(422);
        assertThat(json(notAllowed).at("/errors/0/detail").asText()).contains("a submitted claim cannot become ready");
        assertThat(fields(unknown)).containsExactly("$.status");
    }

    @Test
    void a_claim_with_error_findings_moves_to_ready_only_with_a_reason_which_its_history_keeps() throws Exception {
        JsonNode claim = claimWithErrors();
        String path = "/api/v1/claims/" + claim.get("id").asLong() + "/status";
        int version = claim.get("version").asInt();

        HttpResponse<String> unexplained = send("biller", "POST", path,
                "{\"status\": \"ready\", \"version\": " + version + ", \"note\": \"looks fine\"}");
        HttpResponse<String> blank = send("biller", "POST", path,
                "{\"status\": \"ready\", \"version\": " + version + ", \"reason\": \"  \"}");
        HttpResponse<String> explained = send("biller", "POST", path, "{\"status\": \"ready\", \"version\": " + version
                + ", \"reason\": \"the payer confirmed by phone that 97140 is covered on the shoulder\"}");

        assertThat(unexplained.statusCode()).as(unexplained.body()).isEqualTo(422);
        assertThat(fields(unexplained)).containsExactly("$.reason");
        assertThat(json(unexplained).at("/errors/0/detail").asText()).contains("error finding(s)").contains("say why");
        assertThat(fields(blank)).containsExactly("$.reason");
        assertThat(explained.statusCode()).as(explained.body()).isEqualTo(200);
        JsonNode moved = json(explained);
        assertThat(moved.get("status").asText()).isEqualTo("ready");
        JsonNode last = moved.get("history").get(moved.get("history").size() - 1);
        assertThat(last.get("to").asText()).isEqualTo("ready");
        assertThat(last.get("note").asText()).contains("error finding(s)")
                .contains("the payer confirmed by phone that 97140 is covered on the shoulder");
        assertThat(json(ok(send("biller", "GET", "/api/v1/claims/" + claim.get("id").asLong(), null))).get("history")
                .findValuesAsText("note")).anyMatch(note -> note.contains("confirmed by phone"));
    }

    @Test
    void a_self_pay_claim_has_a_superbill_but_no_837() throws Exception {
        long id = json(ok(send("biller", "GET", "/api/v1/claims?payer=self-pay", null))).at("/items/0/id").asLong();

        assertThat(send("biller", "GET", "/api/v1/claims/" + id + "/837", null).statusCode()).isEqualTo(422);
        assertThat(pdf("/api/v1/claims/" + id + "/superbill.pdf")).startsWith("%PDF");
    }

    // ---- submissions and corrections

    @Test
    void posting_a_submission_sends_the_ready_claims_in_one_file_and_moves_them_to_submitted() throws Exception {
        JsonNode first = readyClaim();
        JsonNode second = readyClaim();

        HttpResponse<String> response = send("biller", "POST", "/api/v1/submissions",
                "{\"claims\": [" + first.get("id").asLong() + ", " + second.get("id").asLong() + "]}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode sent = json(response);
        assertThat(sent.get("claimsSent").asInt()).isEqualTo(2);
        String location = response.headers().firstValue("Location").orElseThrow();
        JsonNode submission = json(ok(send("biller", "GET", location, null)));
        assertThat(submission.get("claims")).extracting(claim -> claim.get("status").asText()).containsOnly("submitted");
        HttpResponse<byte[]> file = workspace().download("biller", location + "/837");
        String edi = new String(OutsideValidator.accepted(file.body()), java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(edi).contains("CLM*" + first.get("controlNumber").asText() + "*",
                "CLM*" + second.get("controlNumber").asText() + "*", "*" + submission.get("interchangeControlNumber").asText() + "*");
        assertThat(json(ok(send("biller", "GET", "/api/v1/submissions", null))).get("total").asLong()).isGreaterThanOrEqualTo(1);
        HttpResponse<byte[]> claimFile = workspace().download("biller", "/api/v1/claims/" + first.get("id").asLong() + "/837");
        assertThat(new String(OutsideValidator.accepted(claimFile.body()), java.nio.charset.StandardCharsets.US_ASCII))
                .as("the claim's own copy under the same control numbers")
                .contains("*" + submission.get("interchangeControlNumber").asText() + "*")
                .doesNotContain("CLM*" + second.get("controlNumber").asText() + "*");
    }

    @Test
    void a_therapist_may_not_send_claims_nor_move_them_past_ready() throws Exception {
        JsonNode claim = readyClaim();

        assertThat(send("dana", "POST", "/api/v1/submissions", "{}").statusCode()).isEqualTo(403);
        assertThat(send("dana", "GET", "/api/v1/submissions", null).statusCode()).isEqualTo(403);
        assertThat(era835("dana", "/api/v1/acknowledgments", "ISA*00*~").statusCode())
                .as("importing an acknowledgment").isEqualTo(403);
        assertThat(send("dana", "POST", "/api/v1/claims/" + claim.get("id").asLong() + "/payments",
                "{\"claimPaymentId\": 1}").statusCode()).as("posting a payment").isEqualTo(403);
        assertThat(send("dana", "POST", "/api/v1/claims/" + claim.get("id").asLong() + "/status",
                "{\"status\": \"submitted\", \"version\": " + claim.get("version").asInt() + "}").statusCode())
                .as("moving a claim past ready").isEqualTo(403);
        assertThat(send("biller", "POST", "/api/v1/submissions", "{\"claims\": [\"one\"]}").statusCode()).isEqualTo(422);
        assertThat(json(ok(send("biller", "GET", "/api/v1/claims/" + claim.get("id").asLong(), null))).get("status").asText())
                .isEqualTo("ready");
    }

    @Test
    void a_correction_of_a_claim_never_accepted_is_refused_and_one_without_a_reason_names_the_field() throws Exception {
        JsonNode claim = submittedClaim();
        String path = "/api/v1/claims/" + claim.get("id").asLong() + "/corrections";

        HttpResponse<String> noReason = send("biller", "POST", path, "{\"kind\": \"replacement\", \"version\": "
                + claim.get("version").asInt() + "}");
        HttpResponse<String> notAccepted = send("biller", "POST", path, "{\"kind\": \"void\", \"reason\": \"duplicate\","
                + " \"version\": " + claim.get("version").asInt() + "}");
        HttpResponse<String> rescrub = send("biller", "POST", "/api/v1/claims/" + claim.get("id").asLong() + "/rescrub",
                "{\"version\": " + claim.get("version").asInt() + "}");

        assertThat(fields(noReason)).containsExactly("$.reason");
        assertThat(notAccepted.statusCode()).isEqualTo(409);
        assertThat(rescrub.statusCode()).isEqualTo(409);
        assertThat(rescrub.body()).contains("a sent claim never changes");
    }

    // ---- remittances and patients' money

    @Test
    void a_second_835_with_the_same_trace_but_another_payment_is_a_conflict_and_posts_nothing() throws Exception {
        JsonNode claim = submittedClaim();
        long claimId = claim.get("id").asLong();
        String control = claim.get("controlNumber").asText();
        String paid = new Era835("API-DUP-" + claimId, "2026-11-20")
                .claim(control, "4", claim.get("totalCharge").asText(), "0.00", "97140", control + "-2", "CO", "97",
                        "42.50", "M15").text();
        String other = new Era835("API-DUP-" + claimId, "2026-11-20")
                .claim(control, "1", claim.get("totalCharge").asText(), "20.00", "97140", control + "-2", "CO", "45",
                        "22.50", "M15").text();

        assertThat(era835("biller", "/api/v1/remittances?file=first.835", paid).statusCode()).isEqualTo(201);
        HttpResponse<String> conflict = era835("biller", "/api/v1/remittances?file=second.835", other);

        assertThat(conflict.statusCode()).as(conflict.body()).isEqualTo(409);
        assertThat(conflict.body()).contains("API-DUP-" + claimId).contains("first.835");
        JsonNode payments = json(ok(send("biller", "GET", "/api/v1/claims/" + claimId + "/payments", null)));
        assertThat(payments.get("payments")).as("the second file posted nothing").hasSize(1);
    }

    @Test
    void an_835_sent_to_the_api_posts_its_denial_to_the_claim_with_the_rule_that_explains_it_and_sent_again_changes_nothing()
            throws Exception {
        JsonNode claim = submittedClaim();
        long claimId = claim.get("id").asLong();
        String control = claim.get("controlNumber").asText();
        String era = new Era835("API-TRN-" + claimId, "2026-11-20")
                .claim(control, "4", claim.get("totalCharge").asText(), "0.00", "97140", control + "-2", "CO", "97",
                        "42.50", "M15").text();

        HttpResponse<String> first = era835("biller", "/api/v1/remittances?file=regence-1120.835", era);
        HttpResponse<String> again = era835("biller", "/api/v1/remittances?file=regence-1120.835", era);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(json(first).get("posted").asInt()).isEqualTo(1);
        assertDeclared(json(first), "RemittanceImport");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).at("/transactions/0/result").asText()).isEqualTo("imported before");
        JsonNode payments = json(ok(send("biller", "GET", "/api/v1/claims/" + claimId + "/payments", null)));
        assertDeclared(payments, "ClaimPayments");
        assertThat(payments.get("payments")).hasSize(1);
        JsonNode denial = payments.at("/payments/0/denials/0");
        assertThat(denial.get("code").asText()).isEqualTo("CO-97");
        assertThat(denial.get("meaning").asText()).contains("included in the payment/allowance for another service");
        assertThat(denial.at("/remarks/0/code").asText()).isEqualTo("M15");
        assertThat(denial.at("/trace/rules/0").asText()).isEqualTo("ncci.ptp");
        assertThat(denial.at("/trace/verdict").asText()).isIn("flagged", "missed", "not-in-pack");
        assertThat(json(ok(send("biller", "GET", "/api/v1/claims/" + claimId, null))).get("status").asText()).isEqualTo("denied");
        long remittance = json(first).at("/transactions/0/remittance").asLong();
        JsonNode detail = json(ok(send("biller", "GET", "/api/v1/remittances/" + remittance, null)));
        assertThat(detail.get("file").asText()).isEqualTo("regence-1120.835");
        assertThat(detail.at("/payments/0/claimId").asLong()).isEqualTo(claimId);
        assertThat(detail.at("/payments/0/lines/0/claimLine").asInt()).isEqualTo(2);
        assertThat(ids(json(ok(send("biller", "GET", "/api/v1/remittances", null))))).contains(remittance);
    }

    @Test
    void a_payment_for_no_claim_of_ours_waits_in_the_queue_until_a_biller_posts_it_to_the_right_claim() throws Exception {
        JsonNode claim = submittedClaim();
        long claimId = claim.get("id").asLong();
        String era = new Era835("API-QUEUE-" + claimId, "2026-11-21")
                .claim("TYPO-" + claimId, "1", claim.get("totalCharge").asText(), "60.00", "98941", "TYPO-" + claimId + "-1",
                        "CO", "45", "5.00", null).text();

        JsonNode imported = json(ok(era835("biller", "/api/v1/remittances", era)));
        JsonNode queued = StreamSupport.stream(json(ok(send("biller", "GET", "/api/v1/remittances/queue", null)))
                        .get("items").spliterator(), false)
                .filter(payment -> payment.get("controlNumber").asText().equals("TYPO-" + claimId)).findFirst().orElseThrow();
        HttpResponse<String> notAnId = send("biller", "POST", "/api/v1/claims/" + claimId + "/payments", "{\"claimPaymentId\": \"x\"}");
        HttpResponse<String> differs = send("biller", "POST", "/api/v1/claims/" + claimId + "/payments",
                "{\"claimPaymentId\": " + queued.get("id").asLong() + "}");
        JsonNode posted = json(ok(send("biller", "POST", "/api/v1/claims/" + claimId + "/payments",
                "{\"claimPaymentId\": " + queued.get("id").asLong() + ", \"overrideReason\": \"the payer typed the"
                        + " control number wrong; its EOB names our patient\"}")));

        assertThat(fields(differs)).as("the payment names another patient, member id and date").contains("patient",
                "memberId", "dateOfService");
        assertThat(imported.get("queued").asInt()).isEqualTo(1);
        assertThat(queued.get("claimId").isNull()).isTrue();
        assertThat(queued.get("unmatchedReason").asText()).contains("TYPO-" + claimId);
        assertThat(fields(notAnId)).containsExactly("$.claimPaymentId");
        assertThat(posted.get("paid").asText()).isEqualTo("60.00");
        assertThat(json(ok(send("biller", "GET", "/api/v1/remittances/queue", null))).get("items"))
                .noneMatch(payment -> payment.get("id").asLong() == queued.get("id").asLong());
    }

    @Test
    void an_835_that_cannot_be_read_is_refused_naming_its_segment_and_a_therapist_may_not_import_one() throws Exception {
        String broken = new Era835("API-BROKEN", "2026-11-21").text().replace("BPR*I*", "BPR*Q*");

        HttpResponse<String> unreadable = era835("biller", "/api/v1/remittances", broken);
        HttpResponse<String> json = send("biller", "POST", "/api/v1/remittances", "{}");
        HttpResponse<String> therapist = era835("dana", "/api/v1/remittances", new Era835("API-DANA", "2026-11-21").text());

        assertThat(unreadable.statusCode()).isEqualTo(422);
        assertThat(json(unreadable).at("/errors/0/field").asText()).contains("BPR");
        assertThat(fields(json)).containsExactly("Content-Type");
        assertThat(therapist.statusCode()).isEqualTo(403);
        assertThat(send("dana", "GET", "/api/v1/remittances", null).statusCode()).isEqualTo(403);
    }

    @Test
    void a_payment_the_patient_made_lowers_their_balance_and_a_bad_one_is_refused_naming_each_field() throws Exception {
        long patient = newPatient("biller").get("id").asLong();
        String path = "/api/v1/patients/" + patient;

        JsonNode before = json(ok(send("biller", "GET", path + "/account", null)));
        HttpResponse<String> paid = send("biller", "POST", path + "/payments",
                "{\"receivedOn\": \"2026-11-23\", \"amount\": \"25.00\", \"method\": \"card\", \"reference\": \"visa 4242\"}");
        HttpResponse<String> bad = send("biller", "POST", path + "/payments",
                "{\"receivedOn\": \"2026-12-01\", \"amount\": \"-3\", \"method\": \"barter\"}");
        HttpResponse<String> number = send("biller", "POST", path + "/payments",
                "{\"receivedOn\": \"2026-11-23\", \"amount\": 25.1, \"method\": \"cash\"}");

        assertThat(before.get("balance").asText()).isEqualTo("0.00");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
        assertDeclared(json(paid), "PatientAccount");
        assertThat(json(paid).get("balance").asText()).as("paid ahead: a credit").isEqualTo("-25.00");
        assertThat(json(paid).at("/payments/0/method").asText()).isEqualTo("card");
        assertThat(fields(bad)).containsExactlyInAnyOrder("$.receivedOn", "$.amount", "$.method");
        assertThat(fields(number)).containsExactly("$.amount");
    }

    // ---- who may see what

    @Test
    void a_therapist_cannot_see_another_therapists_patient_nor_their_visits_or_claims() throws Exception {
        JsonNode danas = StreamSupport.stream(json(ok(send("admin", "GET", "/api/v1/patients", null))).get("items").spliterator(), false)
                .filter(patient -> patient.at("/therapist/npi").asText().equals(DANA_NPI)).findFirst().orElseThrow();
        long id = danas.get("id").asLong();
        List<JsonNode> danasClaims = StreamSupport.stream(json(ok(send("admin", "GET", "/api/v1/claims", null)))
                .get("items").spliterator(), false).filter(claim -> claim.get("patientId").asLong() == id).toList();

        HttpResponse<String> refused = send("sam", "GET", "/api/v1/patients/" + id, null);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("detail").asText()).contains("another therapist's patient");
        assertThat(send("sam", "GET", "/api/v1/patients/" + id + "/visits", null).statusCode()).isEqualTo(403);
        assertThat(send("sam", "PUT", "/api/v1/patients/" + id, danas.toString()).statusCode()).isEqualTo(403);
        assertThat(ids(json(ok(send("sam", "GET", "/api/v1/patients", null))))).doesNotContain(id);
        assertThat(danasClaims).isNotEmpty();
        long claim = danasClaims.get(0).get("id").asLong();
        assertThat(ids(json(ok(send("sam", "GET", "/api/v1/claims", null))))).doesNotContain(claim);
        assertThat(send("sam", "GET", "/api/v1/claims/" + claim, null).statusCode()).isEqualTo(403);
        assertThat(workspace().download("sam", "/api/v1/claims/" + claim + "/837").statusCode()).isEqualTo(403);
        assertThat(json(ok(send("dana", "GET", "/api/v1/patients/" + id, null))).get("id").asLong()).isEqualTo(id);
    }

    @Test
    void a_therapists_new_patient_is_their_own_whoever_the_body_names() throws Exception {
        JsonNode created = json(send("sam", "POST", "/api/v1/patients", patient(account()).toString()));

        assertThat(created.at("/therapist/firstName").asText()).isEqualTo("Sam");
        assertThat(send("dana", "GET", "/api/v1/patients/" + created.get("id").asLong(), null).statusCode()).isEqualTo(403);
    }

    @Test
    void every_read_and_write_of_a_patient_is_in_the_audit_log_with_user_and_address() throws Exception {
        long id = newPatient("admin").get("id").asLong();
        JsonNode read = json(ok(send("admin", "GET", "/api/v1/patients/" + id, null)));
        ok(send("admin", "PUT", "/api/v1/patients/" + id, copy(read).put("firstName", "Ida").toString()));
        ok(send("admin", "GET", "/api/v1/patients?q=quinn", null));
        ok(send("admin", "GET", "/api/v1/patients/" + id + "/referrals", null));
        send("sam", "GET", "/api/v1/patients/" + id, null);

        List<AuditEntry> entries = workspace().app().database().audit().recent(500);

        assertThat(entries).filteredOn(entry -> entry.entityId().equals(Optional.of(String.valueOf(id))))
                .extracting(entry -> entry.user() + " " + entry.action() + " " + entry.entity())
                .contains("admin create patient", "admin read patient", "admin update patient", "admin read referral",
                        "sam denied patient");
        assertThat(entries).filteredOn(entry -> entry.action().equals("list") && entry.user().equals("admin"))
                .extracting(entry -> entry.detail().orElse("")).anySatisfy(detail ->
                        assertThat(detail).contains("in a search that found").doesNotContain("quinn"));
        assertThat(entries).filteredOn(entry -> entry.user().equals("admin"))
                .allSatisfy(entry -> assertThat(entry.remoteAddress()).contains("127.0.0.1"));
    }

    // ---- the audit log

    @Test
    void an_admin_finds_everyone_who_saw_a_patient_lists_included_and_exports_them_as_csv() throws Exception {
        long id = newPatient("biller").get("id").asLong();
        ok(send("biller", "GET", "/api/v1/patients/" + id, null));
        ok(send("biller", "GET", "/api/v1/patients", null));

        JsonNode page = json(ok(send("admin", "GET", "/api/v1/audit?entity=patient&entityId=" + id, null)));
        HttpResponse<String> csv = ok(send("admin", "GET", "/api/v1/audit/export.csv?entity=patient&entityId=" + id, null));

        assertDeclared(page, "AuditEntryList");
        assertThat(page.get("items")).extracting(entry -> entry.get("user").asText() + " " + entry.get("action").asText())
                .contains("biller create", "biller read", "biller list");
        assertThat(page.get("total").asLong()).isEqualTo(page.get("items").size());
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,occurred_at,user,action,entity,entity_id,remote_address,detail,sealed");
        assertThat(lines).hasSize(page.get("items").size() + 1)
                .anySatisfy(line -> assertThat(line).contains(",biller,list,patient," + id + ",127.0.0.1,in a list of"));
    }

    @Test
    void the_audit_log_is_an_admins_to_read_and_a_refusal_is_itself_in_it() throws Exception {
        HttpResponse<String> refused = send("biller", "GET", "/api/v1/audit", null);

        HttpResponse<String> stranger = workspace().sendWithToken("not-a-token", "GET", "/api/v1/patients?q=quinn", null, Map.of());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(stranger.statusCode()).isEqualTo(401);
        JsonNode denied = json(ok(send("admin", "GET", "/api/v1/audit?user=biller&action=denied&entity=audit_log", null)));
        assertThat(denied.get("total").asLong()).isPositive();
        JsonNode refusals = json(ok(send("admin", "GET", "/api/v1/audit?action=refused", null))).get("items");
        assertThat(refusals).extracting(entry -> entry.get("user").asText() + " " + entry.get("detail").asText())
                .contains("biller 403 GET /api/v1/audit: the audit log is an admin's to read")
                .anySatisfy(line -> assertThat(line).startsWith("anonymous 401 GET /api/v1/patients:").doesNotContain("quinn"));
    }

    @Test
    void the_audit_chain_verifies_intact_and_bad_filters_are_named() throws Exception {
        JsonNode verification = json(ok(send("admin", "GET", "/api/v1/audit/verification", null)));

        assertDeclared(verification, "AuditVerification");
        assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.get("rowsChecked").asLong()).isPositive();
        assertThat(fields(send("admin", "GET", "/api/v1/audit?from=2026-13-01&limit=0", null)))
                .containsExactlyInAnyOrder("from", "limit");
    }

    // ---- the practice

    @Test
    void providers_are_listed_with_npi_credential_taxonomy_and_license() throws Exception {
        JsonNode providers = json(ok(send("biller", "GET", "/api/v1/providers", null))).get("items");

        assertThat(providers).anySatisfy(provider -> {
            assertThat(provider.get("npi").asText()).isEqualTo(DANA_NPI);
            assertThat(provider.get("type").asText()).isEqualTo("DC");
            assertThat(provider.get("credential").asText()).isEqualTo("doctor of chiropractic");
            assertThat(provider.get("taxonomy").asText()).isEqualTo("111N00000X");
            assertThat(provider.get("license").asText()).isEqualTo("OR-DC-4412");
        });
    }

    @Test
    void payers_are_listed_with_their_pack_and_claim_filing_indicator() throws Exception {
        JsonNode payers = json(ok(send("biller", "GET", "/api/v1/payers", null))).get("items");

        assertThat(payers).anySatisfy(payer -> {
            assertThat(payer.get("id").asText()).isEqualTo("medicare");
            assertThat(payer.get("electronicId").asText()).isEqualTo("02302");
            assertThat(payer.get("pack").asText()).isEqualTo("medicare");
            assertThat(payer.get("claimFilingIndicator").asText()).isEqualTo("MB");
        });
    }

    @Test
    void anyone_signed_in_reads_the_practice_with_its_version_and_what_it_still_lacks() throws Exception {
        HttpResponse<String> response = ok(send("biller", "GET", "/api/v1/practice", null));
        JsonNode practice = json(response);

        assertThat(practice.at("/billingProvider/name").asText()).contains("DEMO DATA");
        assertThat(practice.at("/billingProvider/npi").asText()).matches("\\d{10}");
        assertThat(practice.get("version").isInt()).isTrue();
        assertThat(response.headers().firstValue("ETag")).contains("\"" + practice.get("version").asInt() + "\"");
        assertThat(practice.get("readiness").isArray()).isTrue();
        assertThat(practice.has("providers")).isFalse();
        assertDeclared(practice, "Practice");
        assertDeclared(practice.get("billingProvider"), "BillingProvider");
    }

    @Test
    void an_admin_changes_the_practice_with_the_version_read_and_a_second_change_from_that_version_is_a_conflict() throws Exception {
        JsonNode read = json(ok(send("admin", "GET", "/api/v1/practice", null)));
        int version = read.get("version").asInt();
        ObjectNode change = copy(read);
        ((ObjectNode) change.get("billingProvider")).put("phone", "5035550199");

        JsonNode saved = json(ok(send("admin", "PUT", "/api/v1/practice", change.toString())));
        HttpResponse<String> stale = send("admin", "PUT", "/api/v1/practice", change.toString());

        assertThat(saved.get("version").asInt()).isEqualTo(version + 1);
        assertThat(saved.at("/billingProvider/phone").asText()).isEqualTo("5035550199");
        assertThat(saved.at("/billingProvider/name").asText()).isEqualTo(read.at("/billingProvider/name").asText());
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(json(stale).get("currentVersion").asInt()).isEqualTo(version + 1);
        assertThat(workspace().app().database().audit().recent(50)).anySatisfy(entry -> {
            assertThat(entry.user()).isEqualTo("admin");
            assertThat(entry.action()).isEqualTo("update");
            assertThat(entry.entity()).isEqualTo("practice");
        });
    }

    @Test
    void a_sole_proprietors_ssn_is_shown_masked_and_sending_the_masked_value_back_keeps_it() throws Exception {
        JsonNode read = json(ok(send("admin", "GET", "/api/v1/practice", null)));
        String ein = read.at("/billingProvider/taxId").asText();
        assertThat(ein).matches("\\d{2}-\\d{7}");
        ObjectNode toSsn = copy(read);
        ((ObjectNode) toSsn.get("billingProvider")).put("taxId", "412-55-6789").put("ssn", true);
        try {
            JsonNode withSsn = json(ok(send("admin", "PUT", "/api/v1/practice", toSsn.toString())));
            assertThat(withSsn.at("/billingProvider/taxId").asText()).isEqualTo("***-**-6789");
            assertThat(withSsn.toString()).doesNotContain("412");

            ObjectNode unchanged = copy(withSsn);
            ((ObjectNode) unchanged.get("billingProvider")).put("phone", "5035550123");
            JsonNode saved = json(ok(send("admin", "PUT", "/api/v1/practice", unchanged.toString())));
            assertThat(saved.at("/billingProvider/taxId").asText()).isEqualTo("***-**-6789");
            assertThat(saved.at("/billingProvider/ssn").asBoolean()).isTrue();
        } finally {
            ObjectNode back = copy(json(ok(send("admin", "GET", "/api/v1/practice", null))));
            ((ObjectNode) back.get("billingProvider")).put("taxId", ein).remove("ssn");
            ok(send("admin", "PUT", "/api/v1/practice", back.toString()));
        }
    }

    @Test
    void only_an_admin_changes_the_practice_its_providers_payers_and_fees() throws Exception {
        JsonNode practice = json(ok(send("biller", "GET", "/api/v1/practice", null)));
        JsonNode fees = json(ok(send("biller", "GET", "/api/v1/fee-schedule", null)));

        assertThat(send("biller", "PUT", "/api/v1/practice", practice.toString()).statusCode()).isEqualTo(403);
        assertThat(send("biller", "PUT", "/api/v1/fee-schedule", fees.toString()).statusCode()).isEqualTo(403);
        assertThat(send("biller", "POST", "/api/v1/providers", provider("Tam", "Reyes", "PTA", "1333321119", null))
                .statusCode()).isEqualTo(403);
        assertThat(send("biller", "POST", "/api/v1/payers", "{\"id\": \"cigna\", \"name\": \"Cigna\", \"payerId\": \"62308\","
                + " \"pack\": \"commercial\"}").statusCode()).isEqualTo(403);
        assertThat(json(ok(send("biller", "GET", "/api/v1/payers", null))).get("items"))
                .noneSatisfy(payer -> assertThat(payer.get("id").asText()).isEqualTo("cigna"));
    }

    @Test
    void a_bad_practice_or_a_body_that_is_not_one_is_refused_naming_the_field() throws Exception {
        JsonNode read = json(ok(send("admin", "GET", "/api/v1/practice", null)));
        ObjectNode change = copy(read).put("nickname", "Riverside");
        ((ObjectNode) change.get("billingProvider")).put("npi", "1234567890").put("name", "x".repeat(100_000));
        ((ObjectNode) change.get("billingProvider")).set("ssn", JSON.readTree("\"yes\""));

        assertThat(fields(send("admin", "PUT", "/api/v1/practice", change.toString())))
                .contains("$.nickname", "$.billingProvider.npi", "$.billingProvider.name", "$.billingProvider.ssn");
        assertThat(fields(send("admin", "PUT", "/api/v1/practice", "[1, 2]"))).containsExactly("$");
        assertThat(fields(send("admin", "PUT", "/api/v1/practice", "{\"version\": \"three\"}"))).containsExactly("$.version");
        assertThat(fields(send("admin", "PUT", "/api/v1/fee-schedule", "{\"fees\": [1], \"version\": 0}"))).contains("$.fees");
    }

    @Test
    void an_admin_adds_an_assistant_supervised_by_a_therapist_and_a_second_provider_with_that_npi_is_a_conflict() throws Exception {
        HttpResponse<String> created = send("admin", "POST", "/api/v1/providers",
                provider("Tam", "Reyes", "PTA", "1740556323", "1558598797"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode pta = json(created);
        long id = pta.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/providers/" + id);
        assertThat(pta.get("version").asInt()).isZero();
        assertThat(pta.get("supervisor").asText()).isEqualTo("1558598797");
        assertDeclared(pta, "Provider");
        JsonNode listed = json(ok(send("biller", "GET", "/api/v1/providers", null))).get("items");
        assertThat(listed).anySatisfy(provider -> {
            assertThat(provider.get("id").asLong()).isEqualTo(id);
            assertThat(provider.get("type").asText()).isEqualTo("PTA");
            assertThat(provider.get("supervisor").asText()).isEqualTo("1558598797");
            assertThat(provider.get("user").isNull()).isTrue();
        });

        HttpResponse<String> duplicate = send("admin", "POST", "/api/v1/providers",
                provider("Other", "Person", "PT", "1740556323", null));
        assertThat(duplicate.statusCode()).as(duplicate.body()).isEqualTo(409);
        assertThat(json(duplicate).get("detail").asText()).contains("1740556323");

        ObjectNode change = copy(pta).put("active", false);
        JsonNode saved = json(ok(send("admin", "PUT", "/api/v1/providers/" + id, change.toString())));
        assertThat(saved.get("active").asBoolean()).isFalse();
        assertThat(saved.get("version").asInt()).isEqualTo(1);
        assertThat(send("admin", "PUT", "/api/v1/providers/" + id, change.toString()).statusCode()).isEqualTo(409);
        assertThat(send("admin", "PUT", "/api/v1/providers/999999", change.toString()).statusCode()).isEqualTo(404);
    }

    @Test
    void a_therapists_provider_names_the_user_who_signs_in_as_them() throws Exception {
        JsonNode providers = json(ok(send("biller", "GET", "/api/v1/providers", null))).get("items");

        assertThat(providers).anySatisfy(provider -> assertThat(provider.get("user").isTextual()).isTrue());
    }

    @Test
    void a_provider_with_a_bad_npi_or_an_unknown_supervisor_is_refused_naming_the_field() throws Exception {
        assertThat(fields(send("admin", "POST", "/api/v1/providers", provider("Tam", "Reyes", "PT", "1740556324", null))))
                .containsExactly("$.npi");
        assertThat(fields(send("admin", "POST", "/api/v1/providers", provider("Tam", "Reyes", "PTA", "1904135674", "1333321119"))))
                .containsExactly("$.supervisor");
    }

    @Test
    void an_admin_adds_a_payer_to_the_directory_a_patient_is_insured_by_it_and_a_second_with_that_id_is_a_conflict() throws Exception {
        String aetna = """
                {"id": "aetna", "name": "Aetna", "payerId": "60054", "pack": "commercial", "contracted": {"97140": "38.00"}}""";
        HttpResponse<String> created = send("admin", "POST", "/api/v1/payers", aetna);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode payer = json(created);
        long entryId = payer.get("entryId").asLong();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/payers/" + entryId);
        assertThat(payer.get("id").asText()).isEqualTo("aetna");
        assertThat(payer.get("payerId").asText()).isEqualTo("60054");
        assertThat(payer.get("electronicId").asText()).isEqualTo("60054");
        assertThat(payer.get("claimFilingIndicator").asText()).isEqualTo("CI");
        assertThat(payer.at("/contracted/97140").asText()).isEqualTo("38.00");
        assertDeclared(payer, "Payer");
        assertThat(json(ok(send("biller", "GET", "/api/v1/payers", null))).get("items"))
                .anySatisfy(listed -> assertThat(listed).isEqualTo(payer));

        HttpResponse<String> duplicate = send("admin", "POST", "/api/v1/payers", aetna);
        assertThat(duplicate.statusCode()).as(duplicate.body()).isEqualTo(409);

        HttpResponse<String> patient = send("biller", "POST", "/api/v1/patients", patient(account()).put("payer", "aetna").toString());
        assertThat(patient.statusCode()).as(patient.body()).isEqualTo(201);
        assertThat(json(patient).get("payer").asText()).isEqualTo("aetna");

        ObjectNode change = copy(payer).put("name", "Aetna Health");
        JsonNode saved = json(ok(send("admin", "PUT", "/api/v1/payers/" + entryId, change.toString())));
        assertThat(saved.get("name").asText()).isEqualTo("Aetna Health");
        assertThat(saved.get("version").asInt()).isEqualTo(1);
        HttpResponse<String> stale = send("admin", "PUT", "/api/v1/payers/" + entryId, change.toString());
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("currentVersion").asInt()).isEqualTo(1);
    }

    @Test
    void a_payer_with_an_electronic_id_outside_the_x12_character_set_is_refused_naming_the_field() throws Exception {
        HttpResponse<String> refused = send("admin", "POST", "/api/v1/payers",
                "{\"id\": \"excellus\", \"name\": \"Excellus\", \"payerId\": \"EXC*600\", \"pack\": \"commercial\"}");

        assertThat(fields(refused)).containsExactly("$.payerId");
    }

    @Test
    void a_directory_entry_cannot_take_a_rule_packs_id_to_follow_another_pack() throws Exception {
        HttpResponse<String> refused = send("admin", "POST", "/api/v1/payers",
                "{\"id\": \"medicare\", \"name\": \"Cigna\", \"payerId\": \"62308\", \"pack\": \"commercial\"}");

        assertThat(fields(refused)).containsExactly("$.pack");
        assertThat(json(refused).at("/errors/0/detail").asText()).contains("the medicare rule pack's own id", "choose another id");
    }

    @Test
    void a_payer_read_then_edited_in_its_payer_id_and_sent_back_whole_is_saved() throws Exception {
        JsonNode created = json(send("admin", "POST", "/api/v1/payers",
                "{\"id\": \"cigna-edit\", \"name\": \"Cigna\", \"payerId\": \"62308\", \"pack\": \"commercial\"}"));
        String path = "/api/v1/payers/" + created.get("entryId").asLong();
        JsonNode read = StreamSupport.stream(json(ok(send("admin", "GET", "/api/v1/payers", null))).get("items").spliterator(), false)
                .filter(payer -> payer.get("id").asText().equals("cigna-edit")).findFirst().orElseThrow();

        JsonNode saved = json(ok(send("admin", "PUT", path, copy(read).put("payerId", "62309").toString())));
        JsonNode savedUnderOtherName = json(ok(send("admin", "PUT", path, copy(saved).put("electronicId", "62310").toString())));
        HttpResponse<String> refused = send("admin", "PUT", path,
                copy(savedUnderOtherName).put("payerId", "11111").put("electronicId", "22222").toString());

        assertThat(saved.get("payerId").asText()).isEqualTo("62309");
        assertThat(saved.get("electronicId").asText()).isEqualTo("62309");
        assertThat(savedUnderOtherName.get("payerId").asText()).isEqualTo("62310");
        assertThat(fields(refused)).containsExactly("$.electronicId");
        assertThat(json(refused).at("/errors/0/detail").asText()).contains("\"22222\" differs from payerId \"11111\"");
    }

    @Test
    void a_duplicate_npi_clashes_with_what_is_stored_while_a_stale_version_is_someone_elses_change() throws Exception {
        HttpResponse<String> duplicate = send("admin", "POST", "/api/v1/providers", provider("Other", "Person", "PT", "1558598797", null));
        JsonNode fees = json(ok(send("admin", "GET", "/api/v1/fee-schedule", null)));
        HttpResponse<String> stale = send("admin", "PUT", "/api/v1/fee-schedule",
                "{\"fees\": {}, \"version\": " + (fees.get("version").asInt() + 5) + "}");

        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(json(duplicate).get("title").asText()).isEqualTo("Clashes with what is stored");
        assertThat(json(duplicate).has("currentVersion")).isFalse();
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("title").asText()).isEqualTo("Changed by someone else");
    }

    @Test
    void a_provider_or_payer_that_does_not_exist_is_no_such_record_naming_it() throws Exception {
        HttpResponse<String> provider = send("admin", "PUT", "/api/v1/providers/999",
                "{\"version\": 0, \"firstName\": \"No\", \"lastName\": \"One\"}");
        HttpResponse<String> payer = send("admin", "PUT", "/api/v1/payers/999", "{\"version\": 0}");

        assertThat(provider.statusCode()).isEqualTo(404);
        assertThat(json(provider).get("title").asText()).isEqualTo("No such record");
        assertThat(json(provider).get("detail").asText()).isEqualTo("there is no provider 999");
        assertThat(payer.statusCode()).isEqualTo(404);
        assertThat(json(payer).get("detail").asText()).isEqualTo("there is no payer 999");
        assertThat(json(send("admin", "GET", "/api/v1/nothing-here", null)).get("detail").asText()).contains("is not part of the API");
    }

    @Test
    void a_fee_in_other_digits_or_as_a_json_number_is_refused_naming_the_code() throws Exception {
        int version = json(ok(send("admin", "GET", "/api/v1/fee-schedule", null))).get("version").asInt();

        HttpResponse<String> arabic = send("admin", "PUT", "/api/v1/fee-schedule",
                "{\"fees\": {\"97110\": \"\u0664\u0668.\u0660\u0660\"}, \"version\": " + version + "}");
        HttpResponse<String> number = send("admin", "PUT", "/api/v1/fee-schedule",
                "{\"fees\": {\"97110\": 48.1}, \"version\": " + version + "}");

        assertThat(fields(arabic)).containsExactly("$.fees.97110");
        assertThat(fields(number)).containsExactly("$.fees.97110");
        assertThat(json(number).at("/errors/0/detail").asText()).contains("expected dollars as a string, e.g. \"48.00\"");
        assertThat(json(ok(send("admin", "GET", "/api/v1/fee-schedule", null))).get("version").asInt()).isEqualTo(version);
    }

    @Test
    void a_patient_payment_in_other_digits_is_refused() throws Exception {
        long patient = newPatient("biller").get("id").asLong();

        HttpResponse<String> refused = send("biller", "POST", "/api/v1/patients/" + patient + "/payments",
                "{\"receivedOn\": \"2026-11-23\", \"amount\": \"\u0664\u0668.\u0660\u0660\", \"method\": \"cash\"}");

        assertThat(fields(refused)).containsExactly("$.amount");
    }

    @Test
    void an_hsa_card_payment_keeps_only_its_last_four_digits_and_a_whole_card_number_is_refused_without_being_repeated()
            throws Exception {
        long patient = newPatient("biller").get("id").asLong();
        String path = "/api/v1/patients/" + patient + "/payments";

        HttpResponse<String> cardNumber = send("biller", "POST", path, "{\"receivedOn\": \"2026-11-23\", \"amount\": \"95.00\","
                + " \"method\": \"hsa\", \"cardLastFour\": \"4111 1111 1111 1111\", \"reference\": \"4111-1111-1111-1111\"}");
        HttpResponse<String> cashWithCard = send("biller", "POST", path, "{\"receivedOn\": \"2026-11-23\", \"amount\": \"95.00\","
                + " \"method\": \"cash\", \"cardLastFour\": \"4242\"}");
        HttpResponse<String> hsa = send("biller", "POST", path, "{\"receivedOn\": \"2026-11-23\", \"amount\": \"95.00\","
                + " \"method\": \"hsa\", \"cardLastFour\": \"4242\"}");

        assertThat(fields(cardNumber)).containsExactlyInAnyOrder("$.cardLastFour", "$.reference");
        assertThat(cardNumber.body()).doesNotContain("1111");
        assertThat(fields(cashWithCard)).containsExactly("$.cardLastFour");
        assertThat(hsa.statusCode()).as(hsa.body()).isEqualTo(201);
        JsonNode ledger = json(ok(send("biller", "GET", path, null)));
        assertDeclared(ledger, "PatientPaymentHistory");
        assertThat(ledger.get("payments")).singleElement().satisfies(payment -> {
            assertThat(payment.get("method").asText()).isEqualTo("hsa");
            assertThat(payment.get("cardLastFour").asText()).isEqualTo("4242");
            assertThat(payment.get("voided").isNull()).isTrue();
        });
    }

    @Test
    void a_voided_payment_stays_listed_and_counts_for_nothing_and_a_refund_never_exceeds_what_remains() throws Exception {
        long patient = newPatient("biller").get("id").asLong();
        String path = "/api/v1/patients/" + patient + "/payments";
        send("biller", "POST", path, "{\"receivedOn\": \"2026-11-20\", \"amount\": \"10.00\", \"method\": \"card\"}");
        send("biller", "POST", path, "{\"receivedOn\": \"2026-11-21\", \"amount\": \"100.00\", \"method\": \"check\"}");
        JsonNode before = json(ok(send("biller", "GET", path, null)));
        long test = before.at("/payments/0/id").asLong();
        long check = before.at("/payments/1/id").asLong();

        HttpResponse<String> noReason = send("biller", "POST", path + "/" + test + "/void", "{}");
        HttpResponse<String> voided = send("biller", "POST", path + "/" + test + "/void", "{\"reason\": \"a test payment\"}");
        HttpResponse<String> again = send("biller", "POST", path + "/" + test + "/void", "{\"reason\": \"twice\"}");
        HttpResponse<String> tooMuch = send("biller", "POST", path + "/" + check + "/refunds", "{\"refundedOn\": \"2026-11-22\","
                + " \"amount\": \"100.01\", \"method\": \"check\", \"reason\": \"overpaid\"}");
        HttpResponse<String> refund = send("biller", "POST", path + "/" + check + "/refunds", "{\"refundedOn\": \"2026-11-22\","
                + " \"amount\": \"40.00\", \"method\": \"check\", \"reason\": \"overpaid\"}");
        HttpResponse<String> fromVoided = send("biller", "POST", path + "/" + test + "/refunds", "{\"refundedOn\": \"2026-11-22\","
                + " \"amount\": \"1.00\", \"method\": \"card\", \"reason\": \"no\"}");
        HttpResponse<String> noSuch = send("biller", "POST", path + "/999999/void", "{\"reason\": \"gone\"}");

        assertThat(fields(noReason)).containsExactly("$.reason");
        assertThat(voided.statusCode()).as(voided.body()).isEqualTo(200);
        assertThat(json(voided).get("paidByPatient").asText()).isEqualTo("100.00");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(fields(tooMuch)).containsExactly("$.amount");
        assertThat(tooMuch.body()).contains("$100.00");
        assertThat(refund.statusCode()).as(refund.body()).isEqualTo(201);
        assertThat(json(refund).get("paidByPatient").asText()).isEqualTo("60.00");
        assertThat(fromVoided.statusCode()).isEqualTo(409);
        assertThat(noSuch.statusCode()).isEqualTo(404);
        JsonNode after = json(ok(send("biller", "GET", path, null)));
        assertThat(after.at("/payments/0/voided/reason").asText()).isEqualTo("a test payment");
        assertThat(after.at("/payments/0/voided/by").asText()).isEqualTo("biller");
        assertThat(after.at("/payments/0/amount").asText()).as("the voided row is kept as it was").isEqualTo("10.00");
        assertThat(after.at("/payments/1/refunds/0/amount").asText()).isEqualTo("40.00");
        assertThat(after.at("/payments/1/remaining").asText()).isEqualTo("60.00");
    }

    @Test
    void a_patient_address_with_an_x12_delimiter_or_a_line_break_is_refused_naming_each_line() throws Exception {
        ObjectNode patient = patient(account());
        ((ObjectNode) patient.get("address")).put("line1", "10 SE Main St~NM1*85").put("city", "Port\nland");

        HttpResponse<String> refused = send("biller", "POST", "/api/v1/patients", patient.toString());

        assertThat(fields(refused)).containsExactlyInAnyOrder("$.address.line1", "$.address.city");
        assertThat(refused.body()).contains("holds '~'", "the control character U+000A");
    }

    @Test
    void a_supervisor_must_be_of_a_type_that_supervises_and_keeps_supervising_while_others_work_under_them() throws Exception {
        JsonNode lee = StreamSupport.stream(json(ok(send("admin", "GET", "/api/v1/providers", null))).get("items").spliterator(), false)
                .filter(provider -> provider.get("npi").asText().equals("1558598797")).findFirst().orElseThrow();
        String leePath = "/api/v1/providers/" + lee.get("id").asLong();

        HttpResponse<String> underAChiropractor = send("admin", "POST", "/api/v1/providers",
                provider("Tam", "Reyes", "PTA", "1904135674", DANA_NPI));
        HttpResponse<String> underTheirAssistant = send("admin", "PUT", leePath, copy(lee).put("supervisor", "2222222228").toString());
        HttpResponse<String> leeInactive = send("admin", "PUT", leePath, copy(lee).put("active", false).toString());
        HttpResponse<String> leeAnOt = send("admin", "PUT", leePath, copy(lee).put("type", "OT").toString());

        assertThat(fields(underAChiropractor)).containsExactly("$.supervisor");
        assertThat(json(underAChiropractor).at("/errors/0/detail").asText()).contains("a DC, who cannot supervise a PTA");
        assertThat(fields(underTheirAssistant)).containsExactly("$.supervisor");
        assertThat(fields(leeInactive)).containsExactly("$.active");
        assertThat(fields(leeAnOt)).containsExactly("$.type");
        assertThat(json(ok(send("admin", "GET", "/api/v1/providers", null))).get("items"))
                .anySatisfy(provider -> assertThat(provider).isEqualTo(lee));
    }

    @Test
    void the_starter_directory_lists_real_payers_with_their_source() throws Exception {
        JsonNode starter = json(ok(send("biller", "GET", "/api/v1/payers/starter", null))).get("items");

        assertThat(starter).isNotEmpty().allSatisfy(payer -> {
            if (payer.has("payerId")) {
                assertThat(payer.get("payerId").asText()).isNotBlank();
            }
            assertThat(payer.get("source").asText()).isNotBlank();
            assertDeclared(payer, "StarterPayer");
        });
        assertThat(starter).anySatisfy(payer -> assertThat(payer.get("pack").asText()).isEqualTo("medicare"));
        // A plan known only by the policy it published has no payer id to offer: the practice enters its plan's own.
        assertThat(starter).filteredOn(payer -> !payer.has("payerId")).singleElement()
                .satisfies(payer -> assertThat(payer.get("id").asText()).isEqualTo("bcbs-massage-exclusion"));
    }

    @Test
    void no_odd_body_sent_to_the_practice_resources_ends_in_a_server_error() throws Exception {
        long provider = json(ok(send("admin", "GET", "/api/v1/providers", null))).at("/items/0/id").asLong();
        long payer = json(ok(send("admin", "GET", "/api/v1/payers", null))).at("/items/0/entryId").asLong();
        List<String> bodies = List.of("", "null", "42", "\"text\"", "{}", "{\"version\": 0}", "{\"version\": -1}",
                "{\"version\": 1.5}", "{\"version\": 99999999999}", "{\"a\": 1, \"a\": 2}",
                "{\"version\": 0, \"billingProvider\": [], \"payTo\": 7, \"test\": \"yes\", \"fees\": {}}",
                "{\"version\": 0, \"npi\": 1558598797, \"active\": \"yes\", \"supervisor\": {}, \"type\": null}",
                "{\"version\": 0, \"id\": \"%s\", \"name\": \"%s\", \"payerId\": [], \"contracted\": \"38\"}"
                        .formatted("A".repeat(500), "n".repeat(1_000_000)),
                "{\"version\": 0, \"fees\": {\"97140\": 45.5, \"\": \"1\", \"97140-52-XX\": \"-3\"},"
                        + " \"sessionPrices\": [{\"code\": 97124, \"minutes\": \"sixty\", \"price\": 1e400}, 3]}",
                "{\"version\": 0, \"fees\": {\"97140\": 1e999999999}, \"contracted\": {\"97140\": 1e999999999},"
                        + " \"timelyFilingDays\": 1e999999999, \"sessionPrices\": [{\"minutes\": 1e999999999}]}",
                "{\"version\": 0, \"electronicId\": \"60054\", \"payerId\": \"60055\", \"pack\": \"nope\"}",
                "[".repeat(5_000));
        for (String route : List.of("PUT /api/v1/practice", "PUT /api/v1/fee-schedule", "POST /api/v1/providers",
                "PUT /api/v1/providers/" + provider, "POST /api/v1/payers", "PUT /api/v1/payers/" + payer)) {
            String[] parts = route.split(" ");
            for (String body : bodies) {
                HttpResponse<String> response = send("admin", parts[0], parts[1], body);
                assertThat(response.statusCode()).as(route + " " + body.substring(0, Math.min(body.length(), 200))
                        + ": " + response.body()).isBetween(400, 499);
            }
        }
    }

    @Test
    void an_admin_replaces_the_fee_schedule_and_reads_it_back() throws Exception {
        int version = json(ok(send("admin", "GET", "/api/v1/fee-schedule", null))).get("version").asInt();
        String fees = """
                {"fees": {"97140": "45.00"}, "sessionPrices": [{"code": "97124", "minutes": 60, "price": "95.00"}], "version": %d}"""
                .formatted(version);

        JsonNode saved = json(ok(send("admin", "PUT", "/api/v1/fee-schedule", fees)));
        JsonNode read = json(ok(send("biller", "GET", "/api/v1/fee-schedule", null)));

        assertThat(read).isEqualTo(saved);
        assertThat(read.at("/fees/97140").asText()).isEqualTo("45.00");
        assertThat(read.at("/sessionPrices/0/code").asText()).isEqualTo("97124");
        assertThat(read.at("/sessionPrices/0/minutes").asInt()).isEqualTo(60);
        assertThat(read.at("/sessionPrices/0/price").asText()).isEqualTo("95.00");
        assertThat(read.get("version").asInt()).isEqualTo(version + 1);
        assertDeclared(read, "FeeSchedule");
        assertThat(send("admin", "PUT", "/api/v1/fee-schedule", fees).statusCode()).isEqualTo(409);
        // An empty schedule prices claims from the built-in one again, as the demo's other claims here expect.
        ok(send("admin", "PUT", "/api/v1/fee-schedule", "{\"fees\": {}, \"version\": " + (version + 1) + "}"));
    }

    // ---- tokens

    @Test
    void tokens_are_listed_without_secrets_and_a_revoked_token_is_refused() throws Exception {
        JsonNode issued = json(send("kim", "POST", "/api/v1/tokens", "{\"label\": \"laptop\"}"));
        String token = issued.get("token").asText();
        long id = issued.get("id").asLong();

        JsonNode tokens = json(ok(workspace().sendWithToken(token, "GET", "/api/v1/tokens", null, Map.of())));
        HttpResponse<String> revoked = workspace().sendWithToken(token, "DELETE", "/api/v1/tokens/" + id, null, Map.of());
        HttpResponse<String> afterwards = workspace().sendWithToken(token, "GET", "/api/v1/patients", null, Map.of());

        assertThat(ids(tokens)).contains(id);
        assertThat(tokens.toString()).doesNotContain(token).doesNotContain("hash");
        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(afterwards.statusCode()).isEqualTo(401);
        assertThat(StreamSupport.stream(json(ok(send("kim", "GET", "/api/v1/tokens", null))).get("items").spliterator(), false)
                .filter(item -> item.get("id").asLong() == id).findFirst().orElseThrow().get("revoked").asBoolean()).isTrue();
        assertThat(send("lee", "DELETE", "/api/v1/tokens/" + ids(json(send("kim", "GET", "/api/v1/tokens", null))).get(0), null)
                .statusCode()).isEqualTo(404);
    }

    // ---- helpers

    private JsonNode readyClaim() throws Exception {
        long patient = newPatient("biller").get("id").asLong();
        ok(send("biller", "POST", "/api/v1/patients/" + patient + "/referrals", referral("2026-07-01", "2026-12-31", 12)));
        long visit = json(send("biller", "POST", "/api/v1/patients/" + patient + "/visits",
                visit("chiro-98941-with-manual-therapy-to-shoulder.json"))).get("id").asLong();
        JsonNode claim = json(send("biller", "POST", "/api/v1/claims", "{\"visitId\": " + visit + "}"));
        assertThat(claim.get("status").asText()).isEqualTo("ready");
        return claim;
    }

    /** The chiropractic visit without its shoulder diagnosis: 97140 on the shoulder is then an error (cmt.region). */
    private JsonNode claimWithErrors() throws Exception {
        long patient = newPatient("biller").get("id").asLong();
        ok(send("biller", "POST", "/api/v1/patients/" + patient + "/referrals", referral("2026-07-01", "2026-12-31", 12)));
        ObjectNode visit = (ObjectNode) JSON.readTree(visit("chiro-98941-with-manual-therapy-to-shoulder.json"));
        com.fasterxml.jackson.databind.node.ArrayNode diagnoses = (com.fasterxml.jackson.databind.node.ArrayNode) visit.get("diagnoses");
        for (int i = diagnoses.size() - 1; i >= 0; i--) {
            if (diagnoses.get(i).toString().contains("M25.512")) {
                diagnoses.remove(i);
            }
        }
        long visitId = json(ok(send("biller", "POST", "/api/v1/patients/" + patient + "/visits", visit.toString()))).get("id").asLong();
        JsonNode claim = json(send("biller", "POST", "/api/v1/claims", "{\"visitId\": " + visitId + "}"));
        assertThat(claim.get("status").asText()).as(claim.toString()).isEqualTo("scrubbed");
        return claim;
    }

    /** A claim made through the API and sent: the one a payer's 835 then answers. */
    private JsonNode submittedClaim() throws Exception {
        JsonNode claim = readyClaim();
        return json(ok(send("biller", "POST", "/api/v1/claims/" + claim.get("id").asLong() + "/status",
                "{\"status\": \"submitted\", \"version\": " + claim.get("version").asInt() + "}")));
    }

    /** Posts an 835 file as the body, as a clearinghouse integration would. */
    private HttpResponse<String> era835(String user, String path, String file) throws Exception {
        return workspace().sendWithToken(workspace().tokenOf(user), "POST", path, file,
                Map.of("Content-Type", "application/edi-x12"));
    }

    private JsonNode newPatient(String user) throws Exception {
        HttpResponse<String> created = send(user, "POST", "/api/v1/patients", patient(account()).toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }

    /** A patient of Dana's, insured with the commercial plan, under an account number no other test uses. */
    private ObjectNode patient(String account) throws Exception {
        long dana = StreamSupport.stream(json(ok(send("admin", "GET", "/api/v1/providers", null))).get("items").spliterator(), false)
                .filter(provider -> provider.get("npi").asText().equals(DANA_NPI)).findFirst().orElseThrow().get("id").asLong();
        return (ObjectNode) JSON.readTree("""
                {"firstName": "Ada", "lastName": "Quinn", "birthDate": "1980-02-29", "sex": "F",
                 "address": {"line1": "10 SE Main St", "city": "Portland", "state": "OR", "zip": "97214"},
                 "accountNumber": "%s", "payer": "commercial",
                 "insurance": {"memberId": "XQ1234567", "groupNumber": "G-1", "relationship": "self"},
                 "therapist": {"id": %d}, "confirmDuplicate": true}""".formatted(account, dana));
    }

    private static String provider(String first, String last, String type, String npi, String supervisor) {
        ObjectNode provider = JSON.createObjectNode().put("firstName", first).put("lastName", last).put("type", type)
                .put("npi", npi).put("taxonomy", type.equals("PTA") ? "225200000X" : "225100000X");
        if (supervisor != null) {
            provider.put("supervisor", supervisor);
        }
        return provider.toString();
    }

    private static String account() {
        return "API-" + ACCOUNTS.incrementAndGet();
    }

    private static String referral(String from, String through, int visits) {
        return """
                {"referrer": {"firstName": "Ruth", "lastName": "Adams", "npi": "1564738296"}, "referralNumber": "R-77",
                 "validFrom": "%s", "validThrough": "%s", "visitsAuthorized": %d}""".formatted(from, through, visits);
    }

    /** An example visit without its patient block: the visit of a stored patient. */
    private static String visit(String example) throws Exception {
        ObjectNode visit = (ObjectNode) JSON.readTree(example(example));
        visit.remove("patient");
        return visit.toString();
    }

    private static String example(String name) throws Exception {
        return Files.readString(EXAMPLES.resolve(name));
    }

    private String pdf(String path) throws Exception {
        HttpResponse<byte[]> response = workspace().download("biller", path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        return new String(response.body(), 0, 5, StandardCharsets.US_ASCII);
    }

    private HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        return workspace().send(user, method, path, body);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": "
                + response.body()).isBetween(200, 201);
        return response;
    }

    /** Every field of {@code node} is a property the OpenAPI document declares for the schema {@code name}. */
    private void assertDeclared(JsonNode node, String name) throws Exception {
        JsonNode schemas = json(ok(send("biller", "GET", "/api/v1/openapi.json", null))).at("/components/schemas");
        java.util.Set<String> declared = new java.util.HashSet<>();
        collectProperties(schemas, schemas.get(name), declared);
        List<String> fields = new ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).as(name).allSatisfy(field -> assertThat(declared).as(name + "." + field).contains(field));
    }

    /** The properties a schema declares, its own and those of every schema it is built of (allOf, $ref). */
    private static void collectProperties(JsonNode schemas, JsonNode schema, java.util.Set<String> into) {
        if (schema == null || schema.isMissingNode()) {
            return;
        }
        if (schema.has("$ref")) {
            collectProperties(schemas, schemas.get(schema.get("$ref").asText().replace("#/components/schemas/", "")), into);
        }
        schema.path("properties").fieldNames().forEachRemaining(into::add);
        schema.path("allOf").forEach(part -> collectProperties(schemas, part, into));
    }

    private static ObjectNode copy(JsonNode node) {
        return (ObjectNode) node.deepCopy();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static List<String> fields(HttpResponse<String> problem) throws Exception {
        assertThat(problem.statusCode()).as(problem.body()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        json(problem).get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private static List<String> rules(JsonNode findings) {
        List<String> rules = new ArrayList<>();
        findings.forEach(finding -> rules.add(finding.get("rule").asText()));
        return rules;
    }

    private static List<String> statuses(JsonNode history) {
        List<String> statuses = new ArrayList<>();
        history.forEach(event -> statuses.add(event.get("to").asText()));
        return statuses;
    }
}
