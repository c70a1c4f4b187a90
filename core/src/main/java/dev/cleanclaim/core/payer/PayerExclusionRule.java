package dev.cleanclaim.core.payer;

import dev.cleanclaim.core.catalog.CatalogCode;
import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.claim.Remedy;
import dev.cleanclaim.core.scrub.CodeNotes;
import dev.cleanclaim.core.scrub.LineSelector;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.RuleParams;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * payer.excluded: codes a plan will not reimburse (the seed's Blue Cross plan: 97124 and 97140). Who pays depends
 * on the company they keep: billed with manipulation or other physical medicine they are denied as incidental,
 * the provider's liability; billed alone they are a subscriber contract exclusion, the patient's liability.
 */
public final class PayerExclusionRule implements Rule, CodeNotes {

    static final String ID = "payer.excluded";

    private final LineSelector excluded;
    private final Set<String> incidentalWith;

    public PayerExclusionRule(RuleParams params) {
        params.allowOnly("codes", "families", "incidentalWithFamilies");
        this.excluded = LineSelector.from(params);
        this.incidentalWith = Set.copyOf(params.list("incidentalWithFamilies"));
        if (excluded.isEmpty()) {
            throw new IllegalArgumentException(params.owner() + ": payer.excluded needs codes or families");
        }
    }

    @Override
    public List<String> notesOn(CatalogCode code) {
        if (excluded.isEmpty() || !excluded.matches(code.code(), code.family())) {
            return List.of();
        }
        return List.of(incidentalWith.isEmpty()
                ? "not reimbursed by this plan (payer.excluded): write it off"
                : "not reimbursed by this plan (payer.excluded); with " + String.join(", ", incidentalWith.stream().sorted().toList())
                        + " on the same claim it is incidental to them");
    }

    @Override
    public void apply(ScrubContext context) {
        List<String> codes = new ArrayList<>(2);
        List<String> companions = new ArrayList<>(2);
        for (LineDraft line : context.lines()) {
            if (excluded.matches(line)) {
                codes.add(line.code());
            } else if (incidentalWith.contains(line.entry().family())) {
                companions.add(line.code());
            }
        }
        if (codes.isEmpty()) {
            return;
        }
        String plan = context.payer().name();
        if (!companions.isEmpty()) {
            context.findings().error(ID, codes, plan + " does not reimburse " + String.join(", ", codes)
                            + ": billed with " + String.join(", ", companions) + " it is denied as incidental to them,"
                            + " the provider's liability (the patient may not be billed).",
                    "Remove " + String.join(", ", codes) + " from this claim; write it off, do not bill the patient.",
                    dropAlone(codes));
        } else {
            context.findings().error(ID, codes, plan + " does not reimburse " + String.join(", ", codes)
                            + ": billed alone it is a subscriber contract exclusion, the patient's liability.",
                    "Do not send it to " + plan + "; bill the patient directly (self-pay) and tell them the plan excludes it.");
        }
    }

    /** One excluded code is dropped in one click; a remedy is one edit, so two are left to the biller's hand. */
    private static Optional<Remedy> dropAlone(List<String> codes) {
        return codes.size() == 1 ? Optional.of(new Remedy.DropService(codes.get(0))) : Optional.empty();
    }
}
