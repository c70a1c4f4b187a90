package dev.cleanclaim.x12.remit;

import dev.cleanclaim.core.remit.ProviderAdjustment;
import dev.cleanclaim.x12.read.Segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PLB: the provider (PLB01) and fiscal period (PLB02), then up to six pairs of a reason:reference composite and an
 * amount (PLB03/04 ... PLB13/14). Each pair is one adjustment.
 */
final class ProviderAdjustments {

    private static final int PAIRS = 6;

    private ProviderAdjustments() {
    }

    static List<ProviderAdjustment> of(Segment plb) {
        String provider = plb.required(1, "the provider identifier");
        LocalDate fiscalPeriodEnd = plb.date(2);
        List<ProviderAdjustment> adjustments = new ArrayList<>();
        for (int pair = 0; pair < PAIRS; pair++) {
            int identifier = 3 + 2 * pair;
            if (!plb.has(identifier) && !plb.has(identifier + 1)) {
                continue;
            }
            String reason = plb.component(identifier, 1);
            if (reason.isEmpty()) {
                throw plb.problem(identifier, "the adjustment reason code is missing");
            }
            String reference = plb.component(identifier, 2);
            adjustments.add(new ProviderAdjustment(provider, fiscalPeriodEnd, reason,
                    reference.isEmpty() ? Optional.empty() : Optional.of(reference), plb.amount(identifier + 1)));
        }
        if (adjustments.isEmpty()) {
            throw plb.problem(3, "the adjustment reason code is missing");
        }
        return adjustments;
    }
}
