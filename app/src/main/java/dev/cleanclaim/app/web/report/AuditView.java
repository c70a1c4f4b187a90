package dev.cleanclaim.app.web.report;

import dev.cleanclaim.app.reports.RescrubAudit;
import dev.cleanclaim.app.web.chart.SvgBarChart;
import dev.cleanclaim.app.web.page.Fact;
import dev.cleanclaim.app.web.report.ReportTable.Cell;
import dev.cleanclaim.app.web.report.ReportTable.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * The audit page: per rule, the errors today's rules find (known before, or new), and the first failing claims'
 * errors.
 */
final class AuditView {

    private AuditView() {
    }

    static ReportContent of(RescrubAudit audit) {
        String chart = SvgBarChart.of("audit-chart", "Errors under today's rules, by rule",
                        "Stacked bars, one per rule: errors the stored claims already had, and errors only today's rules find",
                        SvgBarChart.Layout.STACKED, List.of("Already on the claim", "New under today's rules"), Formats::count)
                .render(audit.byRule().stream().map(rule -> new SvgBarChart.Bar(rule.ruleId(),
                        List.of(rule.alreadyStored(), rule.newNow()))).toList());
        List<Fact> facts = List.of(new Fact("Claims scrubbed again", Formats.count(audit.checked())),
                new Fact("Would fail today", Formats.count(audit.failingCount())),
                new Fact("Fail only under today's rules", Formats.count(audit.newlyFailing())),
                new Fact("Visits today's rules cannot read", Formats.count(audit.unreadable())),
                new Fact("Rules now", audit.rulesVersion()));
        List<Row> rows = new ArrayList<>();
        for (RescrubAudit.FailingClaim claim : audit.failing()) {
            boolean first = true;
            for (RescrubAudit.AuditFinding finding : claim.findings()) {
                // The claim is named on its first error only, so each claim's errors read as one group.
                List<Cell> claimCells = first ? List.of(Cell.link(claim.controlNumber(), "/claims/" + claim.claimId()),
                        Cell.text(claim.payerName()), Cell.text(claim.dateOfService().toString()),
                        Cell.text(claim.status().id()), Cell.text(claim.scrubbedWith()))
                        : List.of(Cell.text(""), Cell.text(""), Cell.text(""), Cell.text(""), Cell.text(""));
                List<Cell> cells = new ArrayList<>(claimCells);
                cells.addAll(List.of(Cell.link(finding.ruleId(), "/rules#rule-" + finding.ruleId()),
                        Cell.text(finding.message()), Cell.text(finding.alreadyStored() ? "already on the claim" : "new")));
                rows.add(new Row(finding.alreadyStored() ? null : "finding-new", cells));
                first = false;
            }
        }
        ReportTable table = new ReportTable("audit-table", "Claims that would fail today",
                List.of("Claim", "Payer", "Date of service", "Status", "Scrubbed with", "Rule", "Error", "Stored claim"),
                List.of(false, false, false, false, false, false, false, false), rows, List.of());
        List<String> notes = new ArrayList<>(List.of(
                "Each claim's visit, as stored, is scrubbed again by the same scrubber that made the claim, with the rule"
                        + " data in force now. Only errors are listed: warnings do not stop a claim.",
                "New: the stored claim did not have this error (same rule, same codes) when it was scrubbed."));
        if (audit.examplesCut()) {
            notes.add("The table lists the first " + Formats.count(audit.failing().size()) + " of the "
                    + Formats.count(audit.failingCount()) + " claims that would fail today; the counts above are of all.");
        }
        return new ReportContent(facts, List.of(chart), List.of(table), notes);
    }
}
