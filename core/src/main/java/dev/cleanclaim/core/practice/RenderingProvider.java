package dev.cleanclaim.core.practice;

import dev.cleanclaim.core.catalog.ProviderType;

import java.util.Objects;
import java.util.Optional;

/**
 * A therapist or doctor who renders services (837P loop 2310B; CMS-1500 box 24J), found by NPI.
 *
 * @param licenseState  the state that issued the licence (USPS code)
 * @param active        false for someone who has left: kept for the claims they rendered, offered for no new visit
 * @param supervisorNpi who supervises this provider: a PTA's or OTA's supervising PT or OT, an employed massage
 *                      therapist's chiropractor or physician. Payers that do not enroll the supervised provider
 *                      are billed under the supervisor
 */
public record RenderingProvider(String firstName, String lastName, ProviderType type, String npi, String taxonomy,
                                Optional<String> licenseNumber, Optional<String> licenseState, boolean active,
                                Optional<String> supervisorNpi) {

    public RenderingProvider {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(npi, "npi");
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(licenseNumber, "licenseNumber");
        Objects.requireNonNull(licenseState, "licenseState");
        Objects.requireNonNull(supervisorNpi, "supervisorNpi");
    }

    /** An active provider with no licence state and no supervisor. */
    public RenderingProvider(String firstName, String lastName, ProviderType type, String npi, String taxonomy,
                             Optional<String> licenseNumber) {
        this(firstName, lastName, type, npi, taxonomy, licenseNumber, Optional.empty(), true, Optional.empty());
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
