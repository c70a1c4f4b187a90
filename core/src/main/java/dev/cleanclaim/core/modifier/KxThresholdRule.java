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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * modifier.kx: once a patient's Medicare therapy for the year passes the year's threshold (the pack's thresholds, one
 * amount a calendar year as CMS publishes it), the therapy lines need KX, which attests that the documentation
 * supports the need. PT and SLP (GP, GN) count together and OT (GO) separately, so only the lines of a discipline
 * over the threshold get KX. A year with no amount in the rule data is not guessed from another year's: the rule
 * says it could not judge the visit's therapy lines.
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
        if (threshold == null) {
            warnOfMissingYear(context, year);
            return;
        }
        Optional<Money> documented = context.visit().documentation().therapyAmountYearToDate();
        Optional<TherapyYearToDate> stored = context.therapySoFar();
        if (documented.isEmpty() && stored.isEmpty()) {
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

    // Only therapy lines can need KX, so a visit without them has nothing the missing amount would decide.
    private void warnOfMissingYear(ScrubContext context, int year) {
        List<String> codes = new ArrayList<>();
        for (LineDraft line : context.lines()) {
            if (TherapyDiscipline.of(line.modifiers()).isPresent()) {
                codes.add(line.code());
            }
        }
        if (codes.isEmpty()) {
            return;
        }
        int latest = Collections.max(thresholds.keySet());
        String when = year > latest ? "when CMS publishes it" : "as CMS published it";
        context.findings().warning(ID, codes, "No KX threshold for " + year + " is in the rule data, so whether these"
                        + " therapy lines need KX was not judged; cleanclaim does not guess one year's amount from another's.",
                "Check the patient's therapy so far in " + year + " against CMS's threshold for the year and add KX above"
                        + " it; add the " + year + " amount to " + context.payer().name() + "'s KX thresholds in the rule"
                        + " data " + when + ", then scrub again.");
    }

    private static List<LineDraft> linesOf(ScrubContext context, TherapyDiscipline discipline) {
        List<LineDraft> found = new ArrayList<>(2);
        for (LineDraft line : context.lines()) {
            // A line excluded by law is never paid, so it neither counts toward the threshold nor takes KX.
            if (!line.excludedByStatute() && TherapyDiscipline.of(line.modifiers()).filter(discipline::equals).isPresent()) {
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
