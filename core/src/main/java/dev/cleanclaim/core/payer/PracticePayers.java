package dev.cleanclaim.core.payer;

import dev.cleanclaim.core.practice.PayerAccount;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The practice's payer directory over the rule-data packs: an id of the directory is that insurer billed under its
 * pack ({@link Payer#asAccount}); any other id is looked up among the packs, so visits and patients that name a
 * pack (medicare, commercial, self-pay) keep working.
 */
public final class PracticePayers implements PayerLookup {

    private final PayerLookup packs;
    private final Map<String, PayerAccount> accounts;

    public PracticePayers(PayerLookup packs, Map<String, PayerAccount> accounts) {
        this.packs = packs;
        this.accounts = Map.copyOf(accounts);
    }

    @Override
    public Optional<Payer> find(String id) {
        String given = id.trim();
        // The id as the directory spells it, else in lower case as ids are written.
        String key = accounts.containsKey(given) ? given : given.toLowerCase(Locale.ROOT);
        PayerAccount account = accounts.get(key);
        if (account == null) {
            return packs.find(id);
        }
        return packs.find(account.pack()).map(pack -> pack.asAccount(key, account));
    }

    @Override
    public List<String> ids() {
        List<String> ids = new ArrayList<>(accounts.keySet().stream().sorted().toList());
        packs.ids().stream().filter(id -> !accounts.containsKey(id)).forEach(ids::add);
        return ids;
    }
}
