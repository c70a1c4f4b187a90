package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.PracticeFile;
import dev.cleanclaim.app.contract.VisitReader;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.referral.Referral;
import dev.cleanclaim.core.referral.ReferralCheck;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.scrub.Scrubber;
import dev.cleanclaim.core.visit.Visit;
import dev.cleanclaim.store.ClaimStore;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Scrubs a visit of a stored patient: the visit contract JSON is read as the CLI reads it, the stored patient (with
 * the referring physician of the referral on file) takes the place of a patient block, the patient's Medicare
 * therapy so far in the year comes from their stored claims ({@link TherapyHistory}), and the referral's standing is
 * checked on top of the payer's rules.
 */
final class VisitScrubber {

    private final RuleData rules;
    private final Supplier<LocalDate> today;
    private final ClaimStore claims;
    private final TherapyHistory therapy;
    private final PracticeTerms terms;

    VisitScrubber(RuleData rules, Supplier<LocalDate> today, ClaimStore claims, TherapyHistory therapy, PracticeTerms terms) {
        this.rules = rules;
        this.today = today;
        this.claims = claims;
        this.therapy = therapy;
        this.terms = terms;
    }

    RuleData rules() {
        return rules;
    }

    /**
     * Reads and scrubs; a bad visit throws {@code InputException} naming every bad field.
     *
     * @param visitId the stored visit's id, whose own claim is not part of the therapy so far; empty for a new visit
     */
    Scrubbed scrub(String name, String visitJson, Stored<PatientRecord> stored, List<Stored<Referral>> referrals,
                   OptionalLong visitId) {
        return scrub(name, visitJson, stored, referrals, visitId, Optional.empty());
    }

    /** @param madeWith the practice's terms as a claim was made with them; the terms of now when empty */
    Scrubbed scrub(String name, String visitJson, Stored<PatientRecord> stored, List<Stored<Referral>> referrals,
                   OptionalLong visitId, Optional<PracticeFile> madeWith) {
        return scrub(name, visitJson, stored, referrals, visitId, madeWith.map(terms::asOf).orElseGet(terms::current));
    }

    /** The practice's terms of now, read once by a caller that scrubs many visits under the same terms. */
    PracticeTerms.Current termsNow() {
        return terms.current();
    }

    /** Scrubs under terms already read: nothing here is shared between calls, so threads may scrub at once. */
    Scrubbed scrub(String name, String visitJson, Stored<PatientRecord> stored, List<Stored<Referral>> referrals,
                   OptionalLong visitId, PracticeTerms.Current current) {
        Read read = read(name, visitJson, stored, referrals, current);
        Visit visit = read.visit();
        Scrubber scrubber = current.scrubber();
        ClaimDraft scrubbed = TherapyHistory.counts(visit.payer())
                ? scrubber.scrub(visit, therapy.before(visit.dateOfService(), visitId, claims.forPatient(stored.id()),
                        current.rules().medicareFees()))
                : scrubber.scrub(visit);
        ClaimDraft claim = ReferralCheck.apply(scrubbed, read.referral().map(Stored::value));
        return new Scrubbed(visit, read.referral(), claim);
    }

    /**
     * Reads the visit as {@link #scrub} does (the stored patient, the referral's physician) without scrubbing it: a
     * stored claim's packet takes its lines and findings from the claim's record, so sending 10,000 claims need not
     * scrub 10,000 visits again.
     */
    Read read(String name, String visitJson, Stored<PatientRecord> stored, List<Stored<Referral>> referrals,
              Optional<PracticeFile> madeWith) {
        return read(name, visitJson, stored, referrals, madeWith.map(terms::asOf).orElseGet(terms::current));
    }

    private Read read(String name, String visitJson, Stored<PatientRecord> stored, List<Stored<Referral>> referrals,
                      PracticeTerms.Current current) {
        RuleData priced = current.rules();
        Visit read = current.employersNamed(new VisitReader(priced, current.payers(), today.get()).read(name, visitJson));
        Optional<Stored<Referral>> referral = applicable(referrals, read.dateOfService());
        Patient patient = stored.value().patient();
        Patient withReferrer = new Patient(patient.person(), patient.accountNumber(), patient.memberId(),
                patient.groupNumber(), patient.relationship(), patient.subscriber(),
                referral.map(found -> found.value().referrer()).or(patient::referredBy));
        return new Read(new Visit(read.dateOfService(), read.payer(), read.provider(), read.diagnoses(), read.services(),
                read.documentation(), Optional.of(withReferrer), read.circumstances()), referral);
    }

    /** The referral covering the date, else the latest one that started by then, else none. */
    static Optional<Stored<Referral>> applicable(List<Stored<Referral>> referrals, LocalDate date) {
        Comparator<Stored<Referral>> latestStart = Comparator.comparing(referral -> referral.value().validFrom());
        Optional<Stored<Referral>> covering = referrals.stream()
                .filter(referral -> !date.isBefore(referral.value().validFrom()) && !date.isAfter(referral.value().validThrough()))
                .max(latestStart);
        return covering.or(() -> referrals.stream().filter(referral -> !date.isBefore(referral.value().validFrom()))
                .max(latestStart));
    }

    record Scrubbed(Visit visit, Optional<Stored<Referral>> referral, ClaimDraft claim) {
    }

    /** A visit read for a stored patient, with the referral that applies to it. */
    record Read(Visit visit, Optional<Stored<Referral>> referral) {
    }
}
