package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.scrub.Scrubber;
import dev.cleanclaim.rules.BuiltInRuleData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimJsonTest {

    @Test
    void the_claim_json_names_every_line_and_finding_of_the_record_in_order_without_the_descriptions() throws Exception {
        RuleData rules = BuiltInRuleData.load();
        ClaimDraft claim = new Scrubber(rules).scrub(new VisitReader(rules, LocalDate.of(2026, 11, 23)).read("example",
                Files.readString(Path.of("..", "examples", "pta-medicare-assistant-over-the-kx-threshold.json"))));

        JsonNode written = ClaimJson.toTree(claim);

        List<String> codes = new ArrayList<>();
        written.path("lines").forEach(line -> codes.add(line.path("code").asText() + line.path("modifiers")));
        assertThat(codes).isEqualTo(claim.lines().stream().map(line -> line.code() + modifiers(line)).toList());
        List<String> rules2 = new ArrayList<>();
        written.path("findings").forEach(finding -> rules2.add(finding.path("rule").asText()));
        assertThat(rules2).isEqualTo(claim.findings().stream().map(Finding::rule).toList());
        written.path("lines").forEach(line -> assertThat(line.has("description")).isFalse());
        assertThat(written.path("totalCharge").asText()).isEqualTo(claim.totalCharge().toString());
    }

    private static String modifiers(ClaimLine line) {
        return line.modifiers().stream().map(modifier -> "\"" + modifier + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
