package dev.cleanclaim.app.web.report;

import dev.cleanclaim.app.reports.AgingBucket;
import dev.cleanclaim.app.reports.PatientAging;
import dev.cleanclaim.app.web.chart.SvgBarChart;
import dev.cleanclaim.app.web.page.Fact;
import dev.cleanclaim.app.web.report.ReportTable.Cell;
import dev.cleanclaim.app.web.report.ReportTable.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The patient balances page: what patients owe in each age bracket, patient by patient, and the credits they hold. */
final class PatientAgingView {

    private PatientAgingView() {
    }

    static ReportContent of(PatientAging aging) {
        List<String> series = Arrays.stream(AgingBucket.values()).map(AgingBucket::label).toList();
        PatientAging.Row total = aging.total();
        String chart = SvgBarChart.of("patient-aging-chart", "What patients owe by age",
                        "One bar per age bracket of the amount patients owe", SvgBarChart.Layout.STACKED,
                        List.of("Owed"), Formats::dollarsOfCents)
                .render(Arrays.stream(AgingBucket.values()).map(bucket -> new SvgBarChart.Bar(bucket.label(),
                        List.of(total.amount(bucket).cents()))).toList());
        List<Fact> facts = List.of(new Fact("Owed by patients", Formats.dollars(total.total())),
                new Fact("Patients owing", Formats.count(aging.rows().stream().filter(row -> row.total().cents() > 0).count())),
                new Fact("Credits held", Formats.dollars(total.credit())),
                new Fact("Over 90 days", Formats.dollars(total.amount(AgingBucket.OVER_90))));
        List<String> headings = new ArrayList<>(List.of("Patient", "Account", "Oldest visit owed"));
        headings.addAll(series);
        headings.addAll(List.of("Total", "Credit"));
        ReportTable table = new ReportTable("patient-aging-table", "What each patient owes", headings,
                List.of(false, false, false, true, true, true, true, true, true),
                aging.rows().stream().map(PatientAgingView::row).toList(), List.of(row(total)));
        return new ReportContent(facts, List.of(chart), List.of(table), List.of(
                "Owed is each visit's patient share (the whole session for a self-pay client, the payer's patient"
                        + " responsibility otherwise) less what the patient's payments settled, oldest visits first.",
                "A visit ages from its date of service; voided payments count for nothing and refunds are taken back."));
    }

    private static Row row(PatientAging.Row row) {
        List<Cell> cells = new ArrayList<>(List.of(row.patientId() == 0 ? Cell.text(row.name())
                        : Cell.link(row.name(), "/patients/" + row.patientId() + "/account"),
                Cell.text(row.accountNumber()), Cell.text(row.oldest() == null ? "" : row.oldest().toString())));
        for (AgingBucket bucket : AgingBucket.values()) {
            cells.add(Cell.number(Formats.dollars(row.amount(bucket))));
        }
        cells.add(Cell.number(Formats.dollars(row.total())));
        cells.add(Cell.number(Formats.dollars(row.credit())));
        return new Row(null, cells);
    }
}
