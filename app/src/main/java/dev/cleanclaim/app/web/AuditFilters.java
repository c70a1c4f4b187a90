package dev.cleanclaim.app.web;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.store.AuditQuery;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The audit viewer's filters, read the same way by the API and the page: ?user=, ?action=, ?entity= with ?entityId=
 * (a record: "patient" and its id), ?from= and ?to= (dates, both days included, UTC). Bad values name the parameter.
 */
public final class AuditFilters {

    public static final Set<String> PARAMETERS = Set.of("user", "action", "entity", "entityId", "from", "to");
    private static final int LONGEST = 60;

    private AuditFilters() {
    }

    /** The filters and the page asked for, every bad parameter of both named at once. */
    public record Paged(AuditQuery query, PageRequest page) {
    }

    public static Paged paged(Context ctx) {
        List<InputProblem> problems = new ArrayList<>();
        AuditQuery query = null;
        PageRequest page = null;
        try {
            query = of(ctx);
        } catch (InputException refused) {
            problems.addAll(refused.problems());
        }
        try {
            page = PageRequest.of(ctx);
        } catch (InputException refused) {
            problems.addAll(refused.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputException("request", problems);
        }
        return new Paged(query, page);
    }

    public static AuditQuery of(Context ctx) {
        List<InputProblem> problems = new ArrayList<>();
        Optional<String> user = text(ctx, "user", problems);
        Optional<String> action = text(ctx, "action", problems);
        Optional<String> entity = text(ctx, "entity", problems);
        Optional<String> entityId = text(ctx, "entityId", problems);
        Optional<LocalDate> from = date(ctx, "from", problems);
        Optional<LocalDate> to = date(ctx, "to", problems);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            problems.add(new InputProblem("to", "the last day " + to.get() + " is before the first " + from.get()));
        }
        if (!problems.isEmpty()) {
            throw new InputException("request", problems);
        }
        return new AuditQuery(user, action, entity, entityId, from.map(day -> day.atStartOfDay().toInstant(ZoneOffset.UTC)),
                to.map(day -> day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    private static Optional<String> text(Context ctx, String name, List<InputProblem> problems) {
        Optional<String> value = Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(text -> !text.isEmpty());
        if (value.filter(text -> text.length() > LONGEST).isPresent()) {
            problems.add(new InputProblem(name, "at most " + LONGEST + " characters"));
            return Optional.empty();
        }
        return value;
    }

    private static Optional<LocalDate> date(Context ctx, String name, List<InputProblem> problems) {
        Optional<String> value = text(ctx, name, problems);
        try {
            return value.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            problems.add(new InputProblem(name, "expected a date as YYYY-MM-DD, got \"" + value.get() + "\""));
            return Optional.empty();
        }
    }
}
