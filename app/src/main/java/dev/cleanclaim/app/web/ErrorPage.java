package dev.cleanclaim.app.web;

import com.fasterxml.jackson.databind.JsonNode;

/** A problem shown to a person in the browser: what went wrong and what to do, with a way back. */
final class ErrorPage {

    private ErrorPage() {
    }

    static String html(JsonNode problem) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(Html.escape(problem.path("title").asText())).append(" - cleanclaim</title>"
                        + "<link rel=\"stylesheet\" href=\"/static/cleanclaim.css\"></head><body><main class=\"error\"><h1>")
                .append(Html.escape(problem.path("title").asText())).append("</h1><p class=\"problem-detail\">")
                .append(Html.escape(problem.path("detail").asText())).append("</p>");
        JsonNode errors = problem.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            html.append("<ul>");
            errors.forEach(error -> html.append("<li><code>").append(Html.escape(error.path("field").asText()))
                    .append("</code>: ").append(Html.escape(error.path("detail").asText())).append("</li>"));
            html.append("</ul>");
        }
        return html.append("<p><a href=\"/\">Back to the dashboard</a></p></main></body></html>").toString();
    }
}
