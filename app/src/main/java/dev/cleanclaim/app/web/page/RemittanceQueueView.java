package dev.cleanclaim.app.web.page;

import java.util.List;

/**
 * The payments that matched none of our claims, each with its reason and a way to post it.
 *
 * @param notice what the last retry did, or null
 */
public record RemittanceQueueView(FormState form, String notice, List<PaymentView> payments, Pager pager) {
    public RemittanceQueueView {
        payments = List.copyOf(payments);
    }
}
