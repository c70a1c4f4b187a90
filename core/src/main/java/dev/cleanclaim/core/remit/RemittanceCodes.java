package dev.cleanclaim.core.remit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The code lists a remittance is read with: what each CARC and RARC means, and which rules trace each kind of
 * denial, all from rule data.
 */
public final class RemittanceCodes {

    private final Map<String, ReasonCode> reasons;
    private final Map<String, ReasonCode> remarks;
    private final Map<String, String> providerAdjustmentReasons;
    private final List<DenialTrace> traces;

    public RemittanceCodes(Map<String, ReasonCode> reasons, Map<String, ReasonCode> remarks,
                           Map<String, String> providerAdjustmentReasons, List<DenialTrace> traces) {
        this.reasons = Map.copyOf(reasons);
        this.remarks = Map.copyOf(remarks);
        this.providerAdjustmentReasons = Map.copyOf(providerAdjustmentReasons);
        this.traces = List.copyOf(traces);
    }

    public Optional<ReasonCode> reason(String code) {
        return Optional.ofNullable(reasons.get(code));
    }

    public Optional<ReasonCode> remark(String code) {
        return Optional.ofNullable(remarks.get(code));
    }

    /** What a PLB adjustment reason (interest, overpayment recovery, ...) means. */
    public Optional<String> providerAdjustmentReason(String code) {
        return Optional.ofNullable(providerAdjustmentReasons.get(code));
    }

    /** The most specific trace for the adjustment given the remarks that came with it. */
    public Optional<DenialTrace> trace(Adjustment adjustment, List<String> remarkCodes) {
        return traces.stream().filter(trace -> trace.matches(adjustment, remarkCodes))
                .max(Comparator.comparingInt(DenialTrace::specificity));
    }

    public int reasonCount() {
        return reasons.size();
    }

    public int remarkCount() {
        return remarks.size();
    }
}
