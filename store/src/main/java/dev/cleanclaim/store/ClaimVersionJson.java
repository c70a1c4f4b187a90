package dev.cleanclaim.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.claim.Finding;

/**
 * A version of a claim's contents as its history keeps it (claim_event.body): what the claim said when it was made or
 * revised, in the field names of the claim contract, for people and audits to read. Never read back as a claim: the
 * claim's rows are the claim.
 */
final class ClaimVersionJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimVersionJson() {
    }

    static String write(ClaimDraft claim) {
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
        for (ClaimLine line : claim.lines()) {
            ObjectNode node = lines.addObject().put("code", line.code());
            ArrayNode modifiers = node.putArray("modifiers");
            line.modifiers().forEach(modifiers::add);
            node.put("units", line.units());
            line.minutes().ifPresent(minutes -> node.put("minutes", minutes));
            ArrayNode pointers = node.putArray("diagnosisPointers");
            line.diagnosisPointers().forEach(pointers::add);
            line.charge().ifPresent(charge -> node.put("charge", charge.toString()));
            line.allowed().ifPresent(allowed -> node.put("allowed", allowed.toString()));
            line.description().ifPresent(description -> node.put("description", description));
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : claim.findings()) {
            ObjectNode node = findings.addObject().put("rule", finding.rule()).put("severity", finding.severity().id());
            ArrayNode codes = node.putArray("codes");
            finding.codes().forEach(codes::add);
            node.put("message", finding.message()).put("source", finding.source());
            finding.fix().ifPresent(fix -> node.put("fix", fix));
            finding.remedy().ifPresent(remedy -> node.set("remedy", readTree(RemedyColumn.write(remedy))));
        }
        root.put("ruleDataVersion", claim.ruleDataVersion());
        return root.toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
