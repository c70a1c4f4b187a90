package dev.cleanclaim.core.region;

import dev.cleanclaim.core.ruledata.UniqueIndex;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The body regions a visit may name, from rule data. */
public final class RegionCatalog {

    private final Map<String, BodyRegion> byId;

    public RegionCatalog(Collection<BodyRegion> regions) {
        this.byId = Collections.unmodifiableMap(UniqueIndex.byKey(regions, BodyRegion::id, "region"));
    }

    public Optional<BodyRegion> find(String id) {
        return Optional.ofNullable(byId.get(id.trim().toLowerCase(Locale.ROOT)));
    }

    /** Region ids in data order, for error messages that list what is allowed. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}
