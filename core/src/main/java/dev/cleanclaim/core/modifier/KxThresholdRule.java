package dev.cleanclaim.core.modifier;

import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.fees.AllowedAmounts;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.RuleParams;
import dev.cleanclaim.core.scrub.ScrubContext;
import dev.cleanclaim.core.therapy.TherapyDiscipline;
import dev.cleanclaim.core.therapy.TherapyYearToDate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * modifier.kx: once a patient's Medicare therapy for the year passes the threshold ($2,330 in 2024, $2,410 in
 * 2025, $2,480 in 2026), the therapy lines need KX, which attests that the documentation supports the need. PT and
 * SLP (GP, GN) count together and OT (GO) separately, so only the lines of a discipline over the threshold get KX.
 * <p>
 * The amount so far comes from the patient's stored claims ({@link ScrubContext#therapySoFar()}); an amount the
 * visit documents overrides it (a visit file scrubbed on its own has nothing else), and is taken as the amount so
 * far of each discipline the visit bills. A line counts its Medicare allowed amount, else its charge. Knowing
 * neither, the rule stays silent: it cannot tell.
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

    /** The year's threshold, per discipline; empty for a year the rule data does not know. */
    public Optional<Money> threshold(int year) {
        return Optional.ofNullable(thresholds.get(year));
    }

    @Override
    public void apply(ScrubContext context) {
        int year = context.dateOfService().getYear();
        Money threshold = thresholds.get(year);
        Optional<Money> documented = context.visit().documentation().therapyAmountYearToDate();
        Optional<TherapyYearToDate> stored = context.therapySoFar();
        if (threshold == null || (documented.isEmpty() && stored.isEmpty())) {
            return;
        }
        List<String> withKx = new ArrayList<>();
        for (TherapyDiscipline discipline : TherapyDiscipline.values()) {
            List<LineDraft> lines = linesOf(context, discipline);
            if (lines.isEmpty()) {
                continue;
            }
            Money soFar = documented.orElseGet(() -> stored.orElseThrow().of(discipline));
            Money thisVisit = lines.stream().map(line -> amountOf(context, line)).reduce(Money.ZERO, Money::plus);
            Money total = soFar.plus(thisVisit);
            List<String> codes = lines.stream().map(LineDraft::code).toList();
            String tally = "$" + soFar + " so far in " + year + (documented.isPresent() ? " as documented on the visit"
                    : " from stored claims") + " and $" + thisVisit + " on this visit make $" + total;
            if (total.compareTo(threshold) <= 0) {
                context.findings().info(ID, codes, "No KX on the " + discipline.label() + " lines yet: " + tally
                        + ", within the " + year + " threshold of $" + threshold + ".");
                continue;
            }
            lines.forEach(line -> line.addModifier("KX"));
            withKx.addAll(codes);
            context.findings().info(ID, codes, "Appended KX to the " + discipline.label() + " lines: " + tally
                    + ", over the " + year + " threshold of $" + threshold + ".");
        }
        if (!withKx.isEmpty() && !context.visit().documentation().clinicalRationale()) {
            context.findings().warning(ID, withKx, "KX attests that the records show the therapy is medically necessary,"
                            + " but no clinical rationale is documented for this visit.",
                    "Document the clinical rationale before billing with KX; claims above the threshold are reviewed.");
        }
    }

    private static List<LineDraft> linesOf(ScrubContext context, TherapyDiscipline discipline) {
        List<LineDraft> found = new ArrayList<>(2);
        for (LineDraft line : context.lines()) {
            if (TherapyDiscipline.of(line.modifiers()).filter(discipline::equals).isPresent()) {
                found.add(line);
            }
        }
        return found;
    }

    private static Money amountOf(ScrubContext context, LineDraft line) {
        return AllowedAmounts.towardTherapyThreshold(line.code(), line.units(), line.modifiers(), line.charge(),
                context.rules().medicareFees(), context.dateOfService());
    }
}
