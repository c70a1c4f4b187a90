package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.core.provider.Npi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/** Typed reads of a JSON tree that record a problem with its path instead of throwing on the first one. */
final class JsonFields {

    private final List<InputProblem> problems = new ArrayList<>();

    List<InputProblem> problems() {
        return problems;
    }

    void problem(String path, String message) {
        problems.add(new InputProblem(path, message));
    }

    /** Refuses keys the contract does not define: a misspelt key would otherwise be dropped silently. */
    boolean object(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            problem(path, "expected an object, got " + describe(node));
            return false;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problem(path + "." + name, "unknown field; expected one of " + String.join(", ", sorted(allowed)));
            }
        }
        return true;
    }

    Optional<String> text(JsonNode parent, String field, String path, boolean required, String example) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                problem(path, "missing; expected " + example);
            }
            return Optional.empty();
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problem(path, "expected " + example + ", got " + describe(node));
            return Optional.empty();
        }
        return Optional.of(node.asText().trim());
    }

    /**
     * Free text that goes on a claim as typed (a person's name, a referral number): at most {@code max} characters,
     * the width of its 837P element and database column (see {@link dev.cleanclaim.core.identifier.FieldWidths}),
     * and only characters the 837P can carry (see {@link PracticeFields#freeText}).
     */
    Optional<String> claimText(JsonNode parent, String field, String path, boolean required, String example, int max) {
        Optional<String> text = text(parent, field, path, required, example);
        if (text.isPresent() && text.get().length() > max) {
            problem(path, "too long: " + text.get().length() + " characters, at most " + max);
            return Optional.empty();
        }
        return PracticeFields.freeText(this, path, text);
    }

    OptionalInt wholeNumber(JsonNode parent, String field, String path, int min, int max, String what) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return OptionalInt.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            problem(path, "expected " + what + " from " + min + " to " + max + ", got " + describe(node));
            return OptionalInt.empty();
        }
        return OptionalInt.of(node.asInt());
    }

    /** A ten-digit NPI whose check digit is right (Luhn over 80840 + NPI). */
    Optional<String> npi(JsonNode parent, String field, String path, boolean required) {
        Optional<String> npi = text(parent, field, path, required, "a 10-digit NPI");
        if (npi.isPresent() && !Npi.isValidTenDigit(npi.get())) {
            problem(path, "\"" + npi.get() + "\" is not a valid NPI: expected 10 digits whose last is the Luhn"
                    + " check digit (e.g. 1234567893)");
            return Optional.empty();
        }
        return npi;
    }

    /** A calendar date YYYY-MM-DD; {@code what} says which date, e.g. "the first day the referral covers". */
    Optional<java.time.LocalDate> date(JsonNode parent, String field, String path, boolean required, String what) {
        Optional<String> text = text(parent, field, path, required, what + ", a date YYYY-MM-DD");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.LocalDate.parse(text.get()));
        } catch (java.time.format.DateTimeParseException e) {
            problem(path, "expected a real calendar date YYYY-MM-DD, got \"" + text.get() + "\"");
            return Optional.empty();
        }
    }

    boolean bool(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            problem(path, "expected true or false, got " + describe(node));
            return false;
        }
        return node.asBoolean();
    }

    /** Reads an optional array; each element is read by {@code element}, which may record problems itself. */
    <T> List<T> array(JsonNode parent, String field, String path, Function<Element, Optional<T>> element) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problem(path, "expected an array, got " + describe(node));
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            element.apply(new Element(node.get(i), path + "[" + i + "]")).ifPresent(values::add);
        }
        return values;
    }

    /** One element of an array with its path. */
    record Element(JsonNode node, String path) {
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return "\"" + node.asText() + "\"";
        }
        if (node.isContainerNode()) {
            return node.isArray() ? "an array" : "an object";
        }
        return node.toString();
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
