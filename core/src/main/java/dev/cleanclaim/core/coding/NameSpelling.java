package dev.cleanclaim.core.coding;

import dev.cleanclaim.core.claim.FindingCollector;
import dev.cleanclaim.core.identifier.ClaimText;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.visit.Visit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * claim.name-spelling: a name with letters beyond A-Z goes on the claim in plain letters (Łukasz as LUKASZ). The
 * biller is told how, since the payer's records may hold either spelling and a mismatch is a rejected claim.
 */
final class NameSpelling {

    static final String ID = "claim.name-spelling";

    private NameSpelling() {
    }

    static void check(Visit visit, FindingCollector findings) {
        Patient patient = visit.patient().orElse(null);
        if (patient == null) {
            return;
        }
        List<String> respelled = new ArrayList<>(2);
        describe("the patient", patient.person(), respelled);
        patient.subscriber().ifPresent(subscriber -> describe("the subscriber", subscriber, respelled));
        if (!respelled.isEmpty()) {
            findings.info(ID, List.of(), "Claims carry only the letters A-Z, so " + String.join("; ", respelled) + ".");
        }
    }

    private static void describe(String who, Person person, List<String> respelled) {
        String name = person.firstName() + " " + person.lastName();
        String onClaim = ClaimText.fold(name);
        if (!onClaim.equals(name.toUpperCase(Locale.ROOT))) {
            respelled.add(who + " " + name + " goes on the claim as " + onClaim
                    + " (check that the payer's card spells it so)");
        }
    }
}
