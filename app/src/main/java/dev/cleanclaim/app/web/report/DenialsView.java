package dev.cleanclaim.app.web.report;

import dev.cleanclaim.app.reports.Denials;
import dev.cleanclaim.app.web.chart.SvgBarChart;
import dev.cleanclaim.app.web.page.Fact;
import dev.cleanclaim.app.web.report.ReportTable.Cell;
import dev.cleanclaim.app.web.report.ReportTable.Row;

import java.util.List;

/** The denials page: the rate per payer, then each traced rule's denials by verdict, then the codes no rule traces. */
final class DenialsView {

    /** 100.0%, in the tenths of a percent the chart draws rates in. */
    private static final long WHOLE = 1000;

    private DenialsView() {
    }

    static ReportContent of(Denials denials) {
        String chart = SvgBarChart.of("denials-chart", "Denial rate by payer",
                        "One bar per payer: the share of its adjudicated claims it denied in whole or in part",
                        SvgBarChart.Layout.STACKED, List.of("Denial rate"), Formats::percentOfTenths)
                .withScaleAtLeast(WHOLE)
                .render(denials.byPayer().stream().map(row -> new SvgBarChart.Bar(row.payerName(),
                        List.of(row.ratePercent().movePointRight(1).longValueExact()))).toList());
        List<Fact> facts = List.of(new Fact("Claims adjudicated", Formats.count(denials.total().adjudicated())),
                new Fact("Denied", Formats.count(denials.total().denied())),
                new Fact("Denial rate", Formats.percent(denials.total().ratePercent())));
        ReportTable rates = new ReportTable("denials-table", "Denial rate by payer",
                List.of("Payer", "Adjudicated", "Denied", "Denial rate"), List.of(false, true, true, true),
                denials.byPayer().stream().map(DenialsView::rate).toList(), List.of(rate(denials.total())));
        ReportTable rules = new ReportTable("denials-by-rule", "Denials by the rule that should have caught them",
                List.of("Payer", "Rule", "Warned, sent anyway", "Rule missed it", "Rule not in the payer's pack", "All"),
                List.of(false, false, true, true, true, true),
                denials.byRule().stream().map(row -> Row.of(Cell.text(row.payerName()),
                        Cell.link(row.ruleId(), "/rules#rule-" + row.ruleId()), Cell.number(Formats.tally(row.warned())),
                        Cell.number(Formats.tally(row.missed())), Cell.number(Formats.tally(row.notInPack())),
                        Cell.number(Formats.tally(row.total())))).toList(),
                List.of());
        ReportTable untraced = new ReportTable("denials-untraced", "Denials no rule traces",
                List.of("Payer", "Adjustment", "Meaning", "Denials", "Amount"), List.of(false, false, false, true, true),
                denials.untraced().stream().map(row -> Row.of(Cell.text(row.payerName()), Cell.text(row.code()),
                        Cell.text(row.meaning()), Cell.number(Formats.count(row.tally().count())),
                        Cell.number(Formats.dollars(row.tally().amount())))).toList(),
                List.of());
        return new ReportContent(facts, List.of(chart), List.of(rates, rules, untraced), List.of(
                "A claim counts as adjudicated once a payment is posted to it, and as denied when it stands denied, the"
                        + " payer said denied, or any adjustment is more than the routine write-off and patient share.",
                "Each cell of the rule table is denials · amount. A denial traced to two rules counts under both.",
                "Warned: the scrub flagged the claim and it went anyway. Missed: the pack runs the rule but it found"
                        + " nothing, so the rule data may lack the case. Not in the pack: adding the rule would have caught it."));
    }

    private static Row rate(Denials.PayerRate row) {
        return Row.of(Cell.text(row.payerName()), Cell.number(Formats.count(row.adjudicated())),
                Cell.number(Formats.count(row.denied())), Cell.number(Formats.percent(row.ratePercent())));
    }
}
