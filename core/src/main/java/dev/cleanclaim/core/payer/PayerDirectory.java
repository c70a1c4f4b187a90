package dev.cleanclaim.core.payer;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The payers rule data knows, by id (medicare, bcbs, uhc, ...). */
public final class PayerDirectory {

    private final Map<String, Payer> byId;

    public PayerDirectory(Collection<Payer> payers) {
        Map<String, Payer> map = new LinkedHashMap<>();
        for (Payer payer : payers) {
            if (map.putIfAbsent(payer.id(), payer) != null) {
                throw new IllegalArgumentException("payer " + payer.id() + " is defined twice");
            }
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    public Optional<Payer> find(String id) {
        return Optional.ofNullable(byId.get(id.trim().toLowerCase(Locale.ROOT)));
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}
