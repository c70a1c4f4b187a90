package dev.cleanclaim.store;

import dev.cleanclaim.core.money.Money;

import java.time.Instant;
import java.time.LocalDate;

/** A received remittance as a list shows it, with how many of its claims were posted and how many wait. */
public record RemittanceSummary(long id, String payerName, String payerId, String traceNumber, LocalDate paymentDate,
                                Money totalPaid, String method, String payeeName, String fileName, Instant receivedAt,
                                String receivedBy, int claims, int unmatched) {
}
