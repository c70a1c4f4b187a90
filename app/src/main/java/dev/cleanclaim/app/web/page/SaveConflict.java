package dev.cleanclaim.app.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A save refused because someone else saved the record first: every field where what they saved differs from what
 * this user typed, side by side. Saving again needs a choice for each of them (keep mine, take theirs), per field or
 * for the whole form, so nobody's change is overwritten without being seen.
 *
 * <p>The choice travels as form fields the record never reads (names starting with "_"): {@value #CONFLICTED} names
 * each field in conflict, {@value #KEEP}{@code <field>} holds "mine" or "theirs" for one field, and {@value #KEEP_ALL}
 * (the button clicked) one choice for all of them.
 *
 * @param fields  the fields in conflict, in the form's order
 * @param choices the choice ("mine" or "theirs") already ticked for a field, by field name: a form that comes back
 *                before it is saved (a row added, a fix applied, a save refused for a missing choice) shows them
 *                ticked again, so nobody has to choose twice
 */
public record SaveConflict(List<Field> fields, Map<String, String> choices) {

    public static final String CONFLICTED = "_conflicted";
    public static final String KEEP = "_keep.";
    public static final String KEEP_ALL = "_keepAll";
    public static final String MINE = "mine";
    public static final String THEIRS = "theirs";

    public SaveConflict {
        fields = List.copyOf(fields);
        choices = Map.copyOf(choices);
    }

    /** A conflict just found: nothing chosen yet. */
    public SaveConflict(List<Field> fields) {
        this(fields, Map.of());
    }

    /** One field in conflict: what is saved now (theirs) and what this user typed (yours). */
    public record Field(String name, String label, String theirs, String yours) {
        public String choiceName() {
            return KEEP + name;
        }
    }

    /**
     * The fields where the saved record differs from what was typed.
     *
     * @param theirs the record as saved now, as form values
     * @param typed  the form as posted, already read the way a save reads it
     * @param shown  which fields the form shows (the others are not the user's to decide)
     */
    public static SaveConflict between(Map<String, List<String>> theirs, Map<String, List<String>> typed,
                                       Predicate<String> shown) {
        TreeSet<String> names = new TreeSet<>(new FieldOrder());
        names.addAll(theirs.keySet());
        names.addAll(typed.keySet());
        List<Field> fields = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith("_") || !shown.test(name)) {
                continue;
            }
            String saved = shownValue(theirs.get(name));
            String yours = shownValue(typed.get(name));
            if (!saved.equals(yours)) {
                fields.add(new Field(name, label(name), saved, yours));
            }
        }
        return new SaveConflict(fields);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /**
     * The same conflict with the choices the posted form had ticked for its fields (a choice for a field no longer
     * in conflict is left behind).
     */
    public SaveConflict withChoicesFrom(Map<String, List<String>> posted) {
        Map<String, String> ticked = new LinkedHashMap<>();
        for (Field field : fields) {
            first(posted.get(field.choiceName())).filter(SaveConflict::isChoice)
                    .ifPresent(choice -> ticked.put(field.name(), choice));
        }
        return new SaveConflict(fields, ticked);
    }

    /** Whether the field's choice is ticked as the given one ("mine" or "theirs"). */
    public boolean chose(Field field, String choice) {
        return choice.equals(choices.get(field.name()));
    }

    /** Whether the posted form answers a conflict shown earlier (it names the fields that were in conflict). */
    public static boolean answered(Map<String, List<String>> posted) {
        return posted.containsKey(CONFLICTED);
    }

    /**
     * The values to save: the posted ones, with the saved record's value for each field whose choice was "theirs".
     *
     * @return empty when a field in conflict has no choice yet
     */
    public static Optional<Map<String, List<String>>> resolve(Map<String, List<String>> posted,
                                                              Map<String, List<String>> theirs) {
        Optional<String> forAll = first(posted.get(KEEP_ALL)).filter(SaveConflict::isChoice);
        Map<String, List<String>> values = new LinkedHashMap<>(posted);
        for (String name : posted.getOrDefault(CONFLICTED, List.of())) {
            Optional<String> choice = forAll.or(() -> first(posted.get(KEEP + name)).filter(SaveConflict::isChoice));
            if (choice.isEmpty()) {
                return Optional.empty();
            }
            if (choice.get().equals(THEIRS)) {
                values.put(name, theirs.getOrDefault(name, List.of("")));
            }
        }
        values.keySet().removeIf(name -> name.equals(CONFLICTED) || name.equals(KEEP_ALL) || name.startsWith(KEEP));
        return Optional.of(values);
    }

    private static boolean isChoice(String value) {
        return MINE.equals(value) || THEIRS.equals(value);
    }

    private static Optional<String> first(List<String> values) {
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    private static String shownValue(List<String> values) {
        if (values == null) {
            return "";
        }
        return String.join(", ", values.stream().map(String::strip).filter(value -> !value.isEmpty()).sorted().toList());
    }

    /** "address.line1" reads "Address line 1"; "services[0].minutes" reads "Service 1 minutes". */
    static String label(String name) {
        String spaced = name.replaceAll("services\\[(\\d+)]", "service #$1").replaceAll("diagnoses\\[(\\d+)]", "diagnosis #$1")
                .replaceAll("([a-z])([A-Z0-9])", "$1 $2").replace('.', ' ').toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("#(\\d+)").matcher(spaced);
        StringBuilder numbered = new StringBuilder();
        while (row.find()) {
            row.appendReplacement(numbered, String.valueOf(Integer.parseInt(row.group(1)) + 1));
        }
        row.appendTail(numbered);
        return Character.toUpperCase(numbered.charAt(0)) + numbered.substring(1);
    }

    /** Fields in the order a person reads them: rows by number (service 2 before service 10), then by name. */
    private static final class FieldOrder implements java.util.Comparator<String> {
        @Override
        public int compare(String left, String right) {
            return padded(left).compareTo(padded(right));
        }

        private static String padded(String name) {
            java.util.regex.Matcher number = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(name);
            StringBuilder out = new StringBuilder();
            while (number.find()) {
                number.appendReplacement(out, "[" + String.format("%04d", Integer.parseInt(number.group(1))) + "]");
            }
            number.appendTail(out);
            return out.toString();
        }
    }
}
