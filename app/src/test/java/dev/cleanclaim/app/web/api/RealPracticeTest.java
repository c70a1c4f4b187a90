package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleanclaim.app.contract.PracticeReader;
import dev.cleanclaim.app.testing.Era835;
import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.DatabaseSettings;
import dev.cleanclaim.x12.OutsideValidator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real practice from its first start: a practice file that shares no identifier with the demo is imported into a
 * new workspace, the server starts without the demo, and a first claim carries the practice's own name, NPI and fees
 * and the directory payer's name and payer id; a PTA's Medicare claim names the supervising PT.
 */
class RealPracticeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RuleData RULES = BuiltInRuleData.load();
    static final String PRACTICE = """
            billingProvider:
              name: Willamette Valley Physical Therapy PC
              npi: "1245319599"
              taxId: "46-2850917"
              taxonomy: 225100000X
              address: {line1: "480 Court St NE", city: Salem, state: OR, zip: "97301-3442"}
              phone: "5035550177"
            submitter: {name: Willamette Valley PT, id: "WVPT77", contactName: Casey Lund, contactPhone: "5035550178"}
            receiver: {name: Office Ally, id: "OFFALLY"}
            placeOfService: "11"
            medicareLocality: "02302-99"
            providers:
              - {firstName: Nora, lastName: Vance, type: PT, npi: "1881697878", taxonomy: 225100000X, license: "PT-5521", licenseState: OR}
              - {firstName: Eli, lastName: Brandt, type: PTA, npi: "1679576722", taxonomy: 225200000X, license: "PTA-881", licenseState: OR, supervisor: "1881697878"}
            payers:
              - {id: aetna, name: Aetna, payerId: "60054", pack: commercial, contracted: {"97140": "38.00"}}
              - {id: medicare-or, name: "Medicare Part B Oregon (Noridian JF)", payerId: "02302", pack: medicare}
            fees: {"97110": "48.00", "97140": "52.00", "97112": "50.00"}
            """;

    @TempDir
    static Path data;
    private static TestWorkspace workspace;

    @BeforeAll
    static void importThePracticeThenServeWithoutTheDemo() {
        DatabaseSettings settings = DatabaseSettings.embedded(data);
        try (Database database = Database.open(settings, TestWorkspace.CLOCK)) {
            Workspace.open(database, RULES, TestWorkspace.CLOCK).admin().importFile(Actor.system(), "practice.yaml",
                    new PracticeReader(RULES).readFile("practice.yaml", PRACTICE));
        }
        workspace = TestWorkspace.ofPractice(settings, data);
    }

    @AfterAll
    static void stop() {
        workspace.close();
    }

    @Test
    void the_workspace_shows_the_imported_practice_and_no_demo_patient() throws Exception {
        List<String> accounts = new ArrayList<>();
        json(ok(workspace.send("admin", "GET", "/api/v1/patients", null))).get("items")
                .forEach(patient -> accounts.add(patient.get("accountNumber").asText()));
        assertThat(accounts).as("only the patients these tests add").allMatch(account -> account.startsWith("WV-"));
        List<String> npis = new ArrayList<>();
        json(ok(workspace.send("admin", "GET", "/api/v1/providers", null))).get("items")
                .forEach(provider -> npis.add(provider.get("npi").asText()));
        assertThat(npis).containsExactly("1881697878", "1679576722");
    }

    @Test
    void a_patient_of_a_directory_payer_gets_a_claim_with_the_practice_and_the_payer_and_the_practice_fees() throws Exception {
        long patient = patient("WV-1", "aetna", "W123456789", "1881697878");
        String edi = claim837(patient, """
                {"dateOfService": "2026-11-02", "payer": "aetna", "provider": {"type": "PT", "npi": "1881697878"},
                 "diagnoses": [{"code": "M54.50", "regions": ["lumbar"]}],
                 "services": [{"code": "97110", "minutes": 30, "regions": ["lumbar"]},
                              {"code": "97140", "minutes": 15, "regions": ["lumbar"]}]}""");

        assertThat(edi).contains("NM1*85*2*WILLAMETTE VALLEY PHYSICAL THERAPY PC*****XX*1245319599~")
                .contains("NM1*PR*2*AETNA*****PI*60054~")
                .containsPattern("SV1\\*HC:97110[^*]*\\*96\\*UN\\*2")
                .containsPattern("SV1\\*HC:97140[^*]*\\*52\\*UN\\*1")
                .doesNotContain("1234567893").doesNotContain("RIVERSIDE");
        String form = cms1500(lastClaim());
        // Box 33 holds as much of the name as fits its width; 24F the practice's own fees.
        assertThat(form).contains("WILLAMETTE VALLEY PHYSICAL").contains("1245319599").contains("AETNA")
                .contains("97110 A      96 00  2 1881697878").contains("97140 A      52 00  1 1881697878")
                .doesNotContain("RIVERSIDE");
    }

    @Test
    void a_ptas_medicare_claim_names_the_supervising_pt_and_marks_the_lines_cq() throws Exception {
        long patient = patient("WV-2", "medicare-or", "1EG4TE5MK73", "1679576722");
        String edi = claim837(patient, """
                {"dateOfService": "2026-11-03", "payer": "medicare-or", "provider": {"type": "PTA", "npi": "1679576722"},
                 "diagnoses": [{"code": "M54.50", "regions": ["lumbar"]}],
                 "services": [{"code": "97110", "minutes": 30, "regions": ["lumbar"]}],
                 "documentation": {"clinicalRationale": true}}""");

        assertThat(edi).contains("NM1*82*1*VANCE*NORA****XX*1881697878~").doesNotContain("1679576722")
                .contains("NM1*PR*2*MEDICARE PART B OREGON (NORIDIAN JF)*****PI*02302~")
                .containsPattern("SV1\\*HC:97110:[A-Z0-9:]*CQ");
    }

    @Test
    void an_835_that_allows_less_than_the_aetna_contract_flags_the_line_as_underpaid() throws Exception {
        long patient = patient("WV-3", "aetna", "W987654321", "1881697878");
        claim837(patient, """
                {"dateOfService": "2026-11-04", "payer": "aetna", "provider": {"type": "PT", "npi": "1881697878"},
                 "diagnoses": [{"code": "M54.50", "regions": ["lumbar"]}],
                 "services": [{"code": "97140", "minutes": 15, "regions": ["lumbar"]}]}""");
        JsonNode claim = json(ok(workspace.send("admin", "GET", "/api/v1/claims/" + lastClaimId, null)));
        ok(workspace.send("admin", "POST", "/api/v1/claims/" + lastClaimId + "/status",
                "{\"status\": \"submitted\", \"version\": " + claim.get("version").asInt() + "}"));
        String control = claim.get("controlNumber").asText();
        // Aetna allows $30.00 (the $52.00 charge less a $22.00 contractual write-off) where the contract says $38.00.
        String era = new Era835("AETNA-TRN-1", "2026-11-20").claim(control, "1", "52.00", "30.00", "97140",
                control + "-1", "CO", "45", "22.00", null).text();
        ok(workspace.sendWithToken(workspace.tokenOf("admin"), "POST", "/api/v1/remittances", era,
                java.util.Map.of("Content-Type", "application/edi-x12")));

        JsonNode underpaid = json(ok(workspace.send("admin", "GET", "/api/v1/claims/" + lastClaimId + "/payments", null)))
                .at("/payments/0/underpaid/0");
        assertThat(underpaid.get("code").asText()).isEqualTo("97140");
        assertThat(underpaid.get("contracted").asText()).isEqualTo("38.00");
        assertThat(underpaid.get("allowed").asText()).isEqualTo("30.00");
        assertThat(underpaid.get("shortBy").asText()).isEqualTo("8.00");
    }

    private long lastClaimId;

    private long lastClaim() {
        return lastClaimId;
    }

    private long patient(String account, String payer, String memberId, String therapistNpi) throws Exception {
        long therapist = -1;
        for (JsonNode provider : json(ok(workspace.send("admin", "GET", "/api/v1/providers", null))).get("items")) {
            if (provider.get("npi").asText().equals(therapistNpi)) {
                therapist = provider.get("id").asLong();
            }
        }
        String body = """
                {"firstName": "Ines", "lastName": "Marsh", "birthDate": "1950-05-06", "sex": "F",
                 "address": {"line1": "12 Chemeketa St NE", "city": "Salem", "state": "OR", "zip": "97301"},
                 "accountNumber": "%s", "payer": "%s",
                 "insurance": {"memberId": "%s", "relationship": "self"}, "therapist": {"id": %d},
                 "confirmDuplicate": true}"""
                .formatted(account, payer, memberId, therapist);
        return json(ok(workspace.send("admin", "POST", "/api/v1/patients", body))).get("id").asLong();
    }

    private String claim837(long patient, String visit) throws Exception {
        long visitId = json(ok(workspace.send("admin", "POST", "/api/v1/patients/" + patient + "/visits", visit)))
                .get("id").asLong();
        JsonNode claim = json(ok(workspace.send("admin", "POST", "/api/v1/claims", "{\"visitId\": " + visitId + "}")));
        lastClaimId = claim.get("id").asLong();
        HttpResponse<byte[]> edi = workspace.download("admin", "/api/v1/claims/" + lastClaimId + "/837");
        assertThat(edi.statusCode()).as(new String(edi.body())).isEqualTo(200);
        return new String(OutsideValidator.accepted(edi.body()));
    }

    private String cms1500(long claimId) throws Exception {
        HttpResponse<byte[]> pdf = workspace.download("admin", "/api/v1/claims/" + claimId + "/cms1500.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": "
                + response.body()).isBetween(200, 201);
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
