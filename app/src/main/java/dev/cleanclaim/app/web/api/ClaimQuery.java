package dev.cleanclaim.app.web.api;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.payer.PayerDirectory;
import dev.cleanclaim.store.ClaimFilter;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The filter of GET /api/v1/claims from its query parameters: status, payer, from and through (dates of service,
 * inclusive), limit and offset (the claims to skip, newest first). A bad value is refused naming its parameter rather than silently listing everything.
 */
final class ClaimQuery {

    static final Set<String> PARAMETERS = Set.of("status", "payer", "from", "through", "limit", "offset");
    static final int DEFAULT_LIMIT = 100;
    static final int MOST = 5000;

    private final PayerDirectory payers;
    private final List<InputProblem> problems = new ArrayList<>();

    private ClaimQuery(PayerDirectory payers) {
        this.payers = payers;
    }

    static ClaimFilter filter(Context ctx, PayerDirectory payers) {
        ApiJson.onlyQueryParameters(ctx, PARAMETERS);
        return new ClaimQuery(payers).read(ctx);
    }

    private ClaimFilter read(Context ctx) {
        String statuses = String.join(", ", Arrays.stream(ClaimStatus.values()).map(ClaimStatus::id).toList());
        Optional<ClaimStatus> status = parameter(ctx, "status", "a status, one of " + statuses, ClaimStatus::parse);
        Optional<String> payer = parameter(ctx, "payer", "a payer id, one of " + String.join(", ", payers.ids()),
                text -> payers.find(text).map(found -> found.id()));
        Optional<LocalDate> from = parameter(ctx, "from", "a date YYYY-MM-DD", ClaimQuery::date);
        Optional<LocalDate> through = parameter(ctx, "through", "a date YYYY-MM-DD", ClaimQuery::date);
        if (from.isPresent() && through.isPresent() && through.get().isBefore(from.get())) {
            problems.add(new InputProblem("through", "the range ends (" + through.get() + ") before it starts ("
                    + from.get() + ")"));
        }
        Optional<Integer> limit = parameter(ctx, "limit", "a number of claims from 1 to " + MOST, ClaimQuery::limit);
        Optional<Long> offset = parameter(ctx, "offset", "a number of claims to skip, 0 or more", ClaimQuery::offset);
        if (!problems.isEmpty()) {
            throw new InputException("request", problems);
        }
        return new ClaimFilter(status, payer, from, through, limit.orElse(DEFAULT_LIMIT)).page(limit.orElse(DEFAULT_LIMIT),
                offset.orElse(0L));
    }

    private <T> Optional<T> parameter(Context ctx, String name, String expected, Function<String, Optional<T>> parse) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<T> value = parse.apply(text.trim());
        if (value.isEmpty()) {
            problems.add(new InputProblem(name, "expected " + expected + ", got \"" + text + "\""));
        }
        return value;
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> limit(String text) {
        try {
            int limit = Integer.parseInt(text);
            return limit >= 1 && limit <= MOST ? Optional.of(limit) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> offset(String text) {
        try {
            long offset = Long.parseLong(text);
            return offset >= 0 ? Optional.of(offset) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
