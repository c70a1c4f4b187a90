package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.VisitReader;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.referral.Referral;
import dev.cleanclaim.core.referral.ReferralCheck;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.scrub.Scrubber;
import dev.cleanclaim.core.visit.Visit;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Scrubs a visit of a stored patient: the visit contract JSON is read as the CLI reads it, the stored patient (with
 * the referring physician of the referral on file) takes the place of a patient block, and the referral's standing
 * is checked on top of the payer's rules.
 */
final class VisitScrubber {

    private final RuleData rules;
    private final Scrubber scrubber;
    private final Supplier<LocalDate> today;

    VisitScrubber(RuleData rules, Supplier<LocalDate> today) {
        this.rules = rules;
        this.scrubber = new Scrubber(rules);
        this.today = today;
    }

    RuleData rules() {
        return rules;
    }

    /** Reads and scrubs; a bad visit throws {@code InputException} naming every bad field. */
    Scrubbed scrub(String name, String visitJson, PatientRecord patient, List<Stored<Referral>> referrals) {
        Visit read = new VisitReader(rules, today.get()).read(name, visitJson);
        Optional<Stored<Referral>> referral = applicable(referrals, read.dateOfService());
        Patient withReferrer = new Patient(patient.patient().person(), patient.patient().accountNumber(),
                patient.patient().memberId(), patient.patient().groupNumber(), patient.patient().relationship(),
                patient.patient().subscriber(), referral.map(found -> found.value().referrer())
                        .or(() -> patient.patient().referredBy()));
        Visit visit = new Visit(read.dateOfService(), read.payer(), read.provider(), read.diagnoses(), read.services(),
                read.documentation(), Optional.of(withReferrer));
        ClaimDraft claim = ReferralCheck.apply(scrubber.scrub(visit), referral.map(Stored::value));
        return new Scrubbed(visit, referral, claim);
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
}
