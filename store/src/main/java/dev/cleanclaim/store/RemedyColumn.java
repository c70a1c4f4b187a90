package dev.cleanclaim.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.core.claim.Remedy;

/**
 * A finding's remedy in claim_finding.remedy: the shape the claim contract gives it ({"type": "add-diagnosis",
 * "code": ..., "region": ..., "label": ...}), so claims stored before the record (V10 copied their remedies as they
 * were) read the same as claims stored since. The label is the engine's words and is not read back.
 */
final class RemedyColumn {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADD_DIAGNOSIS = "add-diagnosis";
    private static final String APPEND_MODIFIER = "append-modifier";
    private static final String DROP_SERVICE = "drop-service";

    private RemedyColumn() {
    }

    static String write(Remedy remedy) {
        ObjectNode node = JSON.createObjectNode();
        if (remedy instanceof Remedy.AddDiagnosis add) {
            node.put("type", ADD_DIAGNOSIS).put("code", add.code()).put("region", add.region());
        } else if (remedy instanceof Remedy.AppendModifier append) {
            node.put("type", APPEND_MODIFIER).put("code", append.code()).put("modifier", append.modifier());
        } else if (remedy instanceof Remedy.DropService drop) {
            node.put("type", DROP_SERVICE).put("code", drop.code());
        }
        return node.put("label", remedy.label()).toString();
    }

    /** @throws IllegalStateException when the text is not a remedy this store wrote: it is never guessed at */
    static Remedy read(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored remedy is not JSON: " + e.getOriginalMessage(), e);
        }
        String type = node.path("type").asText();
        return switch (type) {
            case ADD_DIAGNOSIS -> new Remedy.AddDiagnosis(field(node, "code"), field(node, "region"));
            case APPEND_MODIFIER -> new Remedy.AppendModifier(field(node, "code"), field(node, "modifier"));
            case DROP_SERVICE -> new Remedy.DropService(field(node, "code"));
            default -> throw new IllegalStateException("a stored remedy has type \"" + type + "\"");
        };
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual()) {
            throw new IllegalStateException("a stored remedy lacks its " + name + ": " + node);
        }
        return value.asText();
    }
}
