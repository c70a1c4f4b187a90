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
        List<Fact> facts = List.of(new Fact("Claims sent", Formats.count(total.claims())),
                new Fact("Charged", Formats.dollars(total.charged())), new Fact("Paid", Formats.dollars(total.paid())));
        ReportTable codes = new ReportTable("revenue-table", "Revenue by procedure code",
                List.of("Code", "Description", "Units", "Charged", "Paid"), List.of(false, false, true, true, true),
                revenue.byCode().stream().map(RevenueView::code).toList(), List.of(code(revenue.codeTotal())));
        ReportTable providers = new ReportTable("revenue-providers", "Revenue by rendering provider",
                List.of("Provider", "Claims", "Charged", "Paid"), List.of(false, true, true, true),
                revenue.byProvider().stream().map(RevenueView::provider).toList(), List.of(provider(total)));
        return new ReportContent(facts, List.of(byCode, byProvider), List.of(codes, providers), List.of(
                "Counts claims sent to a payer (submitted, paid, denied or appealed) with a date of service in the period.",
                "Paid per code is what the payers' service lines paid; a payment without lines counts for its provider only."));
    }

    private static Row code(Revenue.CodeRow row) {
        return Row.of(Cell.text(row.code()), Cell.text(row.description()), Cell.number(Formats.count(row.units())),
                Cell.number(Formats.dollars(row.charged())), Cell.number(Formats.dollars(row.paid())));
    }

    private static Row provider(Revenue.ProviderRow row) {
        return Row.of(Cell.text(row.providerName()), Cell.number(Formats.count(row.claims())),
                Cell.number(Formats.dollars(row.charged())), Cell.number(Formats.dollars(row.paid())));
    }
}
