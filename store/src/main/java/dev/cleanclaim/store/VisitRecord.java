package dev.cleanclaim.store;

import java.time.LocalDate;
import java.util.Objects;

/** A visit as recorded: whose, by whom, when, billed to which payer, and the visit contract JSON as entered. */
public record VisitRecord(long patientId, long providerId, LocalDate dateOfService, String payerId, String body) {
    public VisitRecord {
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(body, "body");
    }
}
