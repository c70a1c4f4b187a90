package dev.cleanclaim.app.web.page;

/** A labelled value on a record's page. */
public record Fact(String label, String value) {
}
