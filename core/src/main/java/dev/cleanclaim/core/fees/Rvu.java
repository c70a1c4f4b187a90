package dev.cleanclaim.core.fees;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One code's row of a Medicare physician fee schedule release (PPRRVU): its payment status and its relative value
 * units, with the practice expense of a non-facility setting (an office), where these practices work.
 *
 * @param status CMS status code: A, R and T are paid from the RVUs; C is priced by each contractor; B (bundled),
 *               N (not covered), I (not valid for Medicare) and the rest are never paid on their own
 */
public record Rvu(String code, String status, BigDecimal work, BigDecimal practiceExpense, BigDecimal malpractice) {

    public Rvu {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(practiceExpense, "practiceExpense");
        Objects.requireNonNull(malpractice, "malpractice");
    }

    public boolean paid() {
        return status.equals("A") || status.equals("R") || status.equals("T");
    }

    /** Status C: payable, but each contractor sets the amount, so the fee schedule holds none. */
    public boolean carrierPriced() {
        return status.equals("C");
    }

    /** What status B, N and I mean for a biller, or empty for the other statuses. */
    public Optional<String> unpaidReason() {
        return Optional.ofNullable(switch (status) {
            case "B" -> "Medicare status B: always bundled into other services, never paid separately";
            case "N" -> "Medicare status N: not a covered service";
            case "I" -> "Medicare status I: not valid for Medicare; another code is used";
            default -> null;
        });
    }
}
