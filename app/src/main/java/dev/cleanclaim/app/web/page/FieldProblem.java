package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.contract.InputException;

import java.util.List;

/**
 * One thing wrong with what was sent, named the way the form names it.
 *
 * @param field the form field (the JSON path without its "$.", e.g. "address.zip" or "services[0].minutes")
 */
public record FieldProblem(String field, String detail) {

    /** The problems of refused input, each named as the form names its field. */
    static List<FieldProblem> of(InputException refusal) {
        return refusal.problems().stream().map(problem -> new FieldProblem(field(problem.path()), problem.message())).toList();
    }

    /** "$.address.zip" is the form's "address.zip"; "$" (the whole record) stays "$". */
    static String field(String jsonPath) {
        return jsonPath.startsWith("$.") ? jsonPath.substring(2) : jsonPath;
    }
}
