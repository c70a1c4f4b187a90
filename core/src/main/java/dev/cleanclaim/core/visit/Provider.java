package dev.cleanclaim.core.visit;

import dev.cleanclaim.core.catalog.ProviderType;

import java.util.Objects;
import java.util.Optional;

/**
 * Who rendered the visit.
 *
 * @param employedBy for a massage therapist working for a chiropractor or physician: the employer's type, which
 *                   changes who may bill the service
 */
public record Provider(ProviderType type, Optional<String> npi, Optional<ProviderType> employedBy) {

    public Provider {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(npi, "npi");
        Objects.requireNonNull(employedBy, "employedBy");
    }
}
