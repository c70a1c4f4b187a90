package dev.cleanclaim.app.web.report;

import dev.cleanclaim.app.web.page.FormState;

import java.util.List;
import java.util.Objects;

/**
 * One report page: which report, the period asked for (with its problems, if it could not be read), the day the
 * report is as of, what it shows, and its CSV downloads for the same period.
 */
public record ReportView(ReportKind kind, FormState period, String asOf, ReportContent content, List<Download> downloads) {

    public ReportView {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(content, "content");
        downloads = List.copyOf(downloads);
    }

    /** Every report, for the links between them. */
    public List<ReportKind> reports() {
        return List.of(ReportKind.values());
    }

    public record Download(String label, String href) {
    }
}
