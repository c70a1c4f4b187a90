package dev.cleanclaim.app.web.page;

/** One option of a select. */
public record Choice(String value, String label) {
}
