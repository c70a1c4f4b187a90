package dev.cleanclaim.core.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How the condition treated came about and its dates, as the claim tells the payer: whether it is related to
 * employment or an accident (CMS-1500 boxes 10a-10c, 837P CLM11), when it began (box 14, DTP*431), when it was
 * first treated (box 15 qualifier 454, DTP*454) and last x-rayed (455, DTP*455). A chiropractor's or PT's auto
 * accident and work injury claims go to the car insurance or workers' compensation on these facts. Absent facts are
 * not sent.
 *
 * @param employment       the condition is related to the patient's employment (a work injury)
 * @param accident         the accident it came from, if any
 * @param onset            the date the current illness or injury began (or the accident's date for an injury)
 * @param initialTreatment the date the patient was first treated for it (chiropractic: the first visit of the episode)
 * @param lastXray         the date of the last x-ray (chiropractic subluxation documented by x-ray)
 */
public record Circumstances(boolean employment, Optional<Accident> accident, Optional<LocalDate> onset,
                            Optional<LocalDate> initialTreatment, Optional<LocalDate> lastXray) {

    /** Nothing known: not related to employment or an accident, no dates. */
    public static final Circumstances NONE =
            new Circumstances(false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Circumstances {
        Objects.requireNonNull(accident, "accident");
        Objects.requireNonNull(onset, "onset");
        Objects.requireNonNull(initialTreatment, "initialTreatment");
        Objects.requireNonNull(lastXray, "lastXray");
    }

    /** The related causes in CLM11 order: employment first, then the accident; empty when neither. */
    public List<RelatedCause> causes() {
        List<RelatedCause> causes = new ArrayList<>();
        if (employment) {
            causes.add(RelatedCause.EMPLOYMENT);
        }
        accident.ifPresent(found -> causes.add(found.cause()));
        return causes;
    }

    public boolean relatedTo(RelatedCause cause) {
        return causes().contains(cause);
    }

    /** The state of an auto accident (box 10b, CLM11-4). */
    public Optional<String> autoAccidentState() {
        return accident.filter(Accident.Auto.class::isInstance).map(found -> ((Accident.Auto) found).state());
    }

    public Optional<LocalDate> accidentDate() {
        return accident.map(Accident::date);
    }

    /** The first of these dates that is after {@code dateOfService}, with its name, if any. */
    public Optional<String> dateAfter(LocalDate dateOfService) {
        return Stream.of(named("accident date", accidentDate()), named("onset date", onset),
                        named("initial treatment date", initialTreatment), named("last x-ray date", lastXray))
                .flatMap(Optional::stream)
                .filter(date -> date.date().isAfter(dateOfService))
                .map(date -> date.name() + " " + date.date())
                .findFirst();
    }

    private static Optional<NamedDate> named(String name, Optional<LocalDate> date) {
        return date.map(found -> new NamedDate(name, found));
    }

    private record NamedDate(String name, LocalDate date) {
    }
}
