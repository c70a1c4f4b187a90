package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.PracticeFile;
import dev.cleanclaim.core.fees.MedicareLocality;
import dev.cleanclaim.core.fees.MedicarePricingTerms;
import dev.cleanclaim.core.payer.PayerLookup;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.scrub.Scrubber;
import dev.cleanclaim.core.visit.Provider;
import dev.cleanclaim.core.visit.Visit;

import java.util.Optional;

/**
 * What the practice decides about its claims, as stored now: its fees price the lines (the built-in schedule until
 * it sets its own), its Medicare locality and APM status price Medicare lines (the national amounts at the usual
 * conversion factor until it sets them), its payer directory says which insurer and pack a visit's payer is, and its
 * supervisors say who employs a massage therapist. Read per scrub, so a change on the admin pages reaches the next
 * visit at once.
 */
final class PracticeTerms {

    private final RuleData rules;
    private final PracticeRef practice;
    private final WorkspacePayers payers;

    PracticeTerms(RuleData rules, PracticeRef practice, WorkspacePayers payers) {
        this.rules = rules;
        this.practice = practice;
        this.payers = payers;
    }

    Current current() {
        if (practice.idIfSetUp().isEmpty()) {
            return new Current(rules, rules.payers(), Optional.empty());
        }
        PracticeRef.Read now = practice.read();
        RuleData priced = (now.fees().isEmpty() ? rules : rules.withFees(now.fees()))
                .withMedicareTerms(medicareTerms(now.practice()));
        return new Current(priced, payers.over(now.practice()), Optional.of(now.practice()));
    }

    /** The terms a claim was made with, from the practice file kept beside it. */
    Current asOf(PracticeFile madeWith) {
        RuleData priced = madeWith.fees().filter(fees -> !fees.isEmpty()).map(rules::withFees).orElse(rules)
                .withMedicareTerms(medicareTerms(madeWith.practice()));
        return new Current(priced, payers.over(madeWith.practice()), Optional.of(madeWith.practice()));
    }

    /**
     * The practice's Medicare locality and APM status. A locality of another shape than the practice file allows
     * (read and checked there) counts as unset, so the claims say the amounts are national rather than fail.
     */
    static MedicarePricingTerms medicareTerms(Practice practice) {
        Optional<MedicareLocality> locality = practice.medicareLocality().flatMap(text -> {
            try {
                return Optional.of(MedicareLocality.parse(text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
        return new MedicarePricingTerms(locality, practice.medicareQualifyingApm());
    }

    /** The terms of one scrub. */
    record Current(RuleData rules, PayerLookup payers, Optional<Practice> practice) {

        Scrubber scrubber() {
            return new Scrubber(rules);
        }

        /**
         * The visit with its provider's employer filled from the practice's supervisors when the visit does not say:
         * an employed massage therapist's claims then get what the payer wants of them (U7, the employer billing).
         */
        Visit employersNamed(Visit visit) {
            Provider provider = visit.provider();
            if (provider.employedBy().isPresent() || provider.npi().isEmpty() || practice.isEmpty()) {
                return visit;
            }
            return practice.get().employerOf(provider.npi().get())
                    .map(employer -> new Visit(visit.dateOfService(), visit.payer(),
                            new Provider(provider.type(), provider.npi(), Optional.of(employer)), visit.diagnoses(),
                            visit.services(), visit.documentation(), visit.patient(), visit.circumstances()))
                    .orElse(visit);
        }
    }
}
