package dev.cleanclaim.app.web.page;

/**
 * One thing wrong with what was sent, named the way the form names it.
 *
 * @param field the form field (the JSON path without its "$.", e.g. "address.zip" or "services[0].minutes")
 */
public record FieldProblem(String field, String detail) {
}
