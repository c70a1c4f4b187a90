package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.money.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes the claim contract (README, "Claim output"), and reads back the lines of a claim it wrote. Field order is
 * part of the contract: it keeps output diffable and golden files stable.
 */
public final class ClaimJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimJson() {
    }

    public static ObjectNode toTree(ClaimDraft claim) {
        ObjectNode root = JSON.createObjectNode();
        root.put("dateOfService", claim.dateOfService().toString());
        root.put("payer", claim.payerId());
        root.put("unitMethod", claim.unitMethod().id());
        root.put("totalTimedMinutes", claim.totalTimedMinutes());
        root.put("totalTimedUnits", claim.totalTimedUnits());
        root.put("totalCharge", claim.totalCharge().toString());
        ArrayNode diagnoses = root.putArray("diagnoses");
        claim.diagnoses().forEach(diagnoses::add);
        ArrayNode lines = root.putArray("lines");
        claim.lines().forEach(line -> lines.add(line(line)));
        ArrayNode findings = root.putArray("findings");
        claim.findings().forEach(finding -> findings.add(finding(finding)));
        root.put("ruleDataVersion", claim.ruleDataVersion());
        return root;
    }

    public static String write(ClaimDraft claim) {
        return JsonText.pretty(toTree(claim));
    }

    /** Several claims as one JSON array, in the order given. */
    public static String writeAll(List<ClaimDraft> claims) {
        ArrayNode array = JSON.createArrayNode();
        claims.forEach(claim -> array.add(toTree(claim)));
        return JsonText.pretty(array);
    }

    /**
     * The lines of a claim this class wrote (a stored claim's body): code, modifiers, units, minutes, pointers, charge
     * and allowed amount; the description is not part of the contract's lines, so it reads back empty.
     *
     * @throws IllegalStateException when the text is not a claim this class wrote
     */
    public static List<ClaimLine> readLines(String claimJson) {
        try {
            return lines(JSON.readTree(claimJson));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored claim is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * A claim this class wrote, read back whole: what was scrubbed, reviewed and sent, without scrubbing again. Line
     * descriptions are not part of the contract and read back empty.
     *
     * @throws IllegalStateException when the text is not a claim this class wrote (an unknown severity or unit
     *                               method included: a stored claim is never read as something it did not say)
     */
    public static ClaimDraft readDraft(String claimJson) {
        JsonNode root;
        try {
            root = JSON.readTree(claimJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored claim is not JSON: " + e.getOriginalMessage(), e);
        }
        List<String> diagnoses = new ArrayList<>();
        root.path("diagnoses").forEach(diagnosis -> diagnoses.add(diagnosis.asText()));
        String method = root.path("unitMethod").asText();
        return new ClaimDraft(java.time.LocalDate.parse(root.path("dateOfService").asText()), root.path("payer").asText(),
                dev.cleanclaim.core.units.UnitMethod.parse(method)
                        .orElseThrow(() -> new IllegalStateException("a stored claim names unit method \"" + method + "\"")),
                root.path("totalTimedMinutes").asInt(), root.path("totalTimedUnits").asInt(), diagnoses, lines(root),
                findings(root), root.path("ruleDataVersion").asText());
    }

    /** The findings of a claim this class wrote, remedies included. */
    static List<Finding> findings(JsonNode claim) {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode finding : claim.path("findings")) {
            List<String> codes = new ArrayList<>();
            finding.path("codes").forEach(code -> codes.add(code.asText()));
            String severity = finding.path("severity").asText();
            findings.add(new Finding(finding.path("rule").asText(), java.util.Arrays.stream(
                            dev.cleanclaim.core.claim.Severity.values()).filter(known -> known.id().equals(severity)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("a stored finding has severity \"" + severity + "\"")),
                    codes, finding.path("message").asText(), finding.path("source").asText(),
                    finding.hasNonNull("fix") ? Optional.of(finding.get("fix").asText()) : Optional.empty(),
                    finding.hasNonNull("remedy") ? Optional.of(RemedyJson.read(finding.get("remedy"))) : Optional.empty()));
        }
        return findings;
    }

    /** The lines of a claim this class wrote, already parsed: the one reader of the stored line format. */
    static List<ClaimLine> lines(JsonNode claim) {
        JsonNode lines = claim.path("lines");
        List<ClaimLine> read = new ArrayList<>(lines.size());
        for (JsonNode line : lines) {
            List<String> modifiers = new ArrayList<>(4);
            line.path("modifiers").forEach(modifier -> modifiers.add(modifier.asText()));
            List<String> pointers = new ArrayList<>(4);
            line.path("diagnosisPointers").forEach(pointer -> pointers.add(pointer.asText()));
            read.add(new ClaimLine(line.path("code").asText(), modifiers, line.path("units").asInt(),
                    line.has("minutes") ? OptionalInt.of(line.get("minutes").asInt()) : OptionalInt.empty(), pointers,
                    money(line, "charge"), money(line, "allowed"), Optional.empty()));
        }
        return read;
    }

    private static Optional<Money> money(JsonNode line, String field) {
        return line.has(field) ? Optional.of(Money.parse(line.get(field).asText())) : Optional.empty();
    }

    private static ObjectNode line(ClaimLine line) {
        ObjectNode node = JSON.createObjectNode();
        node.put("code", line.code());
        ArrayNode modifiers = node.putArray("modifiers");
        line.modifiers().forEach(modifiers::add);
        node.put("units", line.units());
        line.minutes().ifPresent(minutes -> node.put("minutes", minutes));
        ArrayNode pointers = node.putArray("diagnosisPointers");
        line.diagnosisPointers().forEach(pointers::add);
        line.charge().ifPresent(charge -> node.put("charge", charge.toString()));
        line.allowed().ifPresent(allowed -> node.put("allowed", allowed.toString()));
        return node;
    }

    private static ObjectNode finding(Finding finding) {
        ObjectNode node = JSON.createObjectNode();
        node.put("rule", finding.rule());
        node.put("severity", finding.severity().id());
        ArrayNode codes = node.putArray("codes");
        finding.codes().forEach(codes::add);
        node.put("message", finding.message());
        node.put("source", finding.source());
        finding.fix().ifPresent(fix -> node.put("fix", fix));
        finding.remedy().ifPresent(remedy -> node.set("remedy", RemedyJson.write(remedy)));
        return node;
    }
}
