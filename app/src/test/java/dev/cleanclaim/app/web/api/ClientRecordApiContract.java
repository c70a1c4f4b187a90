package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.testing.TestWorkspace;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.cleanclaim.app.testing.TestWorkspace.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client, one record and insured massage (issue 19) through the API, on each database the workspace supports:
 * a likely duplicate is refused naming the record on file until confirmed; a merge moves what a duplicate holds and
 * leaves a sent claim's 837P byte for byte as sent; the plan's massage rules are told in words; a visit moves to
 * self-pay only under a signed notice, withdrawing a claim not sent and refusing one the plan has.
 */
abstract class ClientRecordApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String SAM_NPI = "1295723567";

    abstract TestWorkspace workspace();

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return workspace().send("biller", method, path, body);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isBetween(200, 299);
        return response;
    }

    private static List<String> fields(HttpResponse<String> refused) throws Exception {
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        json(refused).get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private long therapist(String npi) throws Exception {
        for (JsonNode provider : json(ok(workspace().send("admin", "GET", "/api/v1/providers", null))).get("items")) {
            if (provider.get("npi").asText().equals(npi)) {
                return provider.get("id").asLong();
            }
        }
        throw new AssertionError("no provider " + npi);
    }

    /** A client of Sam's (a massage therapist a chiropractor employs), with a name no other test uses. */
    private ObjectNode client(String lastName, String payer, String memberId) throws Exception {
        ObjectNode client = (ObjectNode) JSON.readTree("""
                {"firstName": "Noor", "lastName": "%s", "birthDate": "1975-06-15", "sex": "F",
                 "address": {"line1": "3 SE Ash St", "city": "Portland", "state": "OR", "zip": "97214"},
                 "accountNumber": "CR-%d", "therapist": {"id": %d}}""".formatted(lastName, NEXT.incrementAndGet(),
                therapist(SAM_NPI)));
        if (payer != null) {
            client.put("payer", payer);
            client.set("insurance", JSON.readTree("{\"memberId\": \"" + memberId + "\", \"relationship\": \"self\"}"));
        }
        return client;
    }

    private static String unique(String name) {
        return name + "-" + (char) ('a' + NEXT.incrementAndGet() % 26) + (char) ('a' + NEXT.incrementAndGet() % 26)
                + (char) ('a' + NEXT.incrementAndGet() % 26);
    }

    private long created(ObjectNode client) throws Exception {
        return json(ok(send("POST", "/api/v1/patients", client.toString()))).get("id").asLong();
    }

    /** A 30-minute massage by Sam for the client, billed to the payer given, under a physician's referral on file. */
    private long massageVisit(long client, String payer, String date) throws Exception {
        ok(send("POST", "/api/v1/patients/" + client + "/referrals", """
                {"referrer": {"firstName": "Ruth", "lastName": "Adams", "npi": "1564738296"}, "validFrom": "2026-07-01",
                 "validThrough": "2026-12-31", "visitsAuthorized": 12}"""));
        String visit = """
                {"dateOfService": "%s", "payer": "%s", "provider": {"type": "LMT", "npi": "%s"},
                 "diagnoses": [{"code": "M62.838", "regions": ["cervical"]}],
                 "services": [{"code": "97124", "minutes": 30, "regions": ["cervical"]}],
                 "documentation": {"referral": true, "clinicalRationale": true, "medicalNecessity": ["tight-muscles"]}}"""
                .formatted(date, payer, SAM_NPI);
        return json(ok(send("POST", "/api/v1/patients/" + client + "/visits", visit))).get("id").asLong();
    }

    private String notice(Long visit, String signedOn) {
        return "{\"reason\": \"excluded-service\", \"services\": [\"97124\"], " + (visit == null ? "" : "\"visitId\": "
                + visit + ", ") + "\"signedOn\": \"" + signedOn + "\", \"signedBy\": \"Noor Client\", \"estimate\": \"95.00\"}";
    }

    // ---- duplicates

    @Test
    void a_client_with_the_same_name_and_birth_date_is_refused_naming_the_record_on_file_and_saved_when_confirmed()
            throws Exception {
        String name = unique("Vance");
        long first = created(client(name, null, null));
        ObjectNode again = client(name.toUpperCase(), null, null);

        HttpResponse<String> refused = send("POST", "/api/v1/patients", again.toString());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = json(refused);
        assertThat(problem.get("type").asText()).endsWith("/likely-duplicate");
        assertThat(problem.at("/duplicates/0/id").asLong()).isEqualTo(first);
        assertThat(problem.at("/duplicates/0/href").asText()).isEqualTo("/api/v1/patients/" + first);
        assertThat(problem.at("/duplicates/0/reasons/0").asText()).isEqualTo("name-and-birth-date");
        assertThat(json(ok(send("GET", "/api/v1/patients?q=" + name, null))).get("items")).hasSize(1);

        HttpResponse<String> confirmed = send("POST", "/api/v1/patients", again.put("confirmDuplicate", true).toString());
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
        assertThat(json(confirmed).has("confirmDuplicate")).isFalse();
    }

    @Test
    void a_client_with_the_same_payer_and_member_id_is_a_likely_duplicate_whatever_the_name() throws Exception {
        String member = "MD-" + NEXT.incrementAndGet() + "-77";
        long first = created(client(unique("Stone"), "commercial", member));

        HttpResponse<String> refused = send("POST", "/api/v1/patients",
                client(unique("Other"), "commercial", member.toLowerCase().replace("-", " ")).toString());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(json(refused).at("/duplicates/0/id").asLong()).isEqualTo(first);
        assertThat(json(refused).at("/duplicates/0/reasons/0").asText()).isEqualTo("same-policy");
    }

    @Test
    void a_confirmation_that_is_not_true_or_false_is_refused_naming_it() throws Exception {
        ObjectNode client = client(unique("Odd"), null, null).put("confirmDuplicate", "yes");

        assertThat(fields(send("POST", "/api/v1/patients", client.toString()))).containsExactly("$.confirmDuplicate");
    }

    // ---- merges

    @Test
    void a_merge_moves_the_duplicates_visits_and_sent_claim_and_the_claims_837_stays_byte_for_byte() throws Exception {
        String name = unique("Merge");
        long survivor = created(client(name, null, null));
        long duplicate = created(client(name, "commercial", "MG" + NEXT.incrementAndGet()).put("confirmDuplicate", true));
        long visit = massageVisit(duplicate, "commercial", "2026-10-05");
        long claim = json(ok(send("POST", "/api/v1/claims", "{\"visitId\": " + visit + "}"))).get("id").asLong();
        ok(send("POST", "/api/v1/submissions", "{\"claims\": [" + claim + "]}"));
        byte[] sent = workspace().download("biller", "/api/v1/claims/" + claim + "/837").body();

        HttpResponse<String> merged = send("POST", "/api/v1/patients/" + survivor + "/merges",
                "{\"duplicate\": " + duplicate + ", \"reason\": \"entered twice at the desk\"}");

        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
        assertThat(json(merged).at("/moved/visits/0").asLong()).isEqualTo(visit);
        assertThat(json(merged).at("/moved/claims/0").asLong()).isEqualTo(claim);
        assertThat(json(merged).at("/moved/insurance").asBoolean()).isTrue();
        assertThat(workspace().download("biller", "/api/v1/claims/" + claim + "/837").body()).isEqualTo(sent);
        assertThat(json(ok(send("GET", "/api/v1/patients/" + survivor + "/visits", null))).at("/items/0/id").asLong())
                .isEqualTo(visit);
        JsonNode kept = json(ok(send("GET", "/api/v1/patients/" + duplicate, null)));
        assertThat(kept.get("mergedInto").asLong()).isEqualTo(survivor);
        assertThat(send("PUT", "/api/v1/patients/" + duplicate, kept.toString().replace("\"mergedInto\":" + survivor + ",", "")
                .replace(",\"mergedInto\":" + survivor, "")).statusCode()).isEqualTo(409);
        assertThat(send("POST", "/api/v1/patients/" + duplicate + "/visits", "{}").statusCode()).isEqualTo(409);
        assertThat(json(ok(send("GET", "/api/v1/patients?q=" + name, null))).get("items")).hasSize(1);
        assertThat(json(ok(send("GET", "/api/v1/patients/" + survivor + "/merges", null))).at("/items/0/merged").asLong())
                .isEqualTo(duplicate);
        JsonNode history = json(ok(send("GET", "/api/v1/patients/" + survivor + "/history", null)));
        assertThat(history.at("/items/0/kind").asText()).isEqualTo("merged");
    }

    @Test
    void a_merge_into_itself_into_a_merged_record_or_of_records_that_disagree_is_refused_by_name() throws Exception {
        String name = unique("Refuse");
        long survivor = created(client(name, null, null));
        long duplicate = created(client(name, null, null).put("confirmDuplicate", true));
        ObjectNode otherBirth = client(name, null, null).put("birthDate", "1975-06-16");
        long differs = created(otherBirth);
        String merges = "/api/v1/patients/" + survivor + "/merges";

        assertThat(fields(send("POST", merges, "{\"duplicate\": " + survivor + ", \"reason\": \"x\"}")))
                .containsExactly("$.duplicate");
        assertThat(fields(send("POST", merges, "{\"duplicate\": " + duplicate + "}"))).containsExactly("$.reason");
        assertThat(fields(send("POST", merges, "{\"duplicate\": \"two\", \"reason\": \"x\"}"))).containsExactly("$.duplicate");
        HttpResponse<String> disagree = send("POST", merges, "{\"duplicate\": " + differs + ", \"reason\": \"same\"}");
        assertThat(disagree.statusCode()).isEqualTo(409);
        assertThat(json(disagree).get("detail").asText()).contains("birthDate (1975-06-15", "1975-06-16");

        ok(send("POST", merges, "{\"duplicate\": " + duplicate + ", \"reason\": \"same person\"}"));
        HttpResponse<String> twice = send("POST", merges, "{\"duplicate\": " + duplicate + ", \"reason\": \"again\"}");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(json(twice).get("detail").asText()).contains("already merged into patient " + survivor);
        assertThat(workspace().send("sam", "POST", merges, "{\"duplicate\": " + differs + ", \"reason\": \"x\"}")
                .statusCode()).as("a therapist does not merge").isEqualTo(403);
    }

    // ---- insured massage

    @Test
    void the_plans_massage_rules_are_told_for_an_insured_client_and_a_self_pay_client_has_none() throws Exception {
        long excluded = created(client(unique("Blue"), "bcbs-massage-exclusion", "BX" + NEXT.incrementAndGet()));
        long commercial = created(client(unique("Comm"), "commercial", "CM" + NEXT.incrementAndGet()));
        long selfPay = created(client(unique("Cash"), null, null));

        JsonNode blue = json(ok(send("GET", "/api/v1/patients/" + excluded + "/insured-massage", null)));
        JsonNode plain = json(ok(send("GET", "/api/v1/patients/" + commercial + "/insured-massage", null)));

        assertThat(blue.get("planWontPay").asBoolean()).isTrue();
        assertThat(blue.get("rules")).extracting(rule -> rule.get("rule").asText()).contains("payer.excluded", "modifier.employed");
        assertThat(blue.get("askedFor").asText()).contains("Sam Ortiz");
        assertThat(plain.get("referralRequired").asBoolean()).isTrue();
        assertThat(plain.get("referral").isNull()).isTrue();
        assertThat(plain.get("rules")).extracting(rule -> rule.get("rule").asText()).contains("doc.referral");
        assertThat(json(ok(send("GET", "/api/v1/patients/" + selfPay + "/insured-massage", null))).get("selfPay").asBoolean())
                .isTrue();
    }

    // ---- the move to self-pay

    @Test
    void a_visit_moves_to_self_pay_only_under_a_signed_notice_and_its_unsent_claim_is_withdrawn_from_the_plan()
            throws Exception {
        long client = created(client(unique("Move"), "bcbs-massage-exclusion", "BM" + NEXT.incrementAndGet()));
        long visit = massageVisit(client, "bcbs-massage-exclusion", "2026-11-02");
        JsonNode claim = json(ok(send("POST", "/api/v1/claims", "{\"visitId\": " + visit + "}")));
        JsonNode before = json(ok(send("GET", "/api/v1/visits/" + visit, null)));

        HttpResponse<String> withoutNotice = send("POST", "/api/v1/visits/" + visit + "/self-pay", null);
        assertThat(withoutNotice.statusCode()).isEqualTo(409);
        assertThat(json(withoutNotice).get("detail").asText()).contains("signed financial responsibility notice");

        long notice = json(ok(send("POST", "/api/v1/patients/" + client + "/financial-notices", notice(visit, "2026-11-02"))))
                .get("id").asLong();
        HttpResponse<String> moved = send("POST", "/api/v1/visits/" + visit + "/self-pay", "{}");

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json(moved).get("payer").asText()).isEqualTo("self-pay");
        assertThat(json(moved).get("noticeId").asLong()).isEqualTo(notice);
        assertThat(json(moved).at("/claim/id").asLong()).isEqualTo(claim.get("id").asLong());
        JsonNode after = json(ok(send("GET", "/api/v1/visits/" + visit, null)));
        assertThat(after.at("/visit/payer").asText()).isEqualTo("self-pay");
        assertThat(after.at("/visit/services")).as("the coding stays").isEqualTo(before.at("/visit/services"));
        JsonNode receipt = json(ok(send("GET", "/api/v1/claims/" + claim.get("id").asLong(), null)));
        assertThat(receipt.get("payer").asText()).isEqualTo("self-pay");
        assertThat(receipt.toString()).contains("withdrawn from");
        assertThat(json(ok(send("GET", "/api/v1/patients/" + client + "/financial-notices", null))).at("/items/0/id").asLong())
                .isEqualTo(notice);
        HttpResponse<String> twice = send("POST", "/api/v1/visits/" + visit + "/self-pay", "{}");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(json(twice).get("detail").asText()).contains("self-pay already");
    }

    @Test
    void a_visit_whose_claim_the_plan_has_is_not_moved_and_the_answer_says_to_void_it_first() throws Exception {
        long client = created(client(unique("Sent"), "commercial", "SN" + NEXT.incrementAndGet()));
        long visit = massageVisit(client, "commercial", "2026-11-03");
        long claim = json(ok(send("POST", "/api/v1/claims", "{\"visitId\": " + visit + "}"))).get("id").asLong();
        ok(send("POST", "/api/v1/submissions", "{\"claims\": [" + claim + "]}"));
        ok(send("POST", "/api/v1/patients/" + client + "/financial-notices", notice(null, "2026-11-03")));

        HttpResponse<String> refused = send("POST", "/api/v1/visits/" + visit + "/self-pay", "{}");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("detail").asText()).contains("claim " + claim, "void it");
        assertThat(json(ok(send("GET", "/api/v1/visits/" + visit, null))).at("/visit/payer").asText()).isEqualTo("commercial");
    }

    @Test
    void a_notice_with_bad_fields_is_refused_naming_each_and_nothing_is_kept() throws Exception {
        long client = created(client(unique("Bad"), "commercial", "BD" + NEXT.incrementAndGet()));

        HttpResponse<String> refused = send("POST", "/api/v1/patients/" + client + "/financial-notices",
                "{\"reason\": \"too-expensive\", \"services\": [\"99999x\"], \"signedOn\": \"2026-02-30\","
                        + " \"estimate\": 95, \"visitId\": 999999, \"colour\": \"red\"}");

        assertThat(fields(refused)).containsExactlyInAnyOrder("$.colour", "$.reason", "$.services[0]", "$.signedOn",
                "$.signedBy", "$.estimate", "$.visitId");
        assertThat(fields(send("POST", "/api/v1/patients/" + client + "/financial-notices",
                notice(null, "2027-01-01")))).containsExactly("$.signedOn");
        assertThat(json(ok(send("GET", "/api/v1/patients/" + client + "/financial-notices", null))).get("items")).isEmpty();
    }
}
