package dev.cleanclaim.core.visit;

import dev.cleanclaim.core.region.BodyRegion;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One thing done in the visit, as the therapist recorded it: a code, a technique, or both.
 *
 * @param modifiers   the modifiers the biller chose; the engine keeps them and adds what rules require
 * @param assistant   furnished (in whole or part) by a PT or OT assistant
 * @param description what was done, required for unlisted codes such as 97139
 */
public record Service(
        Optional<String> code,
        Optional<String> technique,
        OptionalInt minutes,
        List<BodyRegion> regions,
        List<String> modifiers,
        boolean assistant,
        Optional<String> description) {

    public Service {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(minutes, "minutes");
        Objects.requireNonNull(description, "description");
        regions = List.copyOf(regions);
        modifiers = List.copyOf(modifiers);
        if (code.isEmpty() && technique.isEmpty()) {
            throw new IllegalArgumentException("a service needs a code or a technique");
        }
    }
}
