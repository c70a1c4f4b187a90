package dev.cleanclaim.bench;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.region.BodyRegion;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.visit.Diagnosis;
import dev.cleanclaim.core.visit.Documentation;
import dev.cleanclaim.core.visit.Provider;
import dev.cleanclaim.core.visit.Service;
import dev.cleanclaim.core.visit.Visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/** Realistic therapy visits: two to five services, timed and untimed, over a few regions and payers. */
final class SyntheticVisits {

    private static final List<String> TIMED = List.of("97110", "97112", "97124", "97140", "97530", "97035");
    private static final List<String> UNTIMED = List.of("97010", "97012", "98940", "98941");
    private static final List<String> PAYERS = List.of("medicare", "commercial", "bcbs", "uhc", "self-pay");
    private static final List<String> REGIONS = List.of("cervical", "thoracic", "lumbar", "left-shoulder", "right-knee");
    private static final List<String> DIAGNOSES = List.of("M62.830", "M54.50", "M99.01", "M25.511", "M62.838");

    private final RuleData rules;
    private final Random random;

    SyntheticVisits(RuleData rules, Random random) {
        this.rules = rules;
        this.random = random;
    }

    Visit next() {
        List<Service> services = new ArrayList<>();
        int count = 2 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            boolean untimed = random.nextInt(4) == 0;
            String code = untimed ? pick(UNTIMED) : pick(TIMED);
            OptionalInt minutes = untimed ? OptionalInt.empty() : OptionalInt.of(3 + random.nextInt(40));
            services.add(new Service(Optional.of(code), Optional.empty(), minutes, List.of(region(pick(REGIONS))),
                    List.of(), false, Optional.empty()));
        }
        List<Diagnosis> diagnoses = List.of(new Diagnosis(pick(DIAGNOSES), List.of(region(pick(REGIONS)))));
        return new Visit(LocalDate.of(2026, 3, 2), rules.payers().find(pick(PAYERS)).orElseThrow(),
                new Provider(ProviderType.PT, Optional.empty(), Optional.empty()), diagnoses, services, Documentation.NONE);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private BodyRegion region(String id) {
        return rules.regions().find(id).orElseThrow();
    }
}
