package dev.cleanclaim.app.web.page;

import java.util.List;

/** One remittance: the payment, every claim payment in it (posted or queued), and the provider adjustments. */
public record RemittanceDetailView(RemittanceListView.Row summary, String payee, List<PaymentView> payments,
                                   List<ProviderAdjustmentRow> providerAdjustments, String claimsTotal,
                                   String providerAdjustmentsTotal, boolean balances) {

    public RemittanceDetailView {
        payments = List.copyOf(payments);
        providerAdjustments = List.copyOf(providerAdjustments);
    }

    public record ProviderAdjustmentRow(String provider, String periodEnd, String reason, String meaning,
                                        String reference, String amount) {
    }
}
