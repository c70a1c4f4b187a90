package dev.cleanclaim.core.remit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which cleanclaim rules should have caught an adjustment before the claim went out, from rule data. A trace keyed
 * by a remark code as well is more specific than one keyed by the reason alone.
 *
 * @param group  empty: any group
 * @param reason the CARC
 * @param remark empty: any remarks
 */
public record DenialTrace(Optional<AdjustmentGroup> group, String reason, Optional<String> remark, List<String> ruleIds,
                          String why) {
    public DenialTrace {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(remark, "remark");
        ruleIds = List.copyOf(ruleIds);
        Objects.requireNonNull(why, "why");
        if (ruleIds.isEmpty()) {
            throw new IllegalArgumentException("a denial trace names at least one rule");
        }
    }

    boolean matches(Adjustment adjustment, List<String> remarks) {
        return group.map(adjustment.group()::equals).orElse(true) && reason.equals(adjustment.reason())
                && remark.map(remarks::contains).orElse(true);
    }

    int specificity() {
        return (group.isPresent() ? 1 : 0) + (remark.isPresent() ? 2 : 0);
    }
}
