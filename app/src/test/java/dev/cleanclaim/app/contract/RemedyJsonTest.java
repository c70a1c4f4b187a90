package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Remedy;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.scrub.Scrubber;
import dev.cleanclaim.core.visit.RemedyApplier;
import dev.cleanclaim.core.visit.Visit;
import dev.cleanclaim.rules.BuiltInRuleData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

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

    private static final VisitReader READER = new VisitReader(RULES, LocalDate.of(2026, 11, 23));
    private static final Scrubber SCRUBBER = new Scrubber(RULES);

    private static Visit read(ObjectNode visit) {
        return READER.read("visit", visit.toString());
    }

    private static ClaimDraft scrub(ObjectNode visit) {
        return SCRUBBER.scrub(read(visit));
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

    /** The example visits, and visits made to carry the remedies they lack, by technique and in loose spellings. */
    private static Map<String, ObjectNode> visits() throws Exception {
        Map<String, ObjectNode> visits = new LinkedHashMap<>();
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            examples = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        for (Path example : examples) {
            visits.put(example.getFileName().toString(), (ObjectNode) JSON.readTree(example.toFile()));
        }
        visits.put("chiropractic by technique", chiropracticVisit());
        visits.put("indicator 1 on regions apart", (ObjectNode) JSON.readTree("""
                {"dateOfService": "2026-03-02", "payer": "commercial", "provider": {"type": "pt"},
                 "diagnoses": [{"code": "M25561", "regions": ["Right-Knee"]}],
                 "services": [{"code": "97140", "minutes": 15, "regions": ["right-knee"]},
                              {"code": "97750", "minutes": 15, "regions": ["cervical"], "modifiers": ["gp"]}],
                 "documentation": {"clinicalRationale": true}}"""));
        visits.put("indicator 0 by technique", (ObjectNode) JSON.readTree("""
                {"dateOfService": "2026-03-02", "payer": "commercial", "provider": {"type": "PT"},
                 "diagnoses": [{"code": "M54.50", "regions": ["lumbar"]}, {"code": "M25.511", "regions": ["right-shoulder"]}],
                 "services": [{"code": "97140", "minutes": 15, "regions": ["right-shoulder"]},
                              {"technique": "effleurage", "minutes": 15, "regions": ["lumbar"]}],
                 "documentation": {"referral": true, "clinicalRationale": true}}"""));
        return visits;
    }

    @Test
    void applying_any_remedy_to_the_visit_json_scrubs_to_the_claim_applying_it_in_core_gives() throws Exception {
        Set<Class<?>> kinds = new HashSet<>();
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, ObjectNode> visit : visits().entrySet()) {
            for (Finding finding : scrub(visit.getValue()).findings()) {
                if (finding.remedy().isEmpty()) {
                    continue;
                }
                Remedy remedy = finding.remedy().get();
                ClaimDraft inCore = SCRUBBER.scrub(RemedyApplier.apply(read(visit.getValue()), remedy, RULES));
                ClaimDraft inJson = scrub(RemedyJson.applyTo(visit.getValue(), RemedyJson.read(RemedyJson.write(remedy)), RULES));

                assertThat(ClaimJson.write(inJson)).as(visit.getKey() + ": " + remedy.label()).isEqualTo(ClaimJson.write(inCore));
                assertThat(inJson.findings()).as(visit.getKey() + ": " + remedy.label() + " resolves its finding")
                        .noneMatch(after -> after.rule().equals(finding.rule()) && after.severity() == Severity.ERROR
                                && after.codes().equals(finding.codes()));
                kinds.add(remedy.getClass());
                checked.add(visit.getKey() + ": " + remedy.label());
            }
        }
        assertThat(kinds).as(checked.toString())
                .containsExactlyInAnyOrder(Remedy.AddDiagnosis.class, Remedy.AppendModifier.class, Remedy.DropService.class);
    }

    @Test
    void a_diagnosis_already_listed_in_another_spelling_gains_the_region_instead_of_being_listed_twice() throws Exception {
        ObjectNode visit = chiropracticVisit();
        ((ObjectNode) visit.withArray("/diagnoses").addObject().put("code", "m25512")).putArray("regions").add("Left-Elbow");

        ObjectNode fixed = RemedyJson.applyTo(visit, new Remedy.AddDiagnosis("M25.512", "left-shoulder"), RULES);
        ObjectNode again = RemedyJson.applyTo(fixed, new Remedy.AddDiagnosis("M25.512", "left-shoulder"), RULES);

        assertThat(again.get("diagnoses")).hasSize(4);
        assertThat(again.at("/diagnoses/3/regions").toString()).isEqualTo("[\"Left-Elbow\",\"left-shoulder\"]");
        assertThat(read(again).diagnoses().get(3).code()).isEqualTo("M25.512");
    }

    @Test
    void a_remedy_is_read_in_the_spellings_the_visit_contract_allows() {
        assertThat(RemedyJson.read(JSON.createObjectNode().put("type", "append-modifier").put("code", " 97140").put("modifier", "xs")))
                .isEqualTo(new Remedy.AppendModifier("97140", "XS"));
        assertThat(RemedyJson.read(JSON.createObjectNode().put("type", "add-diagnosis").put("code", "m25512").put("region", "left-shoulder")))
                .isEqualTo(new Remedy.AddDiagnosis("M25.512", "left-shoulder"));
    }

    @Test
    void a_remedy_sent_on_its_own_is_refused_naming_its_field_from_the_root() {
        assertThat(problemPath(() -> RemedyJson.read(JSON.createObjectNode().put("type", "rewrite-claim")))).isEqualTo("$.type");
        assertThat(problemPath(() -> RemedyJson.read(JSON.createArrayNode()))).isEqualTo("$");
        assertThat(problemPath(() -> RemedyJson.read(JSON.createObjectNode().put("type", "append-modifier")
                .put("code", "97140").put("modifier", "XSS")))).isEqualTo("$.modifier");
        assertThat(problemPath(() -> RemedyJson.read(JSON.createObjectNode().put("type", "add-diagnosis")
                .put("code", "8E0KX1Z").put("region", "lumbar")))).isEqualTo("$.code");
        assertThat(problemPath(() -> RemedyJson.read(JSON.createObjectNode().put("type", "add-diagnosis")
                .put("code", "M54.50")))).isEqualTo("$.region");
    }

    @Test
    void a_visit_whose_services_are_not_an_array_is_refused_naming_them() {
        ObjectNode visit = JSON.createObjectNode().put("services", "97140");

        assertThat(problemPath(() -> RemedyJson.applyTo(visit, new Remedy.DropService("97140"), RULES))).isEqualTo("$.services");
    }

    private static String problemPath(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(InputException.class);
        return ((InputException) thrown).problems().get(0).path();
    }

    @Test
    void a_malformed_remedy_is_refused_naming_its_field() {
        assertThatThrownBy(() -> RemedyJson.read(JSON.createObjectNode().put("type", "rewrite-claim"), "$.remedy"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).path()).isEqualTo("$.remedy.type"));
        assertThatThrownBy(() -> RemedyJson.read(JSON.createObjectNode().put("type", "drop-service"), "$.remedy"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).path()).isEqualTo("$.remedy.code"));
    }
}
