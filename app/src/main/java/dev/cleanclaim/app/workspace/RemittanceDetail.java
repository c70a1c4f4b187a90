package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.remit.ProviderAdjustment;
import dev.cleanclaim.store.PostedPayment;
import dev.cleanclaim.store.RemittanceSummary;

import java.util.List;

/** One received remittance: the payment, each claim payment as posted or queued, and the provider adjustments. */
public record RemittanceDetail(RemittanceSummary summary, List<PostedPayment> payments,
                               List<ProviderAdjustment> providerAdjustments) {
    public RemittanceDetail {
        payments = List.copyOf(payments);
        providerAdjustments = List.copyOf(providerAdjustments);
    }
}
