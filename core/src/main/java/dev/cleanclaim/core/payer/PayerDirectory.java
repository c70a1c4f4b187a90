package dev.cleanclaim.core.payer;

import dev.cleanclaim.core.ruledata.UniqueIndex;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The payer packs rule data knows, by id (medicare, bcbs, uhc, ...). */
public final class PayerDirectory implements PayerLookup {

    private final Map<String, Payer> byId;

    public PayerDirectory(Collection<Payer> payers) {
        this.byId = Collections.unmodifiableMap(UniqueIndex.byKey(payers, Payer::id, "payer"));
    }

    @Override
    public Optional<Payer> find(String id) {
        return Optional.ofNullable(byId.get(id.trim().toLowerCase(Locale.ROOT)));
    }

    @Override
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}
