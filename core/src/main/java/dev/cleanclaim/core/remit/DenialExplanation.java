package dev.cleanclaim.core.remit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One adjustment of a remittance explained for a biller: what its reason and remark codes mean, which line it
 * concerns, and, where one exists, the cleanclaim rule that should have caught it with what that rule said.
 *
 * @param procedureCode the line's code; empty for a claim-level adjustment
 * @param remarks       the remark codes that came with the adjustment, each with its meaning where known
 */
public record DenialExplanation(Adjustment adjustment, Optional<String> procedureCode, Optional<ReasonCode> reason,
                                List<Remark> remarks, Optional<Trace> trace) {
    public DenialExplanation {
        Objects.requireNonNull(adjustment, "adjustment");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(reason, "reason");
        remarks = List.copyOf(remarks);
        Objects.requireNonNull(trace, "trace");
    }

    /** "CO-97: The benefit for this service is included ...", or the bare code when the list lacks it. */
    public String meaning() {
        return reason.map(ReasonCode::meaning).orElse("reason code " + adjustment.reason() + " is not in the CARC list");
    }

    public record Remark(String code, Optional<String> meaning) {
        public Remark {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(meaning, "meaning");
        }
    }

    /** The rules traced to the denial, why, and what they said about this claim. */
    public record Trace(List<String> ruleIds, String why, RuleVerdict verdict) {
        public Trace {
            ruleIds = List.copyOf(ruleIds);
            Objects.requireNonNull(why, "why");
            Objects.requireNonNull(verdict, "verdict");
        }
    }
}
