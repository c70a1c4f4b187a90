package dev.cleanclaim.app.web.report;

import dev.cleanclaim.app.web.page.Fact;

import java.util.List;

/**
 * What one report shows: headline numbers, its charts (SVG markup, escaped where it was drawn), its tables and
 * notes on how the numbers were counted.
 */
public record ReportContent(List<Fact> facts, List<String> charts, List<ReportTable> tables, List<String> notes) {

    public static final ReportContent NONE = new ReportContent(List.of(), List.of(), List.of(), List.of());

    public ReportContent {
        facts = List.copyOf(facts);
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }
}
