package dev.cleanclaim.core.insurance;

import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.util.List;

/**
 * insurance.subscriber: Medicare insures each beneficiary in their own name, with no dependants, so the patient is
 * always the subscriber. A claim sent with a patient loop (2000C, PAT) under someone else's Medicare number is
 * rejected; a spouse or child on Medicare has their own card.
 */
public final class MedicareSubscriberRule implements Rule {

    static final String ID = "insurance.subscriber";

    @Override
    public void apply(ScrubContext context) {
        Patient patient = context.visit().patient().orElse(null);
        if (patient == null || patient.relationship() == Relationship.SELF) {
            return;
        }
        String relationship = patient.relationship().name().toLowerCase(java.util.Locale.ROOT);
        context.findings().error(ID, List.of(), context.payer().name() + " insures each person in their own name:"
                        + " the patient is always the subscriber, but this patient is recorded as the " + relationship
                        + " of the subscriber.",
                "Set the patient's relationship to self and enter the number on the patient's own Medicare card.");
    }
}
