package dev.cleanclaim.core.visit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The accident the condition came from. An auto accident names the state (or province) it happened in, since the
 * car insurance that pays first is that state's no-fault law's; either kind has its date (box 15 qualifier 439,
 * DTP*439), which the 837P guide requires whenever CLM11 says accident.
 */
public sealed interface Accident {

    LocalDate date();

    RelatedCause cause();

    /** @param state the USPS code of the state the accident happened in (box 10b, CLM11-4) */
    record Auto(String state, LocalDate date) implements Accident {
        public Auto {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(date, "date");
            if (!state.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("an auto accident's state is a two-letter code, got \"" + state + "\"");
            }
        }

        @Override
        public RelatedCause cause() {
            return RelatedCause.AUTO_ACCIDENT;
        }
    }

    /** Any accident other than an auto accident: a fall, a sports injury. */
    record Other(LocalDate date) implements Accident {
        public Other {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public RelatedCause cause() {
            return RelatedCause.OTHER_ACCIDENT;
        }
    }
}
