package dev.cleanclaim.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.testing.Ack277;
import dev.cleanclaim.app.testing.Era835;
import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.store.AuditEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HIPAA audit controls, route by route: every API route that reads or writes patient data leaves an audit row naming
 * the user, the action and the record (a list, a row for each record it showed). Every route of {@link ApiServer#ROUTES}
 * is either walked here or named as exempt with the reason, so a new route cannot go unclassified.
 */
class AuditPerRouteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "biller";

    /** Routes that touch no patient record, and why; everything else in ROUTES must be walked below. */
    static final Map<String, String> EXEMPT = Map.ofEntries(
            Map.entry("GET /api/v1/health", "the server's state, no data"),
            Map.entry("GET /api/v1/openapi.json", "the API's description, no data"),
            Map.entry("POST /api/v1/scrub", "scrubs the visit in the body and keeps nothing: no stored record is read or written"),
            Map.entry("POST /api/v1/tokens", "the caller's own credential; sign-ins and token issues are security events of their own"),
            Map.entry("GET /api/v1/tokens", "the caller's own token labels"),
            Map.entry("DELETE /api/v1/tokens/{id}", "the caller's own credential"),
            Map.entry("POST /api/v1/account/password", "the caller's own credential, audited as a security event"),
            Map.entry("POST /api/v1/account/sessions/revocation", "the caller's own sessions, audited as a security event"),
            Map.entry("POST /api/v1/users/{id}/reset-code", "a staff account, audited as a security event"),
            Map.entry("POST /api/v1/password-reset", "a staff account, audited as a security event"),
            Map.entry("GET /api/v1/account/two-factor", "the caller's own second factor: whether it is set up"),
            Map.entry("POST /api/v1/account/two-factor", "the caller's own second factor, not on until confirmed"),
            Map.entry("POST /api/v1/account/two-factor/confirmation", "the caller's own credential, audited as a security event"),
            Map.entry("POST /api/v1/account/two-factor/recovery-codes", "the caller's own credential, audited as a security event"),
            Map.entry("POST /api/v1/account/two-factor/removal", "the caller's own credential, audited as a security event"),
            Map.entry("DELETE /api/v1/users/{id}/two-factor", "a staff account, audited as a security event"),
            Map.entry("GET /api/v1/practice", "the practice's own facts, no patient's"),
            Map.entry("PUT /api/v1/practice", "the practice's own facts (each change audited as practice data)"),
            Map.entry("GET /api/v1/fee-schedule", "the practice's prices"),
            Map.entry("PUT /api/v1/fee-schedule", "the practice's prices (each change audited as practice data)"),
            Map.entry("GET /api/v1/providers", "the practice's providers, not patients"),
            Map.entry("POST /api/v1/providers", "the practice's providers (audited as practice data)"),
            Map.entry("PUT /api/v1/providers/{id}", "the practice's providers (audited as practice data)"),
            Map.entry("GET /api/v1/payers", "the payer directory"),
            Map.entry("POST /api/v1/payers", "the payer directory (audited as practice data)"),
            Map.entry("PUT /api/v1/payers/{id}", "the payer directory (audited as practice data)"),
            Map.entry("GET /api/v1/payers/starter", "the starter list of real payers, shipped data"));

    private static TestWorkspace workspace;
    private final Set<String> walked = new HashSet<>();
    /** Who walks: the biller for patient data, the admin for the audit log. */
    private String user = USER;

    @BeforeAll
    static void start() {
        workspace = TestWorkspace.onH2();
    }

    @AfterAll
    static void stop() {
        workspace.close();
    }

    @Test
    void every_route_is_either_walked_for_its_audit_rows_or_named_exempt_with_a_reason() throws Exception {
        walkEveryPatientDataRoute();

        Set<String> classified = new HashSet<>(walked);
        classified.addAll(EXEMPT.keySet());
        assertThat(walked).as("a route is walked or exempt, never both").doesNotContainAnyElementsOf(EXEMPT.keySet());
        assertThat(classified).as("every route of the server is classified: walk a new one here or exempt it with a reason")
                .containsExactlyInAnyOrderElementsOf(ApiServer.ROUTES);
    }

    private void walkEveryPatientDataRoute() throws Exception {
        // patients
        JsonNode patient = created(call("POST /api/v1/patients", "/api/v1/patients", newPatient()), "create", "patient");
        long patientId = patient.get("id").asLong();
        JsonNode read = read("GET /api/v1/patients/{id}", "/api/v1/patients/" + patientId, "read", "patient", patientId);
        ObjectNode changed = ((ObjectNode) read.deepCopy()).put("firstName", "Ida");
        audited(call("PUT /api/v1/patients/{id}", "/api/v1/patients/" + patientId, changed.toString()), "update", "patient", patientId);
        read("GET /api/v1/patients/{id}/history", "/api/v1/patients/" + patientId + "/history", "read", "patient-history", patientId);
        listed("GET /api/v1/patients", "/api/v1/patients", "patient");
        read("GET /api/v1/patients/{id}/account", "/api/v1/patients/" + patientId + "/account", "read", "patient-account", patientId);
        JsonNode payment = created(call("POST /api/v1/patients/{id}/payments", "/api/v1/patients/" + patientId + "/payments",
                "{\"receivedOn\": \"2026-11-23\", \"amount\": \"25.00\", \"method\": \"card\"}"), "create", "patient-payment");
        long paymentId = read("GET /api/v1/patients/{id}/payments", "/api/v1/patients/" + patientId + "/payments", "read",
                "patient-payments", patientId).at("/payments/0/id").asLong();
        audited(call("POST /api/v1/patients/{id}/payments/{paymentId}/void", "/api/v1/patients/" + patientId + "/payments/"
                + paymentId + "/void", "{\"reason\": \"entered twice\"}"), "void", "patient-payment", paymentId);
        created(call("POST /api/v1/patients/{id}/payments", "/api/v1/patients/" + patientId + "/payments",
                "{\"receivedOn\": \"2026-11-23\", \"amount\": \"25.00\", \"method\": \"hsa\", \"cardLastFour\": \"4242\"}"),
                "create", "patient-payment");
        long kept = json(send("GET", "/api/v1/patients/" + patientId + "/payments", null)).at("/payments/1/id").asLong();
        created(call("POST /api/v1/patients/{id}/payments/{paymentId}/refunds", "/api/v1/patients/" + patientId + "/payments/"
                + kept + "/refunds", "{\"refundedOn\": \"2026-11-23\", \"amount\": \"5.00\", \"method\": \"hsa\","
                + " \"reason\": \"overcharged\"}"), "refund", "patient-refund");

        // referrals
        created(call("POST /api/v1/patients/{id}/referrals", "/api/v1/patients/" + patientId + "/referrals", """
                {"referrer": {"firstName": "Ruth", "lastName": "Adams", "npi": "1564738296"}, "referralNumber": "R-77",
                 "validFrom": "2026-07-01", "validThrough": "2026-12-31", "visitsAuthorized": 12}"""), "create", "referral");
        ofPatient("GET /api/v1/patients/{id}/referrals", "/api/v1/patients/" + patientId + "/referrals", "referral", patientId);

        // visits
        JsonNode visit = created(call("POST /api/v1/patients/{id}/visits", "/api/v1/patients/" + patientId + "/visits",
                visitOf("chiro-98941-with-manual-therapy-to-shoulder.json")), "create", "visit");
        long visitId = visit.get("id").asLong();
        ofPatient("GET /api/v1/patients/{id}/visits", "/api/v1/patients/" + patientId + "/visits", "visit", patientId);
        JsonNode visitRead = read("GET /api/v1/visits/{id}", "/api/v1/visits/" + visitId, "read", "visit", visitId);
        ObjectNode visitChange = ((ObjectNode) visitRead.get("visit").deepCopy()).put("version", visitRead.path("version").asInt(0));
        audited(call("PUT /api/v1/visits/{id}", "/api/v1/visits/" + visitId, visitChange.toString()), "update", "visit", visitId);
        read("GET /api/v1/visits/{id}/history", "/api/v1/visits/" + visitId + "/history", "read", "visit-history", visitId);

        // claims and their documents
        JsonNode claim = created(call("POST /api/v1/claims", "/api/v1/claims", "{\"visitId\": " + visitId + "}"), "create", "claim");
        long claimId = claim.get("id").asLong();
        listed("GET /api/v1/claims", "/api/v1/claims", "claim");
        read("GET /api/v1/claims/{id}", "/api/v1/claims/" + claimId, null, "claim", claimId);
        for (String document : List.of("837", "cms1500.pdf", "superbill.pdf")) {
            audited(call("GET /api/v1/claims/{id}/" + document, "/api/v1/claims/" + claimId + "/" + document, null), null, "claim", claimId);
        }
        // HSA/FSA papers: letters of medical necessity and the superbill over a period
        JsonNode letter = created(call("POST /api/v1/patients/{id}/necessity-letters", "/api/v1/patients/" + patientId
                + "/necessity-letters", """
                {"physician": {"firstName": "Ruth", "lastName": "Adams", "credential": "MD", "npi": "1564738296",
                  "address": {"line1": "1 Clinic Way", "city": "Portland", "state": "OR", "zip": "97201"}, "phone": "5035550142"},
                 "diagnoses": ["M54.50"], "condition": "Low back pain", "frequency": "once a week", "duration": "12 weeks"}"""),
                "create", "necessity-letter");
        ofPatient("GET /api/v1/patients/{id}/necessity-letters", "/api/v1/patients/" + patientId + "/necessity-letters",
                "necessity-letter", patientId);
        audited(call("GET /api/v1/necessity-letters/{id}/letter.pdf", "/api/v1/necessity-letters/" + letter.get("id").asLong()
                + "/letter.pdf", null), "download", "necessity-letter", letter.get("id").asLong());
        audited(call("GET /api/v1/patients/{id}/superbill.pdf", "/api/v1/patients/" + patientId
                + "/superbill.pdf?from=2026-01-01&through=2026-12-31", null), "download", "patient", patientId);
        // The same CMS-1500 route printing for the red OCR form is audited as the drawn one is.
        audited(call("GET /api/v1/claims/{id}/cms1500.pdf", "/api/v1/claims/" + claimId + "/cms1500.pdf?form=red", null),
                "download", "claim", claimId);
        read("GET /api/v1/claims/{id}/payments", "/api/v1/claims/" + claimId + "/payments", null, "claim", claimId);
        int version = json(send("GET", "/api/v1/claims/" + claimId, null)).get("version").asInt();
        audited(call("POST /api/v1/claims/{id}/status", "/api/v1/claims/" + claimId + "/status",
                "{\"status\": \"submitted\", \"version\": " + version + ", \"note\": \"sent by hand\"}"), null, "claim", claimId);

        // sending, answers and money
        JsonNode sent = created(call("POST /api/v1/submissions", "/api/v1/submissions", "{}"), null, "submission");
        listed("GET /api/v1/submissions", "/api/v1/submissions", "submission");
        long submissionId = sent.at("/submissions/0/id").asLong(json(send("GET", "/api/v1/submissions", null)).at("/items/0/id").asLong());
        read("GET /api/v1/submissions/{id}", "/api/v1/submissions/" + submissionId, null, "submission", submissionId);
        audited(call("GET /api/v1/submissions/{id}/837", "/api/v1/submissions/" + submissionId + "/837", null), null, "submission",
                submissionId);
        listed("GET /api/v1/remittances", "/api/v1/remittances", "remittance");
        long remittanceId = json(send("GET", "/api/v1/remittances", null)).at("/items/0/id").asLong();
        read("GET /api/v1/remittances/{id}", "/api/v1/remittances/" + remittanceId, null, "remittance", remittanceId);
        listed("GET /api/v1/remittances/queue", "/api/v1/remittances/queue", null);
        listed("GET /api/v1/remittances/denials", "/api/v1/remittances/denials", null);
        walkTheAnswersAndMoneyOf(claimId);
        walkOneClientOneRecord(patientId);

        // the audit log itself, an admin's to read: each look at it is in it, with the filter asked
        user = "admin";
        audited(call("GET /api/v1/audit", "/api/v1/audit?entity=patient&entityId=" + patientId, null), "list", "audit_log", null);
        audited(call("GET /api/v1/audit/export.csv", "/api/v1/audit/export.csv?user=biller", null), "export", "audit_log", null);
        audited(call("GET /api/v1/audit/verification", "/api/v1/audit/verification", null), "verify", "audit_log", null);
    }

    /**
     * The walk's claim through what comes back for it: a 277CA rejects it, a re-scrub fixes it and it is sent again,
     * an 835 pays it, the payment is taken back and a misaddressed one is posted to it by hand, a replacement
     * corrects it, and the payer's payment of that replacement, queued while no claim had its control number, is
     * posted by retrying the queue. Each writes a claim, so each leaves a row naming the claim it wrote.
     */
    private void walkTheAnswersAndMoneyOf(long claimId) throws Exception {
        JsonNode claim = json(ok(send("GET", "/api/v1/claims/" + claimId, null)));
        String control = claim.get("controlNumber").asText();
        String charge = claim.get("totalCharge").asText();

        HttpResponse<String> rejection = upload("POST /api/v1/acknowledgments", "/api/v1/acknowledgments?file=walk.277",
                new Ack277().rejected(control).text());
        audited(rejection, "import", "acknowledgment", json(rejection).get("acknowledgmentId").asLong());
        audited(rejection, "update", "claim", claimId);

        audited(call("POST /api/v1/claims/{id}/rescrub", "/api/v1/claims/" + claimId + "/rescrub",
                "{\"version\": " + versionOf(claimId) + "}"), "update", "claim", claimId);
        ok(send("POST", "/api/v1/submissions", "{\"claims\": [" + claimId + "]}"));

        HttpResponse<String> payment = upload("POST /api/v1/remittances", "/api/v1/remittances?file=walk-1.835",
                paying("WALK-1", control, charge));
        audited(payment, "import", "remittance", json(payment).at("/transactions/0/remittance").asLong());
        audited(payment, "update", "claim", claimId);

        long posted = json(ok(send("GET", "/api/v1/claims/" + claimId + "/payments", null))).at("/payments/0/id").asLong();
        audited(call("POST /api/v1/remittances/payments/{id}/reversal", "/api/v1/remittances/payments/" + posted + "/reversal",
                "{\"reason\": \"posted to the wrong visit\"}"), "update", "claim", claimId);

        ok(sendFile("/api/v1/remittances?file=walk-2.835", paying("WALK-2", "TYPO-" + control, charge)));
        long misaddressed = queuedPaymentOf("TYPO-" + control);
        audited(call("POST /api/v1/claims/{id}/payments", "/api/v1/claims/" + claimId + "/payments",
                "{\"claimPaymentId\": " + misaddressed + ", \"overrideReason\": \"the payer typed the control number"
                        + " wrong; its EOB names our patient\"}"), "update", "claim", claimId);

        // The payer pays the replacement before it is made (it is named by the original's number and R): queued.
        ok(sendFile("/api/v1/remittances?file=walk-3.835", paying("WALK-3", control + "R", charge)));
        HttpResponse<String> correction = call("POST /api/v1/claims/{id}/corrections", "/api/v1/claims/" + claimId
                + "/corrections", "{\"kind\": \"replacement\", \"reason\": \"the wrong region was billed\", \"version\": "
                + versionOf(claimId) + "}");
        JsonNode replacement = json(correction);
        audited(correction, "create", "claim", replacement.get("id").asLong());
        audited(correction, "update", "claim", claimId);
        assertThat(replacement.get("controlNumber").asText()).as("the number the queued payment names").isEqualTo(control + "R");

        audited(call("POST /api/v1/remittances/queue/retry", "/api/v1/remittances/queue/retry", null), "update", "claim",
                replacement.get("id").asLong());
    }

    /**
     * Insured massage and one client, one record: what the plan says about massage, a signed notice kept, a visit
     * moved to self-pay under it, and a duplicate record (the same person, saved again on purpose) merged in.
     */
    private void walkOneClientOneRecord(long patientId) throws Exception {
        read("GET /api/v1/patients/{id}/insured-massage", "/api/v1/patients/" + patientId + "/insured-massage", "read",
                "patient", patientId);
        long massage = json(ok(send("POST", "/api/v1/patients/" + patientId + "/visits",
                visitOf("tricare-massage-by-a-massage-therapist.json")))).get("id").asLong();
        created(call("POST /api/v1/patients/{id}/financial-notices", "/api/v1/patients/" + patientId
                + "/financial-notices", "{\"reason\": \"excluded-service\", \"services\": [\"97124\"], \"visitId\": "
                + massage + ", \"signedOn\": \"2026-11-20\", \"signedBy\": \"Ada Quinn\", \"estimate\": \"95.00\"}"),
                "create", "financial-notice");
        listed("GET /api/v1/patients/{id}/financial-notices", "/api/v1/patients/" + patientId + "/financial-notices",
                "financial-notice");
        audited(call("POST /api/v1/visits/{id}/self-pay", "/api/v1/visits/" + massage + "/self-pay", "{}"), "update",
                "visit", massage);
        ObjectNode again = (ObjectNode) JSON.readTree(newPatient());
        again.put("accountNumber", "AUDIT-2").put("confirmDuplicate", true);
        long duplicate = json(ok(send("POST", "/api/v1/patients", again.toString()))).get("id").asLong();
        audited(call("POST /api/v1/patients/{id}/merges", "/api/v1/patients/" + patientId + "/merges",
                "{\"duplicate\": " + duplicate + ", \"reason\": \"entered twice\"}"), "merge", "patient", duplicate);
        read("GET /api/v1/patients/{id}/merges", "/api/v1/patients/" + patientId + "/merges", "read", "patient-merge",
                patientId);
    }

    // ---- walking

    /** A call's answer, checked to be a success; the route is marked walked. */
    private HttpResponse<String> call(String route, String path, String body) throws Exception {
        return call(route, path, body, Map.of());
    }

    /** The same with a file as it came (a 999, 277CA or 835) as the body. */
    private HttpResponse<String> upload(String route, String path, String file) throws Exception {
        return call(route, path, file, EDI);
    }

    private HttpResponse<String> call(String route, String path, String body, Map<String, String> headers) throws Exception {
        walked.add(route.replaceAll("/claims/\\{id}/(837|cms1500\\.pdf|superbill\\.pdf)$", "/claims/{id}/$1"));
        String method = route.substring(0, route.indexOf(' '));
        marks.put(route, lastAuditRow());
        HttpResponse<String> response = workspace.send(user, method, path, body, headers);
        assertThat(response.statusCode()).as(route + " " + path + ": " + response.body()).isBetween(200, 299);
        current = route;
        return response;
    }

    private final Map<String, Long> marks = new LinkedHashMap<>();
    private String current;

    private JsonNode read(String route, String path, String action, String entity, long id) throws Exception {
        HttpResponse<String> response = call(route, path, null);
        audited(response, action, entity, id);
        return json(response);
    }

    private JsonNode created(HttpResponse<String> response, String action, String entity) throws Exception {
        JsonNode body = json(response);
        long id = body.path("id").asLong(0);
        audited(response, action, entity, id == 0 ? null : id);
        return body;
    }

    /**
     * One patient's referrals or visits: a row naming that patient's record (its id) or a row per record shown. Either
     * answers "who saw this patient's ...".
     */
    private void ofPatient(String route, String path, String entity, long patientId) throws Exception {
        JsonNode items = json(call(route, path, null)).path("items");
        List<String> shown = new ArrayList<>();
        items.forEach(item -> shown.add(item.path("id").asText()));
        List<Row> rows = rowsSince(marks.get(current));
        List<String> named = rows.stream().filter(row -> row.entity().equals(entity)).map(Row::entityId).toList();
        assertThat(named.contains(String.valueOf(patientId)) || named.containsAll(shown))
                .as(current + ": rows " + rows + " name patient " + patientId + " or each " + entity + " of " + shown).isTrue();
    }

    /** A row per record the list showed. */
    private void listed(String route, String path, String entity) throws Exception {
        JsonNode items = json(call(route, path, null)).path("items");
        List<String> shown = new ArrayList<>();
        items.forEach(item -> shown.add(item.path("id").asText(item.path("entryId").asText())));
        List<Row> rows = rowsSince(marks.get(current));
        assertThat(rows).as(current + " leaves audit rows").isNotEmpty();
        if (entity != null) {
            assertThat(rows.stream().filter(row -> row.entity().equals(entity)).map(Row::entityId).toList())
                    .as(current + ": a row for each " + entity + " shown").containsAll(shown);
        }
    }

    private void audited(HttpResponse<String> response, String action, String entity, Long id) {
        List<Row> rows = rowsSince(marks.get(current));
        assertThat(rows).as(current + " leaves an audit row naming " + user).isNotEmpty()
                .anySatisfy(row -> {
                    if (action != null) {
                        assertThat(row.action()).isEqualTo(action);
                    }
                    if (entity != null) {
                        assertThat(row.entity()).isEqualTo(entity);
                    }
                    if (id != null) {
                        assertThat(row.entityId()).isEqualTo(String.valueOf(id));
                    }
                });
    }

    // ---- bringing a claim to the state a route needs, outside the walk

    private static final Map<String, String> EDI = Map.of("Content-Type", "application/edi-x12");

    private HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": "
                + response.body()).isBetween(200, 299);
        return response;
    }

    private HttpResponse<String> sendFile(String path, String file) throws Exception {
        return workspace.send(user, "POST", path, file, EDI);
    }

    private int versionOf(long claimId) throws Exception {
        return json(ok(send("GET", "/api/v1/claims/" + claimId, null))).get("version").asInt();
    }

    /** An 835 whose one payment pays $60.00 of the charge on the claim with this control number. */
    private static String paying(String trace, String control, String charge) {
        return new Era835(trace, "2026-11-20").claim(control, "1", charge, "60.00", "98941", control + "-1", "CO", "45",
                "5.00", null).text();
    }

    private long queuedPaymentOf(String control) throws Exception {
        for (JsonNode waiting : json(ok(send("GET", "/api/v1/remittances/queue?limit=200", null))).get("items")) {
            if (waiting.get("controlNumber").asText().equals(control)) {
                return waiting.get("id").asLong();
            }
        }
        throw new AssertionError("no payment for " + control + " waits in the queue");
    }

    // ---- the audit log as stored

    private record Row(String action, String entity, String entityId) {
    }

    private static long lastAuditRow() {
        return workspace.app().database().audit().recent(1).stream().mapToLong(AuditEntry::id).max().orElse(0);
    }

    private List<Row> rowsSince(long mark) {
        return workspace.app().database().audit().recent(5_000).stream()
                .filter(entry -> entry.id() > mark && entry.user().equals(user))
                .map(entry -> new Row(entry.action(), entry.entity(), entry.entityId().orElse("null"))).toList();
    }

    // ---- requests

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return workspace.send(user, method, path, body);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        String body = response.body();
        return body == null || body.isBlank() || !body.trim().startsWith("{") ? JSON.createObjectNode() : JSON.readTree(body);
    }

    private static String newPatient() throws Exception {
        long dana = 0;
        for (JsonNode provider : json(workspace.send("admin", "GET", "/api/v1/providers", null)).get("items")) {
            if (provider.get("npi").asText().equals("1000000004")) {
                dana = provider.get("id").asLong();
            }
        }
        return """
                {"firstName": "Ada", "lastName": "Quinn", "birthDate": "1980-02-29", "sex": "F",
                 "address": {"line1": "10 SE Main St", "city": "Portland", "state": "OR", "zip": "97214"},
                 "accountNumber": "AUDIT-1", "payer": "commercial",
                 "insurance": {"memberId": "XQ1234567", "groupNumber": "G-1", "relationship": "self"},
                 "therapist": {"id": %d}}""".formatted(dana);
    }

    private static String visitOf(String example) throws Exception {
        ObjectNode visit = (ObjectNode) JSON.readTree(Files.readString(Path.of("..", "examples", example)));
        visit.remove("patient");
        return visit.toString();
    }
}
