package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.money.Money;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A stored claim's contract JSON read back: its lines as they were sent and the findings the scrub made, which is
 * what a remittance is matched and a denial explained against.
 */
public record StoredClaimBody(List<Line> lines, List<Finding> findings) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public StoredClaimBody {
        lines = List.copyOf(lines);
        findings = List.copyOf(findings);
    }

    /**
     * A claim line; its number on the claim is its place in the list plus one.
     *
     * @param minutes the documented minutes, where the line is time-based and the visit gave them
     */
    public record Line(int number, String code, List<String> modifiers, int units, OptionalInt minutes,
                       Optional<Money> charge, Optional<Money> allowed) {
        public Line {
            modifiers = List.copyOf(modifiers);
        }
    }

    public static StoredClaimBody read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored claim's JSON cannot be read", e);
        }
        List<Line> lines = new ArrayList<>();
        for (ClaimLine line : ClaimJson.lines(root)) {
            lines.add(new Line(lines.size() + 1, line.code(), line.modifiers(), line.units(), line.minutes(),
                    line.charge(), line.allowed()));
        }
        List<Finding> findings = ClaimJson.findings(root);
        return new StoredClaimBody(lines, findings);
    }
}
