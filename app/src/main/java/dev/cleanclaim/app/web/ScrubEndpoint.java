package dev.cleanclaim.app.web;

import dev.cleanclaim.app.contract.ClaimJson;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.contract.VisitReader;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.scrub.Scrubber;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * POST /api/v1/scrub: the visit contract in, the claim contract out, exactly as `cleanclaim scrub` prints it.
 * Stateless: nothing is stored or logged.
 */
final class ScrubEndpoint {

    private final RuleData rules;
    private final Scrubber scrubber;
    private final Supplier<LocalDate> today;

    ScrubEndpoint(RuleData rules, Supplier<LocalDate> today) {
        this.rules = rules;
        this.scrubber = new Scrubber(rules);
        this.today = today;
    }

    void handle(Context ctx) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new InputException("request", List.of(new InputProblem("Content-Type",
                    "send the visit as application/json, got " + (contentType == null ? "none" : contentType))));
        }
        String claim = ClaimJson.write(scrubber.scrub(new VisitReader(rules, today.get()).read("request body", ctx.body())));
        ctx.contentType("application/json").result(claim);
    }
}
