package dev.cleanclaim.app.web.report;

import dev.cleanclaim.app.reports.Period;
import dev.cleanclaim.app.web.page.FieldProblem;
import dev.cleanclaim.app.web.page.FormState;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The from/through filter of a report, read from the query: the last twelve months when none is given, and every
 * value that cannot be read named with its field, as the claims list does.
 *
 * @param period empty when the query could not be read
 */
record PeriodForm(FormState state, Optional<Period> period) {

    static PeriodForm read(Context ctx, LocalDate today) {
        Period defaults = Period.lastTwelveMonths(today);
        List<FieldProblem> problems = new ArrayList<>();
        String fromText = value(ctx, "from").orElse(defaults.from().toString());
        String throughText = value(ctx, "through").orElse(defaults.through().toString());
        Optional<LocalDate> from = date("from", fromText, problems);
        Optional<LocalDate> through = date("through", throughText, problems);
        if (from.isPresent() && through.isPresent() && through.get().isBefore(from.get())) {
            problems.add(new FieldProblem("through", "ends before the first date (" + from.get() + ")"));
        }
        FormState state = new FormState(Map.of("from", List.of(fromText), "through", List.of(throughText)), problems, null);
        Optional<Period> period = problems.isEmpty() ? Optional.of(new Period(from.get(), through.get())) : Optional.empty();
        return new PeriodForm(state, period);
    }

    /** "?from=2025-11-24&through=2026-11-23", for links that keep the period; nothing when it could not be read. */
    String query() {
        return period.map(found -> "?from=" + found.from() + "&through=" + found.through()).orElse("");
    }

    private static Optional<String> value(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::trim).filter(text -> !text.isEmpty());
    }

    private static Optional<LocalDate> date(String name, String text, List<FieldProblem> problems) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "expected a date YYYY-MM-DD, got \"" + text + "\""));
            return Optional.empty();
        }
    }
}
