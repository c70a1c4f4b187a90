package dev.cleanclaim.store;

import java.util.Objects;
import java.util.Optional;

/**
 * One field of a patient or visit as a change left it.
 *
 * @param field  the field's path as the API names it ("address.city", "services[1].minutes")
 * @param before empty when the change added the field
 * @param after  empty when the change removed the field
 */
public record FieldChange(String field, Optional<String> before, Optional<String> after) {
    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
