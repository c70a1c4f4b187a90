package dev.cleanclaim.app.web.page;

import dev.cleanclaim.core.payer.PayerLookup;

import java.util.List;

/** The payers a form offers: the practice's directory entries first, then the rule-data packs, each by name. */
final class PayerChoices {

    private PayerChoices() {
    }

    static List<Choice> of(PayerLookup payers) {
        return payers.ids().stream().map(id -> new Choice(id, payers.find(id).map(payer -> payer.name()).orElse(id)))
                .toList();
    }
}
