package dev.cleanclaim.core.remit;

import dev.cleanclaim.core.money.Money;

import java.util.Objects;

/**
 * What a remittance line says against the practice's contract with the payer: allowed as agreed, allowed less (an
 * underpayment to appeal), or nothing allowed at all (a denial, which the denial explanations deal with).
 */
public sealed interface ContractCheck {

    int lineNumber();

    String code();

    /** The payer allowed at least the contracted amount. */
    record AsContracted(int lineNumber, String code, Money expected, Money allowed) implements ContractCheck {
        public AsContracted {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(allowed, "allowed");
        }
    }

    /**
     * The payer allowed less than the contract: the practice is owed {@code shortBy} (from the payer, or from the
     * patient where the patient's share was figured on the lower amount).
     */
    record Underpayment(int lineNumber, String code, Money expected, Money allowed, Money shortBy)
            implements ContractCheck {
        public Underpayment {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(allowed, "allowed");
            if (!shortBy.equals(expected.minus(allowed)) || shortBy.compareTo(Money.ZERO) <= 0) {
                throw new IllegalArgumentException(code + ": an underpayment is short by expected minus allowed, more"
                        + " than nothing; got " + shortBy + " for " + expected + " expected and " + allowed + " allowed");
            }
        }
    }

    /** The payer allowed nothing (or reversed the line): a denial or a reversal, not a price below the contract. */
    record NothingAllowed(int lineNumber, String code, Money expected) implements ContractCheck {
        public NothingAllowed {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(expected, "expected");
        }
    }
}
