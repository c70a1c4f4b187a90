package dev.cleanclaim.core.visit;

import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.payer.Payer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One patient encounter on one date, as recorded: what was done, by whom, why, and who pays.
 *
 * @param patient who was treated and their insurance; needed to send the claim (837P, CMS-1500), not to scrub it
 */
public record Visit(
        LocalDate dateOfService,
        Payer payer,
        Provider provider,
        List<Diagnosis> diagnoses,
        List<Service> services,
        Documentation documentation,
        Optional<Patient> patient) {

    public Visit {
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(documentation, "documentation");
        Objects.requireNonNull(patient, "patient");
        diagnoses = List.copyOf(diagnoses);
        services = List.copyOf(services);
        if (services.isEmpty()) {
            throw new IllegalArgumentException("a visit needs at least one service");
        }
    }
}
