package dev.cleanclaim.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A visit flattened to the fields its history is told in: the provider it is filed under, then every value of the
 * visit contract JSON by its path ("dateOfService", "services[1].minutes", "documentation.abn"), so a change
 * reads as "services[1].minutes: 15 → 23" rather than as two bodies to compare by eye.
 */
final class VisitFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VisitFields() {
    }

    static Map<String, String> of(VisitRecord visit) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("providerId", Long.toString(visit.providerId()));
        fields.put("dateOfService", visit.dateOfService().toString());
        fields.put("payer", visit.payerId());
        JsonNode body;
        try {
            body = JSON.readTree(visit.body());
        } catch (JsonProcessingException e) {
            // The workspace stores only visits it read; a body that is not JSON is kept whole rather than lost.
            fields.put("body", visit.body());
            return fields;
        }
        flatten(fields, "", body);
        return fields;
    }

    private static void flatten(Map<String, String> fields, String path, JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(fields, path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(fields, path + "[" + i + "]", node.get(i));
            }
        } else if (!node.isNull() && !node.isMissingNode()) {
            fields.put(path.isEmpty() ? "body" : path, node.asText());
        }
    }
}
