package dev.cleanclaim.core.scrub;

import dev.cleanclaim.core.claim.Severity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The settings a payer pack gives a rule: text, lists of text, or lists of nested settings. Every read names
 * the key, so a malformed pack is refused with a message that points at it.
 *
 * @param owner where these settings come from, e.g. "payers/bcbs.yaml rule payer.excluded"
 */
public record RuleParams(String owner, Map<String, Object> values) {

    public static RuleParams none(String owner) {
        return new RuleParams(owner, Map.of());
    }

    public RuleParams {
        values = Map.copyOf(values);
    }

    /** Refuses keys the rule does not know, so a misspelt setting is not silently ignored. */
    public RuleParams allowOnly(String... keys) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(List.of(keys));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(owner + ": unknown setting(s) " + unknown + "; expected " + List.of(keys));
        }
        return this;
    }

    public Optional<String> text(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException(owner + ": setting " + key + " must be text");
        }
        return Optional.of(text);
    }

    public String text(String key, String otherwise) {
        return text(key).orElse(otherwise);
    }

    public String requiredText(String key) {
        return text(key).orElseThrow(() -> new IllegalArgumentException(owner + ": setting " + key + " is missing"));
    }

    /** A whole number above zero (a count of units, minutes), when the setting is given. */
    public OptionalInt positiveWholeNumber(String key) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!text.get().matches("[1-9][0-9]{0,5}")) {
            throw new IllegalArgumentException(owner + ": setting " + key + " must be a whole number above 0, got " + text.get());
        }
        return OptionalInt.of(Integer.parseInt(text.get()));
    }

    public List<String> list(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String text) {
            return List.of(text);
        }
        if (value instanceof List<?> items && items.stream().allMatch(String.class::isInstance)) {
            return items.stream().map(String.class::cast).toList();
        }
        throw new IllegalArgumentException(owner + ": setting " + key + " must be a list of text");
    }

    /** A yes-or-no setting, false when absent; anything but true or false is refused, never read as false. */
    public boolean flag(String key) {
        String text = text(key, "false");
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(owner + ": setting " + key + " must be true or false, got " + text);
        };
    }

    /** A finding's severity a pack may choose: "error" (denied) or "warning" (verify), with a default. */
    public Severity severity(String key, Severity otherwise) {
        String text = text(key, otherwise.id());
        return switch (text) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            default -> throw new IllegalArgumentException(owner + ": setting " + key + " must be error or warning, got " + text);
        };
    }

    public List<RuleParams> entries(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items && items.stream().allMatch(RuleParams.class::isInstance)) {
            return items.stream().map(RuleParams.class::cast).toList();
        }
        throw new IllegalArgumentException(owner + ": setting " + key + " must be a list of entries");
    }
}
