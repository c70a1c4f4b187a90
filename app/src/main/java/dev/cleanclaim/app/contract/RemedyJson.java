package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.Remedy;
import dev.cleanclaim.core.coding.TechniqueEntry;
import dev.cleanclaim.core.ruledata.RuleData;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Remedies in the JSON contracts: written into a finding ({@code "remedy": {"type": ...}}), read back from a screen
 * that asks for one to be applied, and applied to the visit contract JSON as it stands in the screen's form, so
 * the edit lands exactly where the person would have made it by hand.
 */
public final class RemedyJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private RemedyJson() {
    }

    public static ObjectNode write(Remedy remedy) {
        ObjectNode node = JSON.objectNode();
        if (remedy instanceof Remedy.AddDiagnosis add) {
            node.put("type", "add-diagnosis").put("code", add.code()).put("region", add.region());
        } else if (remedy instanceof Remedy.AppendModifier append) {
            node.put("type", "append-modifier").put("code", append.code()).put("modifier", append.modifier());
        } else if (remedy instanceof Remedy.DropService drop) {
            node.put("type", "drop-service").put("code", drop.code());
        }
        return node.put("label", remedy.label());
    }

    /** Reads a remedy a screen sends back; {@code path} names it in every problem. */
    public static Remedy read(JsonNode node, String path) {
        String type = text(node, path, "type");
        return switch (type) {
            case "add-diagnosis" -> new Remedy.AddDiagnosis(text(node, path, "code"), text(node, path, "region"));
            case "append-modifier" -> new Remedy.AppendModifier(text(node, path, "code"), text(node, path, "modifier"));
            case "drop-service" -> new Remedy.DropService(text(node, path, "code"));
            default -> throw new InputException("remedy", List.of(new InputProblem(path + ".type",
                    "must be add-diagnosis, append-modifier or drop-service, got \"" + type + "\"")));
        };
    }

    /**
     * The visit with the remedy applied. A service given by technique is matched by the code its technique stands
     * for with the visit's provider type, as the engine codes it.
     */
    public static ObjectNode applyTo(ObjectNode visit, Remedy remedy, RuleData rules) {
        ObjectNode edited = visit.deepCopy();
        if (remedy instanceof Remedy.AddDiagnosis add) {
            addDiagnosis(edited, add);
            return edited;
        }
        ArrayNode services = edited.withArray("/services");
        List<Integer> matching = new ArrayList<>();
        String code = remedy instanceof Remedy.AppendModifier append ? append.code() : ((Remedy.DropService) remedy).code();
        for (int s = 0; s < services.size(); s++) {
            if (codeOf(services.get(s), edited, rules).filter(code::equals).isPresent()) {
                matching.add(s);
            }
        }
        if (remedy instanceof Remedy.AppendModifier append) {
            for (int s : matching) {
                ArrayNode modifiers = ((ObjectNode) services.get(s)).withArray("/modifiers");
                if (!contains(modifiers, append.modifier())) {
                    modifiers.add(append.modifier());
                }
            }
            return edited;
        }
        if (matching.size() == services.size()) {
            throw new InputException("remedy", List.of(new InputProblem("$.services",
                    "dropping " + code + " would leave the visit without services; delete the visit instead")));
        }
        for (int i = matching.size() - 1; i >= 0; i--) {
            services.remove(matching.get(i));
        }
        return edited;
    }

    private static void addDiagnosis(ObjectNode visit, Remedy.AddDiagnosis add) {
        ArrayNode diagnoses = visit.withArray("/diagnoses");
        for (JsonNode diagnosis : diagnoses) {
            if (add.code().equals(diagnosis.path("code").asText())) {
                ArrayNode regions = ((ObjectNode) diagnosis).withArray("/regions");
                if (!contains(regions, add.region())) {
                    regions.add(add.region());
                }
                return;
            }
        }
        diagnoses.addObject().put("code", add.code()).putArray("regions").add(add.region());
    }

    private static Optional<String> codeOf(JsonNode service, ObjectNode visit, RuleData rules) {
        if (service.hasNonNull("code")) {
            return Optional.of(service.get("code").asText());
        }
        String technique = service.path("technique").asText("");
        try {
            ProviderType provider = ProviderType.valueOf(visit.path("provider").path("type").asText(""));
            return rules.techniques().resolve(technique, provider).map(TechniqueEntry::code);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean contains(ArrayNode values, String value) {
        for (JsonNode present : values) {
            if (value.equals(present.asText())) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode node, String path, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InputException("remedy", List.of(new InputProblem(path + "." + field, "missing; send it as a string")));
        }
        return value.asText();
    }
}
