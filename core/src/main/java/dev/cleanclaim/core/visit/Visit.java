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
 * @param circumstances whether the condition is related to employment or an accident, and its dates (boxes 10, 14, 15)
 */
public record Visit(
        LocalDate dateOfService,
        Payer payer,
        Provider provider,
        List<Diagnosis> diagnoses,
        List<Service> services,
        Documentation documentation,
        Optional<Patient> patient,
        Circumstances circumstances) {

    public Visit {
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(documentation, "documentation");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(circumstances, "circumstances");
        diagnoses = List.copyOf(diagnoses);
        services = List.copyOf(services);
        if (services.isEmpty()) {
            throw new IllegalArgumentException("a visit needs at least one service");
        }
        circumstances.dateAfter(dateOfService).ifPresent(date -> {
            throw new IllegalArgumentException("the " + date + " is after the date of service " + dateOfService);
        });
    }

    /** A visit with nothing known of how the condition came about ({@link Circumstances#NONE}). */
    public Visit(LocalDate dateOfService, Payer payer, Provider provider, List<Diagnosis> diagnoses,
                 List<Service> services, Documentation documentation, Optional<Patient> patient) {
        this(dateOfService, payer, provider, diagnoses, services, documentation, patient, Circumstances.NONE);
    }
}
