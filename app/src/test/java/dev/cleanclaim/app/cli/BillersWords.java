package dev.cleanclaim.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a biller reads of a finding (its message and fix) holds no JSON path and no reference to the domain brief:
 * the source stays in the finding's {@code source}, where it is cited, not in the sentences a person acts on.
 */
final class BillersWords {

    private static final ObjectMapper JSON = new ObjectMapper();
    // "documentation.clinicalRationale", "services[0].minutes", "$.patient": field paths, not words.
    private static final Pattern MACHINE_TEXT = Pattern.compile(
            "RULES §|\\$\\.|\\b(documentation|services|diagnoses|patient|provider|payer|insurance)(\\[\\d*])?\\.[a-zA-Z]");

    private BillersWords() {
    }

    /** Checks every finding of a claim as the scrub command prints it. */
    static void assertReadable(String claimJson, String what) {
        JsonNode claim;
        try {
            claim = JSON.readTree(claimJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(claim.path("findings").isArray()).as(what + " has findings").isTrue();
        for (JsonNode finding : claim.get("findings")) {
            for (String field : List.of("message", "fix")) {
                String text = finding.path(field).asText("");
                assertThat(MACHINE_TEXT.matcher(text).find())
                        .as("%s: the %s of %s reads \"%s\"", what, field, finding.get("rule").asText(), text).isFalse();
            }
        }
    }
}
