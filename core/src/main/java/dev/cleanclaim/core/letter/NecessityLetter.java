package dev.cleanclaim.core.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A letter of medical necessity kept with the client: the physician's recommendation that massage therapy treats a
 * named condition, which an HSA or FSA administrator needs before it pays for massage (IRS Publication 502: medical
 * care treats a specific condition; care for general health is not medical care). It is valid for a period,
 * usually twelve months, after which the physician renews it.
 *
 * @param diagnoses ICD-10-CM codes, dotted, in the physician's order
 * @param condition the condition treated, in words ("chronic low back pain with muscle spasm")
 * @param treatment the treatment recommended ("therapeutic massage")
 * @param frequency how often ("once a week")
 * @param duration  for how long ("12 weeks")
 */
public record NecessityLetter(LocalDate issuedOn, LocalDate validFrom, LocalDate validThrough, Physician physician,
                              List<String> diagnoses, String condition, String treatment, String frequency,
                              String duration) {

    public NecessityLetter {
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validThrough, "validThrough");
        Objects.requireNonNull(physician, "physician");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(duration, "duration");
        diagnoses = List.copyOf(diagnoses);
        if (validThrough.isBefore(validFrom)) {
            throw new IllegalArgumentException("a letter valid through " + validThrough + " ends before it starts, " + validFrom);
        }
        if (diagnoses.isEmpty()) {
            throw new IllegalArgumentException("a letter of medical necessity names at least one diagnosis");
        }
    }

    /** Whether an HSA or FSA administrator would accept it for a service on this day. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validThrough);
    }
}
