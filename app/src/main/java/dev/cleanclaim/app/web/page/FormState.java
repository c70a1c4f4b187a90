package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.contract.InputException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A form as a page shows it: the values typed (kept when something is refused, so nothing typed is lost) and the
 * problems found, each next to its field.
 *
 * @param message a problem with the form as a whole (someone else changed the record meanwhile), or null
 */
public record FormState(Map<String, List<String>> values, List<FieldProblem> problems, String message) {

    public FormState {
        values = Map.copyOf(values);
        problems = List.copyOf(problems);
    }

    public static FormState of(Map<String, List<String>> values) {
        return new FormState(values, List.of(), null);
    }

    public static FormState refused(Map<String, List<String>> values, InputException refusal) {
        return new FormState(values, FieldProblem.of(refusal), null);
    }

    public FormState withMessage(String text) {
        return new FormState(values, problems, text);
    }

    public String value(String field) {
        List<String> found = values.get(field);
        return found == null || found.isEmpty() ? "" : found.get(0);
    }

    /** Every value of the field, joined by spaces: a list typed into one box ("59 GP"). */
    public String joined(String field) {
        List<String> found = values.get(field);
        return found == null ? "" : String.join(" ", found);
    }

    public boolean has(String field, String value) {
        List<String> found = values.get(field);
        return found != null && found.stream().anyMatch(value::equalsIgnoreCase);
    }

    /** What is wrong with the field, or null when nothing is. */
    public String error(String field) {
        String errors = problems.stream().filter(problem -> problem.field().equals(field) || problem.field().startsWith(field + "["))
                .map(FieldProblem::detail).collect(Collectors.joining("; "));
        return errors.isEmpty() ? null : errors;
    }

    /** The aria-invalid value of the field: "true" when it has a problem, else no attribute. */
    public String invalid(String field) {
        return error(field) == null ? null : "true";
    }

    public boolean refused() {
        return !problems.isEmpty() || message != null;
    }
}
