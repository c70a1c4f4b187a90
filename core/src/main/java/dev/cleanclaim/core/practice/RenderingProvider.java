package dev.cleanclaim.core.practice;

import dev.cleanclaim.core.catalog.ProviderType;

import java.util.Objects;
import java.util.Optional;

/** A therapist or doctor who renders services (837P loop 2310B; CMS-1500 box 24J), found by NPI. */
public record RenderingProvider(String firstName, String lastName, ProviderType type, String npi, String taxonomy,
                                Optional<String> licenseNumber) {

    public RenderingProvider {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(npi, "npi");
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(licenseNumber, "licenseNumber");
    }
}
