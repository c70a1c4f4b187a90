package dev.cleanclaim.app.web.page;

import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.payer.PayerLookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The payers a form offers: the practice's directory entries first, then the rule-data packs, each by name. Self-pay
 * is offered once, as "Self-pay (the client pays)": a directory entry filing as 09 and the self-pay pack are the same
 * choice to the person at the desk.
 */
final class PayerChoices {

    static final String SELF_PAY_LABEL = "Self-pay (the client pays)";

    private PayerChoices() {
    }

    static List<Choice> of(PayerLookup payers) {
        List<Choice> choices = new ArrayList<>();
        boolean selfPayOffered = false;
        for (String id : payers.ids()) {
            Optional<Payer> payer = payers.find(id);
            if (payer.filter(Payer::selfPay).isPresent()) {
                if (!selfPayOffered) {
                    choices.add(new Choice(id, SELF_PAY_LABEL));
                    selfPayOffered = true;
                }
                continue;
            }
            choices.add(new Choice(id, payer.map(Payer::name).orElse(id)));
        }
        return choices;
    }
}
