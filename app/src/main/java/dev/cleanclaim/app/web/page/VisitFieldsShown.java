package dev.cleanclaim.app.web.page;

import dev.cleanclaim.core.payer.ClaimFilingIndicator;
import dev.cleanclaim.core.payer.Payer;

import java.util.Optional;

/**
 * Which of the visit form's narrower fields apply to this visit, so a massage therapist's self-pay visit shows no
 * assistant (PTA) checkbox and no Medicare boxes: the assistant checkbox when a provider offered is an assistant
 * (PTA, OTA), the ABN and KX boxes when the visit's payer is Medicare or runs the KX threshold. A field that already
 * holds a value is always shown, so nothing typed is dropped from view.
 */
public record VisitFieldsShown(boolean assistant, boolean medicare) {

    public static final VisitFieldsShown ALL = new VisitFieldsShown(true, true);

    static VisitFieldsShown of(boolean assistantOffered, Optional<Payer> payer) {
        boolean medicare = payer.map(found -> ClaimFilingIndicator.isMedicare(found.claimFilingIndicator())
                || found.applies("modifier.kx")).orElse(true);
        return new VisitFieldsShown(assistantOffered, medicare);
    }
}
