package dev.cleanclaim.app.contract;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.scrub.Scrubber;
import dev.cleanclaim.rules.BuiltInRuleData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimJsonTest {

    @Test
    void the_lines_of_a_written_claim_read_back_as_they_were_but_for_the_description() throws Exception {
        RuleData rules = BuiltInRuleData.load();
        ClaimDraft claim = new Scrubber(rules).scrub(new VisitReader(rules, LocalDate.of(2026, 11, 23)).read("example",
                Files.readString(Path.of("..", "examples", "pta-medicare-assistant-over-the-kx-threshold.json"))));

        assertThat(ClaimJson.readLines(ClaimJson.write(claim))).isEqualTo(claim.lines().stream()
                .map(line -> new ClaimLine(line.code(), line.modifiers(), line.units(), line.minutes(),
                        line.diagnosisPointers(), line.charge(), line.allowed(), Optional.empty())).toList());
    }

    @Test
    void text_that_is_not_a_claim_is_refused_as_a_broken_store() {
        assertThatThrownBy(() -> ClaimJson.readLines("{lines")).isInstanceOf(IllegalStateException.class);
    }
}
