package dev.cleanclaim.core.modifier;

import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.fees.AllowedAmounts;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.RuleParams;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * modifier.kx: once a patient's Medicare therapy for the year passes the threshold ($2,330 in 2024, $2,410 in
 * 2025, $2,480 in 2026; PT and SLP together, OT separately), every therapy line needs KX, which attests that the
 * documentation supports the need. Until storage tracks the year, the visit gives the amount so far.
 */
public final class KxThresholdRule implements Rule {

    static final String ID = "modifier.kx";

    private final Map<Integer, Money> thresholds = new HashMap<>();

    public KxThresholdRule(RuleParams params) {
        params.allowOnly("thresholds");
        for (RuleParams entry : params.entries("thresholds")) {
            entry.allowOnly("year", "amount");
            thresholds.put(Integer.parseInt(entry.requiredText("year")), Money.parse(entry.requiredText("amount")));
        }
        if (thresholds.isEmpty()) {
            throw new IllegalArgumentException(params.owner() + ": modifier.kx needs thresholds by year");
        }
    }

    @Override
    public void apply(ScrubContext context) {
        Optional<Money> soFar = context.visit().documentation().therapyAmountYearToDate();
        if (soFar.isEmpty()) {
            return;
        }
        Money threshold = thresholds.get(context.dateOfService().getYear());
        List<LineDraft> therapy = context.lines().stream().filter(line -> line.entry().alwaysTherapy()).toList();
        if (threshold == null || therapy.isEmpty()) {
            return;
        }
        Money total = therapy.stream().map(line -> amountOf(context, line)).reduce(soFar.get(), Money::plus);
        if (total.compareTo(threshold) <= 0) {
            return;
        }
        List<String> codes = therapy.stream().map(LineDraft::code).toList();
        therapy.forEach(line -> line.addModifier("KX"));
        context.findings().info(ID, codes, "Appended KX: therapy this year reaches $" + total + " with this visit, over the "
                + context.dateOfService().getYear() + " threshold of $" + threshold + ".");
        if (!context.visit().documentation().clinicalRationale()) {
            context.findings().warning(ID, codes, "KX attests that the records show the therapy is medically necessary,"
                            + " but no clinical rationale is documented for this visit.",
                    "Document the clinical rationale before billing with KX; claims above the threshold are reviewed.");
        }
    }

    private static Money amountOf(ScrubContext context, LineDraft line) {
        var schedule = context.rules().medicareFees();
        Optional<BigDecimal> factor = schedule.conversionFactor(context.dateOfService());
        return factor.flatMap(cf -> AllowedAmounts.allowed(line, schedule, cf, context.dateOfService()))
                .or(line::charge).orElse(Money.ZERO);
    }
}
