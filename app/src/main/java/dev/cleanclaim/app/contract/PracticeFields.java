package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.core.identifier.Identifiers;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The checks a practice file needs beyond {@link JsonFields}: text no longer than the database column that keeps
 * it, identifiers in the X12 character set, and flags and numbers that YAML hands over as text.
 */
final class PracticeFields {

    private final JsonFields fields;

    PracticeFields(JsonFields fields) {
        this.fields = fields;
    }

    JsonFields json() {
        return fields;
    }

    /**
     * Free text that goes on a claim (a name, a licence number): at most {@code max} characters, the width of the
     * column that stores it, and nothing the 837P would have to rewrite (see {@link #freeText}).
     */
    Optional<String> text(JsonNode parent, String field, String path, boolean required, String example, int max) {
        return freeText(fields, path, note(parent, field, path, required, example, max));
    }

    /** Text that never goes on a claim (where a payer id comes from, which may be a URL): only its width is checked. */
    Optional<String> note(JsonNode parent, String field, String path, boolean required, String example, int max) {
        Optional<String> text = fields.text(parent, field, path, required, example);
        if (text.isPresent() && text.get().length() > max) {
            fields.problem(path, "too long: " + text.get().length() + " characters, at most " + max);
            return Optional.empty();
        }
        return text;
    }

    /**
     * The text when it can go on a claim as typed; else empty, with a problem naming the first X12 delimiter or
     * control character in it. The 837P writer would otherwise have to rewrite it ("SMITH~ISA" into "SMITH ISA"),
     * and a claim must carry what the user entered or be refused (issue 14, bad input).
     */
    static Optional<String> freeText(JsonFields fields, String path, Optional<String> text) {
        Optional<Character> bad = text.flatMap(Identifiers::firstNotInFreeText);
        if (bad.isPresent()) {
            fields.problem(path, "\"" + text.get() + "\" holds " + describe(bad.get()) + ", which an 837P cannot carry:"
                    + " ~ * : ^ separate its segments and elements, a claim has no line breaks or other control"
                    + " characters, and it is written in Latin letters (accents are fine: the 837P drops them);"
                    + " remove it or write the name in Latin letters");
            return Optional.empty();
        }
        return text;
    }

    /** An identifier that goes into an X12 element: refused, never rewritten, when a character does not belong. */
    Optional<String> x12(JsonNode parent, String field, String path, boolean required, String example, int max) {
        return inX12(fields, path, note(parent, field, path, required, example, max));
    }

    /**
     * The identifier when every character can go into an X12 element; else empty, with a problem naming the first
     * character that cannot (an identifier is refused, never silently rewritten).
     */
    static Optional<String> inX12(JsonFields fields, String path, Optional<String> text) {
        Optional<Character> bad = text.flatMap(Identifiers::firstNonX12);
        if (bad.isPresent()) {
            fields.problem(path, "\"" + text.get() + "\" holds " + describe(bad.get()) + ", which an 837P cannot carry;"
                    + " use letters, digits, spaces and " + Identifiers.X12_PUNCTUATION.strip());
            return Optional.empty();
        }
        return text;
    }

    Optional<String> phone(JsonNode parent, String field, String path, boolean required) {
        Optional<String> text = fields.text(parent, field, path, required, "a 10-digit phone number, e.g. 503-555-0100");
        if (text.isEmpty()) {
            return text;
        }
        Optional<String> phone = Identifiers.phone(text.get());
        if (phone.isEmpty()) {
            fields.problem(path, "expected a 10-digit U.S. phone number, e.g. 503-555-0100, got \"" + text.get() + "\"");
        }
        return phone;
    }

    /** true or false; YAML gives either as text. */
    boolean flag(JsonNode parent, String field, String path, boolean absent) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return absent;
        }
        String text = node.isBoolean() ? Boolean.toString(node.asBoolean()) : node.isTextual() ? node.asText().trim() : "";
        if (!text.equals("true") && !text.equals("false")) {
            fields.problem(path, "expected true or false, got " + JsonFields.describe(node));
            return absent;
        }
        return Boolean.parseBoolean(text);
    }

    /** A whole number from min to max; YAML gives it as text. */
    OptionalInt count(JsonNode parent, String field, String path, boolean required, int min, int max, String what) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                fields.problem(path, "missing; expected " + what + " from " + min + " to " + max);
            }
            return OptionalInt.empty();
        }
        String text = node.isIntegralNumber() ? node.asText() : node.isTextual() ? node.asText().trim() : "";
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return OptionalInt.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fields.problem(path, "expected " + what + " from " + min + " to " + max + ", got " + JsonFields.describe(node));
        return OptionalInt.empty();
    }

    private static String describe(char c) {
        if (Character.isSurrogate(c)) {
            return "a character outside the Latin script";
        }
        return Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                ? String.format("the control character U+%04X", (int) c) : "'" + c + "'";
    }
}
