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
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/** Realistic therapy visits: two to five services, timed and untimed, over a few regions and payers. */
final class SyntheticVisits {

    private static final List<String> TIMED = List.of("97110", "97112", "97124", "97140", "97530", "97035");
    private static final List<String> UNTIMED = List.of("97010", "97012", "98940", "98941");
    /** Every code the synthetic visits use, so the synthetic edit table can carry their real edits. */
    static final List<String> CODES = List.of("97110", "97112", "97124", "97140", "97530", "97035", "97010", "97012",
            "98940", "98941");
    private static final List<String> PAYERS = List.of("medicare", "commercial", "bcbs", "uhc", "self-pay");
    private static final List<String> REGIONS = List.of("cervical", "thoracic", "lumbar", "left-shoulder", "right-knee");
    private static final Map<String, String> DIAGNOSIS_BY_REGION = Map.of(
            "cervical", "M54.2", "thoracic", "M54.6", "lumbar", "M54.50", "left-shoulder", "M25.512",
            "right-knee", "M25.561");
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
                new Provider(ProviderType.PT, Optional.empty(), Optional.empty()), diagnoses, services, Documentation.NONE, Optional.empty());
    }

    /**
     * A visit of four distinct codes (four claim lines) as clinics send them: a chiropractor's manipulation with
     * three therapy codes, or a physical therapist's four therapy codes; each treated region has its diagnosis,
     * except now and then, and the notes document rationale and necessity most of the time. Scrubbing still finds
     * plenty: bundled pairs, same-region therapy, missing modifiers, payer exclusions.
     */
    Visit fourLines() {
        boolean chiropractic = random.nextInt(3) == 0;
        List<String> therapy = new ArrayList<>(List.of("97110", "97112", "97124", "97140", "97530", "97035", "97010", "97012"));
        Collections.shuffle(therapy, random);
        List<String> codes = new ArrayList<>();
        if (chiropractic) {
            codes.add(random.nextBoolean() ? "98940" : "98941");
        }
        codes.addAll(therapy.subList(0, 4 - codes.size()));
        List<Service> services = new ArrayList<>();
        LinkedHashSet<String> treated = new LinkedHashSet<>();
        for (String code : codes) {
            List<String> regions = code.startsWith("989")
                    ? (code.equals("98940") ? List.of("cervical") : List.of("cervical", "thoracic", "lumbar"))
                    : List.of(pick(REGIONS));
            treated.addAll(regions);
            boolean timed = TIMED.contains(code);
            services.add(new Service(Optional.of(code), Optional.empty(),
                    timed ? OptionalInt.of(8 + random.nextInt(30)) : OptionalInt.empty(),
                    regions.stream().map(this::region).toList(), List.of(), false, Optional.empty()));
        }
        List<Diagnosis> diagnoses = new ArrayList<>();
        if (chiropractic) {
            diagnoses.add(new Diagnosis("M99.01", List.of(region("cervical"))));
        }
        for (String region : treated) {
            if (random.nextInt(10) > 0) {
                diagnoses.add(new Diagnosis(DIAGNOSIS_BY_REGION.get(region), List.of(region(region))));
            }
        }
        if (diagnoses.isEmpty()) {
            diagnoses.add(new Diagnosis("M54.50", List.of(region("lumbar"))));
        }
        Documentation notes = new Documentation(random.nextBoolean(), random.nextInt(10) > 0,
                random.nextInt(4) > 0 ? List.of("tight-muscles", "restricted-soft-tissue-motion") : List.of(),
                random.nextInt(5) > 0, false, Optional.empty());
        return new Visit(LocalDate.of(2026, 3, 2), rules.payers().find(pick(PAYERS)).orElseThrow(),
                new Provider(chiropractic ? ProviderType.DC : ProviderType.PT, Optional.empty(), Optional.empty()),
                diagnoses, services, notes, Optional.empty());
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private BodyRegion region(String id) {
        return rules.regions().find(id).orElseThrow();
    }
}
