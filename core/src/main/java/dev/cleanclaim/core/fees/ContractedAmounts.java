package dev.cleanclaim.core.fees;

import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.scrub.ScrubContext;

/**
 * Prices lines at what the practice contracted with the payer: the contracted amount per unit times the units. Runs
 * after Medicare pricing, so a contract wins where it has the code: it is what this payer agreed to allow the
 * practice, and an 835 that allows less is an underpayment ({@link dev.cleanclaim.core.remit.Underpayments}).
 */
public final class ContractedAmounts {

    private ContractedAmounts() {
    }

    public static void price(ScrubContext context) {
        for (LineDraft line : context.lines()) {
            context.payer().contractedFor(line.code(), line.units()).ifPresent(line::setAllowed);
        }
    }
}
