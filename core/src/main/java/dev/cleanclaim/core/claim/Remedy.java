package dev.cleanclaim.core.claim;

import java.util.Objects;

/**
 * An edit of the visit that resolves a finding, precise enough for a screen to apply it in one click. A finding's
 * fix text says what to do in words; a remedy says it as data, and only where the engine can be sure of the edit.
 * The person still chooses to apply it: nothing is changed behind their back.
 */
public sealed interface Remedy {

    /** A short imperative a button can carry, e.g. "Add M25.512 for left-shoulder". */
    String label();

    /** Adds a diagnosis for a body region, so lines on that region can point to it. */
    record AddDiagnosis(String code, String region) implements Remedy {
        public AddDiagnosis {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(region, "region");
        }

        @Override
        public String label() {
            return "Add " + code + " for " + region;
        }
    }

    /** Appends a modifier to every service of the visit billed under this code. */
    record AppendModifier(String code, String modifier) implements Remedy {
        public AppendModifier {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(modifier, "modifier");
        }

        @Override
        public String label() {
            return "Append " + modifier + " to " + code;
        }
    }

    /** Removes the services billed under this code from the visit. */
    record DropService(String code) implements Remedy {
        public DropService {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public String label() {
            return "Drop " + code;
        }
    }
}
