package dev.cleanclaim.app.web.report;

import dev.cleanclaim.app.reports.RescrubAudit;
import dev.cleanclaim.app.web.chart.SvgBarChart;
import dev.cleanclaim.app.web.page.Fact;
import dev.cleanclaim.app.web.report.ReportTable.Cell;
import dev.cleanclaim.app.web.report.ReportTable.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The audit page: per rule, the errors today's rules find (known before, or new), and each failing claim's errors. */
final class AuditView {

    private AuditView() {
    }

    static ReportContent of(RescrubAudit audit) {
        Map<String, long[]> byRule = new TreeMap<>();
        for (RescrubAudit.FailingClaim claim : audit.failing()) {
            for (RescrubAudit.AuditFinding finding : claim.findings()) {
                byRule.computeIfAbsent(finding.ruleId(), rule -> new long[2])[finding.alreadyStored() ? 0 : 1]++;
            }
        }
        String chart = SvgBarChart.of("audit-chart", "Errors under today's rules, by rule",
                        "Stacked bars, one per rule: errors the stored claims already had, and errors only today's rules find",
                        SvgBarChart.Layout.STACKED, List.of("Already on the claim", "New under today's rules"), Formats::count)
                .render(byRule.entrySet().stream().map(rule -> new SvgBarChart.Bar(rule.getKey(),
                        List.of(rule.getValue()[0], rule.getValue()[1]))).toList());
        List<Fact> facts = List.of(new Fact("Claims scrubbed again", Formats.count(audit.checked())),
                new Fact("Would fail today", Formats.count(audit.failing().size())),
                new Fact("Fail only under today's rules", Formats.count(audit.newlyFailing())),
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
        return new ReportContent(facts, List.of(chart), List.of(table), List.of(
                "Each claim's visit, as stored, is scrubbed again by the same scrubber that made the claim, with the rule"
                        + " data in force now. Only errors are listed: warnings do not stop a claim.",
                "New: the stored claim did not have this error (same rule, same codes) when it was scrubbed."));
    }
}
