package dev.cleanclaim.app.web.report;

import dev.cleanclaim.app.reports.Revenue;
import dev.cleanclaim.app.web.chart.SvgBarChart;
import dev.cleanclaim.app.web.page.Fact;
import dev.cleanclaim.app.web.report.ReportTable.Cell;
import dev.cleanclaim.app.web.report.ReportTable.Row;

import java.util.Comparator;
import java.util.List;

/** The revenue page: charged beside paid for the codes that bill most, and per provider, with both tables. */
final class RevenueView {

    /** A chart of every code would be unreadable; the table and the CSV have them all. */
    private static final int CHARTED_CODES = 12;

    private RevenueView() {
    }

    static ReportContent of(Revenue revenue) {
        List<String> series = List.of("Charged", "Paid");
        String byCode = SvgBarChart.of("revenue-code-chart", "Charged and paid by procedure code",
                        "Pairs of bars for the " + CHARTED_CODES + " codes that charged most: what was billed and what was paid",
                        SvgBarChart.Layout.GROUPED, series, Formats::dollarsOfCents)
                .render(revenue.byCode().stream().sorted(Comparator.comparing(Revenue.CodeRow::charged).reversed())
                        .limit(CHARTED_CODES)
                        .map(row -> new SvgBarChart.Bar(row.code(), List.of(row.charged().cents(), row.paid().cents())))
                        .toList());
        String byProvider = SvgBarChart.of("revenue-provider-chart", "Charged and paid by rendering provider",
                        "Pairs of bars, one pair per provider: what their claims billed and what was paid",
                        SvgBarChart.Layout.GROUPED, series, Formats::dollarsOfCents)
                .render(revenue.byProvider().stream().map(row -> new SvgBarChart.Bar(row.providerName(),
                        List.of(row.charged().cents(), row.paid().cents()))).toList());
        Revenue.ProviderRow total = revenue.providerTotal();
        Revenue.PatientRow patients = revenue.patientTotal();
        List<Fact> facts = List.of(new Fact("Claims sent", Formats.count(total.claims())),
                new Fact("Charged", Formats.dollars(total.charged())), new Fact("Paid", Formats.dollars(total.paid())),
                new Fact("Paid by patients (net of refunds)", Formats.dollars(patients.net())),
                new Fact("Paid in all", Formats.dollars(total.paid().plus(patients.net()))));
        ReportTable fromPatients = new ReportTable("revenue-patients", "Paid by patients",
                List.of("Method", "Payments", "Received", "Refunded", "Net", "Voided"),
                List.of(false, true, true, true, true, true),
                revenue.fromPatients().stream().map(RevenueView::patient).toList(), List.of(patient(patients)));
        ReportTable codes = new ReportTable("revenue-table", "Revenue by procedure code",
                List.of("Code", "Description", "Units", "Charged", "Paid"), List.of(false, false, true, true, true),
                revenue.byCode().stream().map(RevenueView::code).toList(), List.of(code(revenue.codeTotal())));
        ReportTable providers = new ReportTable("revenue-providers", "Revenue by rendering provider",
                List.of("Provider", "Claims", "Charged", "Paid"), List.of(false, true, true, true),
                revenue.byProvider().stream().map(RevenueView::provider).toList(), List.of(provider(total)));
        return new ReportContent(facts, List.of(byCode, byProvider), List.of(codes, providers, fromPatients), List.of(
                "Paid by patients counts the payments received in the period (self-pay sessions, copays, HSA/FSA cards)"
                        + " and the refunds given back in it; a voided payment counts for nothing and is only numbered.",
                "Counts claims sent to a payer (submitted, paid, denied or appealed) with a date of service in the period.",
                "Paid per code is what the payers' service lines paid; a payment without lines counts for its provider only."));
    }

    private static Row code(Revenue.CodeRow row) {
        return Row.of(Cell.text(row.code()), Cell.text(row.description()), Cell.number(Formats.count(row.units())),
                Cell.number(Formats.dollars(row.charged())), Cell.number(Formats.dollars(row.paid())));
    }

    private static Row patient(Revenue.PatientRow row) {
        return Row.of(Cell.text(row.method()), Cell.number(Formats.count(row.payments())),
                Cell.number(Formats.dollars(row.received())), Cell.number(Formats.dollars(row.refunded())),
                Cell.number(Formats.dollars(row.net())), Cell.number(Formats.count(row.voided())));
    }

    private static Row provider(Revenue.ProviderRow row) {
        return Row.of(Cell.text(row.providerName()), Cell.number(Formats.count(row.claims())),
                Cell.number(Formats.dollars(row.charged())), Cell.number(Formats.dollars(row.paid())));
    }
}
