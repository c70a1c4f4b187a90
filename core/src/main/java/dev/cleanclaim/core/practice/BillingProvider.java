package dev.cleanclaim.core.practice;

import java.util.Objects;
import java.util.Optional;

/**
 * Who bills and is paid (837P loop 2010AA; CMS-1500 boxes 25 and 33).
 *
 * @param taxId     the employer identification number (9 digits), or the SSN of a sole practitioner
 * @param taxonomy  NUCC provider taxonomy code, e.g. 225700000X for a massage therapist
 */
public record BillingProvider(String name, String npi, String taxId, boolean taxIdIsSsn, String taxonomy,
                              Address address, Optional<String> phone) {

    public BillingProvider {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(npi, "npi");
        Objects.requireNonNull(taxId, "taxId");
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(phone, "phone");
    }
}
