package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.fees.AllowedAmounts;
import dev.cleanclaim.core.fees.MedicareFeeSchedule;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.modifier.KxThresholdRule;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.payer.PayerLookup;
import dev.cleanclaim.core.scrub.ConfiguredRule;
import dev.cleanclaim.core.therapy.TherapyDiscipline;
import dev.cleanclaim.core.therapy.TherapyYearToDate;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.Stored;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * A patient's Medicare therapy so far in a year, added up from their stored claims, for the therapy threshold
 * (modifier.kx). A claim counts when
 * <ul>
 * <li>its payer's pack runs modifier.kx: the threshold is Original Medicare's, and other payers' claims (Medicare
 * Advantage plans among them) are not in Medicare's tally;</li>
 * <li>its date of service is in the year and before the visit's, or on the same date from an earlier visit: the claims
 * of later visits are not "so far";</li>
 * <li>it is not the visit's own claim, so a stored visit scrubbed again does not count itself;</li>
 * <li>it is not DENIED: Medicare allowed nothing on it, so its tally holds nothing of it. A denied claim corrected
 * (scrubbed again) or appealed counts again, as it is on its way to being paid; unsent claims count, as they will
 * be sent.</li>
 * </ul>
 * Each line with a therapy modifier counts toward its discipline what the rule counts for this visit's lines: the
 * Medicare allowed amount on its date of service, priced again with the rule data in force, else its charge.
 */
public final class TherapyHistory {

    private static final String KX_RULE = "modifier.kx";

    private final PayerLookup payers;
    private final Supplier<MedicareFeeSchedule> fees;

    /** @param fees the Medicare fee schedule as it pays the practice now (its locality and conversion factor) */
    TherapyHistory(PayerLookup payers, Supplier<MedicareFeeSchedule> fees) {
        this.payers = payers;
        this.fees = fees;
    }

    /** Whether claims to this payer are counted against the therapy threshold at all. */
    public static boolean counts(Payer payer) {
        return payer.applies(KX_RULE);
    }

    /**
     * The therapy before a visit, in the visit's year.
     *
     * @param visitId the visit's id once stored; empty for a visit being entered
     * @param claims  the patient's stored claims
     */
    public TherapyYearToDate before(LocalDate dateOfService, OptionalLong visitId, List<Stored<ClaimRecord>> claims) {
        return before(dateOfService, visitId, claims, fees.get());
    }

    /** The same, pricing the stored lines with a schedule the caller has already read (a scrub's). */
    TherapyYearToDate before(LocalDate dateOfService, OptionalLong visitId, List<Stored<ClaimRecord>> claims,
                             MedicareFeeSchedule schedule) {
        TherapyYearToDate soFar = TherapyYearToDate.none(dateOfService.getYear());
        for (Stored<ClaimRecord> stored : claims) {
            ClaimRecord claim = stored.value();
            if (counted(claim, dateOfService, visitId)) {
                soFar = plusLines(soFar, claim, schedule);
            }
        }
        return soFar;
    }

    /**
     * The patient's therapy in a whole year against the year's threshold, for the patient's page; empty when the
     * patient's payer does not count it or the rule data has no threshold for the year.
     */
    public Optional<Standing> year(Optional<String> payerId, int year, List<Stored<ClaimRecord>> claims) {
        return payerId.flatMap(payers::find).filter(TherapyHistory::counts)
                .flatMap(payer -> threshold(payer, year))
                .map(threshold -> new Standing(before(LocalDate.of(year, 12, 31), OptionalLong.empty(), claims), threshold));
    }

    /** A year's therapy so far and the threshold each discipline is held to. */
    public record Standing(TherapyYearToDate soFar, Money threshold) {
    }

    private boolean counted(ClaimRecord claim, LocalDate dateOfService, OptionalLong visitId) {
        LocalDate date = claim.dateOfService();
        boolean earlier = date.isBefore(dateOfService)
                || (date.isEqual(dateOfService) && (visitId.isEmpty() || claim.visitId() < visitId.getAsLong()));
        return date.getYear() == dateOfService.getYear() && earlier
                && claim.status() != ClaimStatus.DENIED
                && payers.find(claim.payerId()).filter(TherapyHistory::counts).isPresent();
    }

    private static TherapyYearToDate plusLines(TherapyYearToDate soFar, ClaimRecord claim, MedicareFeeSchedule schedule) {
        TherapyYearToDate sum = soFar;
        for (ClaimLine line : claim.draft().lines()) {
            Optional<TherapyDiscipline> discipline = TherapyDiscipline.of(line.modifiers());
            if (discipline.isPresent()) {
                sum = sum.plus(discipline.get(), AllowedAmounts.towardTherapyThreshold(line.code(), line.units(),
                        line.modifiers(), line.charge(), schedule, claim.dateOfService()));
            }
        }
        return sum;
    }

    private static Optional<Money> threshold(Payer payer, int year) {
        return payer.rules().stream().filter(rule -> rule.id().equals(KX_RULE))
                .map(ConfiguredRule::rule).filter(KxThresholdRule.class::isInstance)
                .map(KxThresholdRule.class::cast).findFirst().flatMap(rule -> rule.threshold(year));
    }
}
