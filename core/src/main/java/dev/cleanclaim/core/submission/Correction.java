package dev.cleanclaim.core.submission;

import java.util.Objects;

/**
 * A claim sent to correct one the payer already decided: a replacement (all of the claim sent again, as it should
 * have been) or a void (take the claim back). The payer finds the claim it corrects by its own claim number.
 *
 * @param payerClaimNumber the payer's number for the claim corrected (277CA REF*1K or 835 CLP07), sent in REF*F8
 */
public record Correction(ClaimFrequency frequency, String payerClaimNumber) {
    public Correction {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(payerClaimNumber, "payerClaimNumber");
        if (!frequency.corrects()) {
            throw new IllegalArgumentException("a correction replaces or voids a claim; an original claim corrects nothing");
        }
        if (payerClaimNumber.isBlank()) {
            throw new IllegalArgumentException("a correction names the payer's claim number of the claim it corrects");
        }
    }
}
