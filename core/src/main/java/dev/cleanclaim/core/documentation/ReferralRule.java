package dev.cleanclaim.core.documentation;

import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.scrub.LineSelector;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.RuleParams;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.util.List;

/**
 * doc.referral: the payer pays the selected services only with a physician's referral or prescription on file
 * (massage therapists cannot diagnose; most commercial plans want a referral before they pay for massage).
 */
public final class ReferralRule implements Rule {

    static final String ID = "doc.referral";

    private final LineSelector selector;
    private final Severity severity;

    public ReferralRule(RuleParams params) {
        params.allowOnly("codes", "families", "severity");
        this.selector = LineSelector.from(params);
        this.severity = params.severity("severity", Severity.ERROR);
    }

    @Override
    public void apply(ScrubContext context) {
        if (context.visit().documentation().referral()) {
            return;
        }
        List<String> codes = context.lines().stream().filter(selector::matches).map(LineDraft::code).toList();
        if (codes.isEmpty()) {
            return;
        }
        String message = context.payer().name() + " pays " + String.join(", ", codes)
                + " only with a physician's referral or prescription on file, and none is documented.";
        context.findings().add(ID, severity, codes, message,
                "Get the physician's referral or prescription, keep it on file, name the referring physician"
                        + " (box 17) and mark the visit as having the referral on file.");
    }
}
