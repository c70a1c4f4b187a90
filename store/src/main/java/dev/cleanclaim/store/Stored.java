package dev.cleanclaim.store;

import java.util.Objects;

/**
 * A value as stored: its id and the version an update must name. A second writer who read an older version gets
 * a conflict instead of silently overwriting the first writer's change.
 */
public record Stored<T>(long id, int version, T value) {
    public Stored {
        Objects.requireNonNull(value, "value");
    }
}
