package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.claim.Finding;

import java.util.List;

/**
 * Writes the claim contract (README, "Claim output"): the API's and the CLI's claim JSON, written from the claim record.
 * Field order is part of the contract: it keeps output diffable and golden files stable. Nothing reads a claim back
 * from this JSON; the store keeps the claim as a record of its own.
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
