package dev.cleanclaim.app.web.page;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** A problem shown to a person: what went wrong, what to do, and each field at fault. */
public record ErrorView(int status, String title, String detail, List<FieldProblem> fields) {

    public ErrorView {
        fields = List.copyOf(fields);
    }

    /** The page for an RFC 9457 problem document, the same one the API would answer with. */
    public static ErrorView of(JsonNode problem) {
        List<FieldProblem> fields = new ArrayList<>();
        problem.path("errors").forEach(error ->
                fields.add(new FieldProblem(error.path("field").asText(), error.path("detail").asText())));
        return new ErrorView(problem.path("status").asInt(500), problem.path("title").asText(),
                problem.path("detail").asText(), fields);
    }
}
