package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.core.dx.DiagnosisSyntax;
import dev.cleanclaim.core.region.BodyRegion;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.units.ServiceTime;
import dev.cleanclaim.core.visit.Diagnosis;
import dev.cleanclaim.core.visit.Service;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the diagnoses and services arrays of a visit, recording every problem with its path. */
final class ServicesReader {

    private static final Set<String> DIAGNOSIS_FIELDS = Set.of("code", "regions");
    private static final Set<String> SERVICE_FIELDS =
            Set.of("code", "technique", "minutes", "regions", "modifiers", "assistant", "description");
    private static final Pattern MODIFIER = Pattern.compile("[A-Z0-9]{2}");

    private final RuleData rules;
    private final JsonFields fields;

    ServicesReader(RuleData rules, JsonFields fields) {
        this.rules = rules;
        this.fields = fields;
    }

    List<Diagnosis> diagnoses(JsonNode root) {
        if (!requireNonEmptyArray(root, "diagnoses", "at least one ICD-10-CM diagnosis")) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        return fields.array(root, "diagnoses", "$.diagnoses", element -> {
            if (!fields.object(element.node(), element.path(), DIAGNOSIS_FIELDS)) {
                return Optional.empty();
            }
            Optional<String> code = fields.text(element.node(), "code", element.path() + ".code", true,
                    "an ICD-10-CM code such as \"M62.830\"");
            List<BodyRegion> regions = regions(element);
            if (code.isEmpty()) {
                return Optional.empty();
            }
            DiagnosisSyntax.Outcome syntax = DiagnosisSyntax.check(code.get());
            if (syntax instanceof DiagnosisSyntax.Invalid invalid) {
                fields.problem(element.path() + ".code", invalid.explanation());
                return Optional.empty();
            }
            String dotted = ((DiagnosisSyntax.Valid) syntax).dottedCode();
            if (!seen.add(dotted)) {
                fields.problem(element.path() + ".code", dotted + " is listed twice; list each diagnosis once with all its regions");
                return Optional.empty();
            }
            return Optional.of(new Diagnosis(dotted, regions));
        });
    }

    List<Service> services(JsonNode root) {
        if (!requireNonEmptyArray(root, "services", "at least one service")) {
            return List.of();
        }
        List<Service> services = fields.array(root, "services", "$.services", this::service);
        int totalMinutes = services.stream().mapToInt(service -> service.minutes().orElse(0)).sum();
        if (totalMinutes > ServiceTime.MAX_MINUTES) {
            fields.problem("$.services", "the services add up to " + totalMinutes
                    + " minutes, more than the 1440 minutes of a day; check the minutes");
        }
        return services;
    }

    private Optional<Service> service(JsonFields.Element element) {
        JsonNode node = element.node();
        String path = element.path();
        if (!fields.object(node, path, SERVICE_FIELDS)) {
            return Optional.empty();
        }
        Optional<String> code = fields.text(node, "code", path + ".code", false, "a CPT/HCPCS code as a string, e.g. \"97140\"")
                .map(text -> text.toUpperCase(Locale.ROOT));
        Optional<String> technique = fields.text(node, "technique", path + ".technique", false,
                "a technique such as \"myofascial release\"");
        OptionalInt minutes = fields.wholeNumber(node, "minutes", path + ".minutes", 0, ServiceTime.MAX_MINUTES,
                "whole minutes of one-on-one time");
        List<BodyRegion> regions = regions(element);
        List<String> modifiers = fields.array(node, "modifiers", path + ".modifiers", this::modifier);
        boolean assistant = fields.bool(node, "assistant", path + ".assistant");
        Optional<String> description = fields.text(node, "description", path + ".description", false,
                "a description of the service");
        if (code.isEmpty() && technique.isEmpty()) {
            if (!node.has("code") && !node.has("technique")) {
                fields.problem(path, "a service needs a \"code\" (e.g. \"97140\") or a \"technique\" (e.g. \"effleurage\")");
            }
            return Optional.empty();
        }
        return Optional.of(new Service(code, technique, minutes, regions, modifiers, assistant, description));
    }

    private Optional<String> modifier(JsonFields.Element element) {
        JsonNode node = element.node();
        if (node.isTextual() && MODIFIER.matcher(node.asText().trim().toUpperCase(Locale.ROOT)).matches()) {
            return Optional.of(node.asText().trim().toUpperCase(Locale.ROOT));
        }
        return VisitReader.reject(fields, element, "a two-character modifier such as \"59\" or \"GP\"");
    }

    private List<BodyRegion> regions(JsonFields.Element owner) {
        return fields.array(owner.node(), "regions", owner.path() + ".regions", element -> {
            Optional<BodyRegion> region = element.node().isTextual()
                    ? rules.regions().find(element.node().asText())
                    : Optional.empty();
            if (region.isEmpty()) {
                fields.problem(element.path(), "unknown region " + JsonFields.describe(element.node())
                        + "; expected one of " + String.join(", ", rules.regions().ids()));
            }
            return region;
        });
    }

    private boolean requireNonEmptyArray(JsonNode root, String field, String expected) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
            fields.problem("$." + field, "missing or empty; expected " + expected);
            return false;
        }
        return true;
    }
}
