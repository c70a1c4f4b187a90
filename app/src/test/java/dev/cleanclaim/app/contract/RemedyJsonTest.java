package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Remedy;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.scrub.Scrubber;
import dev.cleanclaim.rules.BuiltInRuleData;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RemedyJsonTest {

    private static final RuleData RULES = BuiltInRuleData.load();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** 98941 on the spine and 97140 (by technique) on the left shoulder, with no shoulder diagnosis yet. */
    private static ObjectNode chiropracticVisit() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"dateOfService": "2026-07-08", "payer": "commercial", "provider": {"type": "DC", "npi": "1000000004"},
                 "diagnoses": [{"code": "M99.01", "regions": ["cervical"]}, {"code": "M99.02", "regions": ["thoracic"]},
                               {"code": "M99.03", "regions": ["lumbar"]}],
                 "services": [{"code": "98941", "regions": ["cervical", "thoracic", "lumbar"]},
                              {"technique": "joint mobilization", "minutes": 15, "regions": ["left-shoulder"]}],
                 "documentation": {"referral": true, "clinicalRationale": true, "medicalNecessity": ["restricted-joint-motion"],
                                   "activeTreatment": true}}""");
    }

    private static ClaimDraft scrub(ObjectNode visit) {
        return new Scrubber(RULES).scrub(new VisitReader(RULES, LocalDate.of(2026, 11, 23)).read("visit", visit.toString()));
    }

    private static Finding cmtRegion(ClaimDraft claim) {
        return claim.findings().stream().filter(finding -> finding.rule().equals("cmt.region")).findFirst().orElseThrow();
    }

    @Test
    void the_claim_json_carries_the_remedy_and_applying_it_to_the_visit_json_resolves_the_error() throws Exception {
        ObjectNode visit = chiropracticVisit();
        Finding finding = cmtRegion(scrub(visit));
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        ObjectNode written = RemedyJson.write(finding.remedy().orElseThrow());

        ObjectNode fixed = RemedyJson.applyTo(visit, RemedyJson.read(written, "$.remedy"), RULES);

        assertThat(written.toString()).isEqualTo("{\"type\":\"add-diagnosis\",\"code\":\"M25.512\",\"region\":\"left-shoulder\","
                + "\"label\":\"Add M25.512 for left-shoulder\"}");
        assertThat(cmtRegion(scrub(fixed)).severity()).isEqualTo(Severity.INFO);
        assertThat(visit.get("diagnoses")).as("the original is left as it was").hasSize(3);
    }

    @Test
    void dropping_a_service_matches_a_technique_by_the_code_it_stands_for() throws Exception {
        ObjectNode fixed = RemedyJson.applyTo(chiropracticVisit(), new Remedy.DropService("97140"), RULES);

        assertThat(fixed.get("services")).hasSize(1);
        assertThat(fixed.at("/services/0/code").asText()).isEqualTo("98941");
    }

    @Test
    void appending_a_modifier_adds_it_once_to_every_service_of_that_code() throws Exception {
        ObjectNode once = RemedyJson.applyTo(chiropracticVisit(), new Remedy.AppendModifier("97140", "59"), RULES);
        ObjectNode twice = RemedyJson.applyTo(once, new Remedy.AppendModifier("97140", "59"), RULES);

        assertThat(twice.at("/services/1/modifiers").toString()).isEqualTo("[\"59\"]");
        assertThat(twice.at("/services/0/modifiers").isMissingNode()).isTrue();
    }

    @Test
    void a_remedy_that_would_leave_no_service_is_refused() throws Exception {
        ObjectNode visit = RemedyJson.applyTo(chiropracticVisit(), new Remedy.DropService("97140"), RULES);

        assertThatThrownBy(() -> RemedyJson.applyTo(visit, new Remedy.DropService("98941"), RULES))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).path()).isEqualTo("$.services"));
    }

    @Test
    void a_malformed_remedy_is_refused_naming_its_field() {
        assertThatThrownBy(() -> RemedyJson.read(JSON.createObjectNode().put("type", "rewrite-claim"), "$.remedy"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).path()).isEqualTo("$.remedy.type"));
        assertThatThrownBy(() -> RemedyJson.read(JSON.createObjectNode().put("type", "drop-service"), "$.remedy"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).path()).isEqualTo("$.remedy.code"));
    }
}
