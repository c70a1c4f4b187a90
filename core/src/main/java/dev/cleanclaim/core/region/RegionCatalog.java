package dev.cleanclaim.core.region;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The body regions a visit may name, from rule data. */
public final class RegionCatalog {

    private final Map<String, BodyRegion> byId;

    public RegionCatalog(Collection<BodyRegion> regions) {
        Map<String, BodyRegion> map = new LinkedHashMap<>();
        for (BodyRegion region : regions) {
            if (map.putIfAbsent(region.id(), region) != null) {
                throw new IllegalArgumentException("region " + region.id() + " is listed twice");
            }
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    public Optional<BodyRegion> find(String id) {
        return Optional.ofNullable(byId.get(id.trim().toLowerCase(Locale.ROOT)));
    }

    /** Region ids in data order, for error messages that list what is allowed. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}
