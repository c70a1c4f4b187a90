package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.core.reference.ReferenceCodes;
import dev.cleanclaim.core.visit.Accident;
import dev.cleanclaim.core.visit.Circumstances;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a visit's {@code condition} object (README, "Visit file"): whether the condition is related to employment or
 * an accident, and its dates. Every date must be on or before the date of service, an auto accident needs the state it
 * happened in and any accident its date, and a state or accident date without an accident is refused rather than
 * dropped, so what the biller typed is what the payer gets.
 */
public final class ConditionReader {

    /** {@code condition.accident}: an auto accident (box 10b, CLM11 AA). */
    public static final String AUTO = "auto";
    /** {@code condition.accident}: any other accident (box 10c, CLM11 OA). */
    public static final String OTHER = "other";
    static final Set<String> FIELDS = Set.of("employment", "accident", "accidentState", "accidentDate", "onsetDate",
            "initialTreatmentDate", "lastXrayDate");
    private static final String PATH = "$.condition";

    private final JsonFields fields;
    private final ReferenceCodes references;

    ConditionReader(JsonFields fields, ReferenceCodes references) {
        this.fields = fields;
        this.references = references;
    }

    /** @param dateOfService the visit's date when it was read, to hold the condition's dates to */
    Circumstances read(JsonNode node, Optional<LocalDate> dateOfService) {
        if (node == null || node.isNull() || !fields.object(node, PATH, FIELDS)) {
            return Circumstances.NONE;
        }
        boolean employment = fields.bool(node, "employment", PATH + ".employment");
        Optional<String> kind = fields.text(node, "accident", PATH + ".accident", false,
                "the kind of accident, \"" + AUTO + "\" or \"" + OTHER + "\"");
        boolean unknownKind = kind.isPresent() && !kind.get().equals(AUTO) && !kind.get().equals(OTHER);
        if (unknownKind) {
            fields.problem(PATH + ".accident", "unknown accident \"" + kind.get() + "\"; expected \"" + AUTO
                    + "\" (auto accident) or \"" + OTHER + "\" (any other accident)");
            kind = Optional.empty();
        }
        // An unknown kind is named once; the state and date that go with it are not refused again for want of one.
        Optional<String> state = unknownKind ? Optional.empty() : state(node, kind);
        Optional<LocalDate> accidentDate = date(node, "accidentDate", "the accident's date", dateOfService);
        if (kind.isPresent() && accidentDate.isEmpty() && !node.hasNonNull("accidentDate")) {
            fields.problem(PATH + ".accidentDate", "missing; an accident needs its date (box 15 qualifier 439,"
                    + " DTP*439)");
        }
        if (kind.isEmpty() && !unknownKind && node.hasNonNull("accidentDate")) {
            fields.problem(PATH + ".accidentDate", "an accident date without an accident; set \"accident\" to \""
                    + AUTO + "\" or \"" + OTHER + "\", or give a work injury's date as onsetDate");
        }
        Optional<LocalDate> onset = date(node, "onsetDate", "the date the condition began", dateOfService);
        Optional<LocalDate> initialTreatment = date(node, "initialTreatmentDate",
                "the date the patient was first treated for it", dateOfService);
        Optional<LocalDate> lastXray = date(node, "lastXrayDate", "the date of the last x-ray", dateOfService);
        Optional<Accident> accident = kind.isEmpty() || accidentDate.isEmpty() ? Optional.empty()
                : kind.get().equals(AUTO)
                ? state.map(code -> new Accident.Auto(code, accidentDate.get()))
                : Optional.of(new Accident.Other(accidentDate.get()));
        return new Circumstances(employment, accident, onset, initialTreatment, lastXray);
    }

    /** An auto accident's state, a USPS code; no other kind of accident has one. */
    private Optional<String> state(JsonNode node, Optional<String> kind) {
        String path = PATH + ".accidentState";
        boolean auto = kind.filter(AUTO::equals).isPresent();
        if (!auto) {
            if (node.hasNonNull("accidentState")) {
                fields.problem(path, "only an auto accident has a state (box 10b, CLM11-4); set \"accident\" to \""
                        + AUTO + "\" or leave the state out");
            }
            return Optional.empty();
        }
        Optional<String> state = fields.text(node, "accidentState", path, true,
                "the two-letter USPS code of the state the auto accident happened in, e.g. NY (box 10b)");
        if (state.isPresent() && references.state(state.get()).isEmpty()) {
            fields.problem(path, "unknown state \"" + state.get() + "\"; expected a USPS code such as OR or NY");
            return Optional.empty();
        }
        return state;
    }

    private Optional<LocalDate> date(JsonNode node, String field, String what, Optional<LocalDate> dateOfService) {
        String path = PATH + "." + field;
        Optional<LocalDate> date = fields.date(node, field, path, false, what);
        if (date.isPresent() && dateOfService.isPresent() && date.get().isAfter(dateOfService.get())) {
            fields.problem(path, what + " " + date.get() + " is after the date of service " + dateOfService.get());
            return Optional.empty();
        }
        if (date.isPresent() && date.get().isBefore(VisitReader.EARLIEST_CONDITION_DATE)) {
            fields.problem(path, what + " " + date.get() + " is before " + VisitReader.EARLIEST_CONDITION_DATE
                    + "; check the year");
            return Optional.empty();
        }
        return date;
    }
}
