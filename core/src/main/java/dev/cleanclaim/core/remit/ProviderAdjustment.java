package dev.cleanclaim.core.remit;

import dev.cleanclaim.core.money.Money;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One provider-level adjustment of a PLB segment, not tied to any claim: an interest payment, a recovered
 * overpayment, a withholding. A positive amount lowers the check; a negative one raises it.
 *
 * @param reason    PLB03-1 (e.g. L6 interest, WO overpayment recovery, FB forwarding balance, 72 authorized return)
 * @param reference PLB03-2, often the payer's claim number an overpayment is recovered from
 */
public record ProviderAdjustment(String providerId, LocalDate fiscalPeriodEnd, String reason,
                                 Optional<String> reference, Money amount) {
    public ProviderAdjustment {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(fiscalPeriodEnd, "fiscalPeriodEnd");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
    }
}
