package dev.cleanclaim.core.fees;

import dev.cleanclaim.core.money.Money;

/** What the Medicare fee schedule says one unit of a code is worth on a date. */
public sealed interface MedicarePrice {

    /** Paid from the RVUs: the allowed amount of one unit, already rounded to the cent. */
    record Allowed(Money perUnit) implements MedicarePrice {
    }

    /** Never paid on its own (status B, N, I and the like): Medicare allows nothing for it. */
    record NotPaid(Rvu rvu) implements MedicarePrice {
    }

    /** Status C: payable, but the contractor sets the amount; the fee schedule cannot say what it will be. */
    record CarrierPriced(Rvu rvu) implements MedicarePrice {
    }

    /** The year's release has no row for the code (cleanclaim ships the codes these practices bill). */
    record NotListed(String code) implements MedicarePrice {
    }
}
