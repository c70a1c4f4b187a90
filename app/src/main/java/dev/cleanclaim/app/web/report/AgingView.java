package dev.cleanclaim.app.web.report;

import dev.cleanclaim.app.reports.Aging;
import dev.cleanclaim.app.reports.AgingBucket;
import dev.cleanclaim.app.web.chart.SvgBarChart;
import dev.cleanclaim.app.web.page.Fact;
import dev.cleanclaim.app.web.report.ReportTable.Cell;
import dev.cleanclaim.app.web.report.ReportTable.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The aging page: a stacked bar per payer, the table of its buckets, and the claims that have waited longest. */
final class AgingView {

    /** The page lists the longest-waiting claims; the CSV has them all. */
    private static final int OLDEST = 25;

    private AgingView() {
    }

    static ReportContent of(Aging aging) {
        List<String> series = Arrays.stream(AgingBucket.values()).map(AgingBucket::label).toList();
        String chart = SvgBarChart.of("aging-chart", "Open balance by payer and age",
                        "Stacked bars, one per payer, of the amount still owed in each age bracket", SvgBarChart.Layout.STACKED,
                        series, Formats::dollarsOfCents)
                .render(aging.rows().stream().map(row -> new SvgBarChart.Bar(row.payerName(), Arrays.stream(AgingBucket.values())
                        .map(bucket -> row.amount(bucket).cents()).toList())).toList());
        List<Fact> facts = List.of(new Fact("Open with payers", Formats.dollars(aging.total().total())),
                new Fact("Open claims", Formats.count(aging.total().claims())),
                new Fact("Over 90 days", Formats.dollars(aging.total().amount(AgingBucket.OVER_90))));
        List<String> headings = new ArrayList<>(List.of("Payer", "Claims"));
        headings.addAll(series);
        headings.add("Total");
        ReportTable byPayer = new ReportTable("aging-table", "Open balance by payer", headings,
                List.of(false, true, true, true, true, true, true), aging.rows().stream().map(AgingView::row).toList(),
                List.of(row(aging.total())));
        ReportTable oldest = new ReportTable("aging-oldest", "The claims waiting longest",
                List.of("Claim", "Payer", "Date of service", "Sent", "Days", "Open"),
                List.of(false, false, false, false, true, true),
                aging.claims().stream().limit(OLDEST).map(claim -> Row.of(
                        Cell.link(claim.controlNumber(), "/claims/" + claim.claimId()), Cell.text(claim.payerId()),
                        Cell.text(claim.dateOfService().toString()), Cell.text(claim.agedFrom().toString()),
                        Cell.number(Formats.count(claim.days())), Cell.number(Formats.dollars(claim.balance())))).toList(),
                List.of());
        return new ReportContent(facts, List.of(chart), List.of(byPayer, oldest), List.of(
                "Open is the charge less what the payers paid, wrote off and left to the patient.",
                "A claim ages from the day it was first sent; one with no sending on record, from its date of service."));
    }

    private static Row row(Aging.Row row) {
        List<Cell> cells = new ArrayList<>(List.of(Cell.text(row.payerName()), Cell.number(Formats.count(row.claims()))));
        for (AgingBucket bucket : AgingBucket.values()) {
            cells.add(Cell.number(Formats.dollars(row.amount(bucket))));
        }
        cells.add(Cell.number(Formats.dollars(row.total())));
        return new Row(null, cells);
    }
}
