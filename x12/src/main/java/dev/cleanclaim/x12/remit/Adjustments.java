package dev.cleanclaim.x12.remit;

import dev.cleanclaim.core.remit.Adjustment;
import dev.cleanclaim.core.remit.AdjustmentGroup;
import dev.cleanclaim.x12.read.Segment;

import java.util.ArrayList;
import java.util.List;

/** CAS: one group (CAS01) and up to six reason, amount, quantity triplets (CAS02-04 ... CAS17-19). */
final class Adjustments {

    private static final int TRIPLETS = 6;

    private Adjustments() {
    }

    static List<Adjustment> of(Segment cas) {
        String code = cas.required(1, "the adjustment group");
        AdjustmentGroup group = AdjustmentGroup.parse(code).orElseThrow(() -> cas.problem(1,
                "not a claim adjustment group code: \"" + code + "\" (CO, CR, OA, PI or PR)"));
        List<Adjustment> adjustments = new ArrayList<>();
        for (int triplet = 0; triplet < TRIPLETS; triplet++) {
            int reason = 2 + 3 * triplet;
            if (!cas.has(reason) && !cas.has(reason + 1) && !cas.has(reason + 2)) {
                continue;
            }
            adjustments.add(new Adjustment(group, cas.required(reason, "the adjustment reason code"),
                    cas.amount(reason + 1), cas.quantity(reason + 2)));
        }
        if (adjustments.isEmpty()) {
            throw cas.problem(2, "the adjustment reason code is missing");
        }
        return adjustments;
    }
}
