package dev.cleanclaim.app.web.page;

import dev.cleanclaim.core.visit.Accident;
import dev.cleanclaim.core.visit.Circumstances;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The visit page's line on how the condition came about, in words; none for an ordinary visit. */
final class ConditionFacts {

    private ConditionFacts() {
    }

    static Optional<Fact> of(Circumstances circumstances) {
        List<String> parts = new ArrayList<>();
        if (circumstances.employment()) {
            parts.add("related to work");
        }
        circumstances.accident().ifPresent(accident -> parts.add(accident instanceof Accident.Auto auto
                ? "auto accident in " + auto.state() + " on " + auto.date()
                : "other accident on " + accident.date()));
        circumstances.onset().ifPresent(date -> parts.add("onset " + date));
        circumstances.initialTreatment().ifPresent(date -> parts.add("initial treatment " + date));
        circumstances.lastXray().ifPresent(date -> parts.add("last x-ray " + date));
        return parts.isEmpty() ? Optional.empty() : Optional.of(new Fact("Condition", String.join("; ", parts)));
    }
}
