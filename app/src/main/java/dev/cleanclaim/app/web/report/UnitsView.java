package dev.cleanclaim.app.web.report;

import dev.cleanclaim.app.reports.DayLoad;
import dev.cleanclaim.app.reports.TimedUnits;
import dev.cleanclaim.app.web.chart.SvgBarChart;
import dev.cleanclaim.app.web.page.Fact;
import dev.cleanclaim.app.web.report.ReportTable.Cell;
import dev.cleanclaim.app.web.report.ReportTable.Row;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The timed units page: the busiest therapist days against the 12- and 24-hour lines, each flagged day with the
 * visits that fill it, and each therapist's averages. Every visit and every day are in the CSV downloads.
 */
final class UnitsView {

    private static final int CHARTED_DAYS = 10;

    private UnitsView() {
    }

    static ReportContent of(TimedUnits units) {
        String chart = SvgBarChart.of("units-chart", "The busiest therapist days",
                        "Timed minutes billed on the " + CHARTED_DAYS + " busiest days of one therapist, against a 12-hour"
                                + " working day and the 24 hours of a day", SvgBarChart.Layout.STACKED,
                        List.of("Timed minutes"), Formats::minutes)
                .withGuides(List.of(new SvgBarChart.Guide(DayLoad.WORKING_DAY_MINUTES, "12 h"),
                        new SvgBarChart.Guide(DayLoad.WHOLE_DAY_MINUTES, "24 h")))
                .render(units.days().stream().sorted(Comparator.comparingInt(TimedUnits.TherapistDay::minutes).reversed())
                        .limit(CHARTED_DAYS).map(day -> new SvgBarChart.Bar(day.providerName() + ", " + day.date(),
                                List.of((long) day.minutes()))).toList());
        List<TimedUnits.TherapistDay> flagged = units.flagged();
        List<Fact> facts = List.of(new Fact("Visits", Formats.count(units.visits().size())),
                new Fact("Timed units", Formats.count(units.totalTimedUnits())),
                new Fact("Impossible days", Formats.count(flagged.stream().filter(day -> day.load() == DayLoad.IMPOSSIBLE).count())),
                new Fact("Days over 12 hours", Formats.count(flagged.stream().filter(day -> day.load() == DayLoad.LONG).count())));
        List<Row> dayRows = new ArrayList<>();
        for (TimedUnits.TherapistDay day : flagged) {
            dayRows.add(new Row("day-" + day.load().id(), List.of(Cell.text(day.providerName()), Cell.text(day.date().toString()),
                    Cell.number(Formats.count(day.visits().size())), Cell.number(Formats.count(day.timedUnits())),
                    Cell.number(Formats.minutes(day.minutes())), Cell.text(flag(day.load())))));
            for (TimedUnits.VisitUnits visit : day.visits()) {
                dayRows.add(new Row("day-visit", List.of(Cell.link("claim " + visit.controlNumber(), "/claims/" + visit.claimId()),
                        Cell.text(""), Cell.text(""), Cell.number(Formats.count(visit.timedUnits())),
                        Cell.number(Formats.minutes(visit.minutes())),
                        Cell.text(visit.minutesImplied() ? "minutes from the units" : ""))));
            }
        }
        ReportTable days = new ReportTable("units-flagged", "Days over a working day, with their visits",
                List.of("Therapist", "Date", "Visits", "Timed units", "Timed minutes", ""),
                List.of(false, false, true, true, true, false), dayRows, List.of());
        ReportTable therapists = new ReportTable("units-table", "Timed units per therapist",
                List.of("Therapist", "Days", "Visits", "Timed units", "Units per visit", "Minutes per day"),
                List.of(false, true, true, true, true, true), perTherapist(units), List.of());
        return new ReportContent(facts, List.of(chart), List.of(days, therapists), List.of(
                "Timed minutes are each 15-minute code's documented minutes, or where a claim line has none, the fewest"
                        + " its units need under the 8-minute rule (8 for the first unit, 15 for each more).",
                "A day is impossible above 1,440 minutes and flagged above a 12-hour working day (720 minutes)."));
    }

    private static String flag(DayLoad load) {
        return load == DayLoad.IMPOSSIBLE ? "Impossible: more than 24 hours" : "Over a 12-hour day";
    }

    private static List<Row> perTherapist(TimedUnits units) {
        Map<Long, List<TimedUnits.TherapistDay>> byTherapist = new LinkedHashMap<>();
        units.days().stream().sorted(Comparator.comparing(TimedUnits.TherapistDay::providerName))
                .forEach(day -> byTherapist.computeIfAbsent(day.providerId(), id -> new ArrayList<>()).add(day));
        List<Row> rows = new ArrayList<>();
        byTherapist.forEach((providerId, days) -> {
            String name = days.get(0).providerName();
            long visits = days.stream().mapToLong(day -> day.visits().size()).sum();
            long timedUnits = days.stream().mapToLong(TimedUnits.TherapistDay::timedUnits).sum();
            long minutes = days.stream().mapToLong(TimedUnits.TherapistDay::minutes).sum();
            rows.add(Row.of(Cell.text(name), Cell.number(Formats.count(days.size())), Cell.number(Formats.count(visits)),
                    Cell.number(Formats.count(timedUnits)), Cell.number(average(timedUnits, visits)),
                    Cell.number(average(minutes, days.size()))));
        });
        return rows;
    }

    private static String average(long sum, long count) {
        return count == 0 ? "" : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP).toPlainString();
    }
}
