package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.Remedy;
import dev.cleanclaim.core.coding.TechniqueEntry;
import dev.cleanclaim.core.dx.DiagnosisSyntax;
import dev.cleanclaim.core.ruledata.RuleData;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Remedies in the JSON contracts: written into a finding ({@code "remedy": {"type": ...}}), read back from a screen
 * that asks for one to be applied, and applied to the visit contract JSON as it stands in the screen's form, so
 * the edit lands exactly where the person would have made it by hand. Applying here and reading the visit gives
 * the visit {@link dev.cleanclaim.core.visit.RemedyApplier} gives: the same matching, on the JSON's spelling.
 */
public final class RemedyJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern MODIFIER = Pattern.compile("[A-Z0-9]{2}");

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

    /** Reads a remedy sent on its own, as the whole request body; problems are named from {@code $}. */
    public static Remedy read(JsonNode node) {
        return read(node, "$");
    }

    /**
     * Reads a remedy a screen sends back; {@code path} names it in every problem. The label is the engine's to
     * write and is ignored; a diagnosis may come undotted and a modifier in lower case, as the visit allows.
     */
    public static Remedy read(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw problem(path, "expected a remedy object with a \"type\"");
        }
        String type = text(node, path, "type");
        return switch (type) {
            case "add-diagnosis" -> new Remedy.AddDiagnosis(diagnosis(node, path), text(node, path, "region"));
            case "append-modifier" -> new Remedy.AppendModifier(code(node, path), modifier(node, path));
            case "drop-service" -> new Remedy.DropService(code(node, path));
            default -> throw problem(path + ".type",
                    "must be add-diagnosis, append-modifier or drop-service, got \"" + type + "\"");
        };
    }

    /**
     * The visit with the remedy applied; the given node is left as it was. A service given by technique alone is
     * matched by the code its technique stands for with the visit's provider type, as the engine codes it (a
     * technique that resolves to nothing, or a provider type the visit misspells, matches no code).
     *
     * @throws InputException when dropping the code would leave the visit without services
     */
    public static ObjectNode applyTo(ObjectNode visit, Remedy remedy, RuleData rules) {
        ObjectNode edited = visit.deepCopy();
        if (remedy instanceof Remedy.AddDiagnosis add) {
            addDiagnosis(edited, add);
            return edited;
        }
        String code = remedy instanceof Remedy.AppendModifier append ? append.code() : ((Remedy.DropService) remedy).code();
        ArrayNode services = array(edited, "services", "$");
        List<Integer> matching = new ArrayList<>();
        for (int s = 0; s < services.size(); s++) {
            if (codeOf(services.get(s), edited, rules).filter(code::equals).isPresent()) {
                matching.add(s);
            }
        }
        if (remedy instanceof Remedy.AppendModifier append) {
            for (int s : matching) {
                ArrayNode modifiers = array((ObjectNode) services.get(s), "modifiers", "$.services[" + s + "]");
                if (!contains(modifiers, append.modifier(), text -> text.toUpperCase(Locale.ROOT))) {
                    modifiers.add(append.modifier());
                }
            }
            return edited;
        }
        if (!services.isEmpty() && matching.size() == services.size()) {
            throw new InputException("remedy", List.of(new InputProblem("$.services",
                    "dropping " + code + " would leave the visit without services; do not bill the visit instead")));
        }
        for (int i = matching.size() - 1; i >= 0; i--) {
            services.remove(matching.get(i));
        }
        return edited;
    }

    /** A code is listed once, so a code already listed (in either spelling) gains the region instead. */
    private static void addDiagnosis(ObjectNode visit, Remedy.AddDiagnosis add) {
        ArrayNode diagnoses = array(visit, "diagnoses", "$");
        for (int d = 0; d < diagnoses.size(); d++) {
            JsonNode diagnosis = diagnoses.get(d);
            if (diagnosis.isObject() && add.code().equals(dotted(diagnosis.path("code").asText("")))) {
                ArrayNode regions = array((ObjectNode) diagnosis, "regions", "$.diagnoses[" + d + "]");
                if (!contains(regions, add.region(), text -> text.toLowerCase(Locale.ROOT))) {
                    regions.add(add.region());
                }
                return;
            }
        }
        diagnoses.addObject().put("code", add.code()).putArray("regions").add(add.region());
    }

    /** The code a service is billed under, spelled as the visit reader reads it. */
    private static Optional<String> codeOf(JsonNode service, ObjectNode visit, RuleData rules) {
        if (service.path("code").isTextual()) {
            return Optional.of(service.get("code").asText().trim().toUpperCase(Locale.ROOT));
        }
        if (!service.path("technique").isTextual()) {
            return Optional.empty();
        }
        return ProviderType.parse(visit.path("provider").path("type").asText(""))
                .flatMap(provider -> rules.techniques().resolve(service.get("technique").asText(), provider))
                .map(TechniqueEntry::code);
    }

    /** The array under {@code field}, created when absent; anything else there is the screen's mistake to hear of. */
    private static ArrayNode array(ObjectNode owner, String field, String ownerPath) {
        JsonNode node = owner.get(field);
        if (node == null || node.isNull()) {
            return owner.putArray(field);
        }
        if (!node.isArray()) {
            throw new InputException("remedy", List.of(new InputProblem(ownerPath + "." + field,
                    "expected an array to apply the remedy to")));
        }
        return (ArrayNode) node;
    }

    private static boolean contains(ArrayNode values, String value, UnaryOperator<String> spelling) {
        for (JsonNode present : values) {
            if (present.isTextual() && value.equals(spelling.apply(present.asText().trim()))) {
                return true;
            }
        }
        return false;
    }

    private static String dotted(String code) {
        return DiagnosisSyntax.check(code) instanceof DiagnosisSyntax.Valid valid ? valid.dottedCode() : code;
    }

    private static String diagnosis(JsonNode node, String path) {
        String code = text(node, path, "code");
        DiagnosisSyntax.Outcome syntax = DiagnosisSyntax.check(code);
        if (syntax instanceof DiagnosisSyntax.Invalid invalid) {
            throw problem(path + ".code", invalid.explanation());
        }
        return ((DiagnosisSyntax.Valid) syntax).dottedCode();
    }

    private static String code(JsonNode node, String path) {
        return text(node, path, "code").trim().toUpperCase(Locale.ROOT);
    }

    private static String modifier(JsonNode node, String path) {
        String modifier = text(node, path, "modifier").trim().toUpperCase(Locale.ROOT);
        if (!MODIFIER.matcher(modifier).matches()) {
            throw problem(path + ".modifier", "expected a two-character modifier such as \"59\" or \"XS\", got \""
                    + node.get("modifier").asText() + "\"");
        }
        return modifier;
    }

    private static String text(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw problem(path + "." + field, "missing; send it as a string");
        }
        return value.asText();
    }

    private static InputException problem(String path, String message) {
        return new InputException("remedy", List.of(new InputProblem(path, message)));
    }
}
