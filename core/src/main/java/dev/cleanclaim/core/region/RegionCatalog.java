package dev.cleanclaim.core.region;

import dev.cleanclaim.core.ruledata.UniqueIndex;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The body regions a visit may name, from rule data. */
public final class RegionCatalog {

    private final Map<String, BodyRegion> byId;
    private final Map<String, BodyRegion> bySubluxation = new HashMap<>();

    public RegionCatalog(Collection<BodyRegion> regions) {
        this.byId = Collections.unmodifiableMap(UniqueIndex.byKey(regions, BodyRegion::id, "region"));
        for (BodyRegion region : regions) {
            for (String code : region.subluxationDiagnoses()) {
                BodyRegion earlier = bySubluxation.putIfAbsent(code, region);
                if (earlier != null) {
                    throw new IllegalArgumentException("subluxation code " + code + " is listed for both "
                            + earlier.id() + " and " + region.id());
                }
            }
        }
    }

    /** The spinal region a subluxation code (M99.00-M99.05) concerns; empty for any other code, extraspinal ones included. */
    public Optional<BodyRegion> spinalRegionOfSubluxation(String code) {
        return Optional.ofNullable(bySubluxation.get(code));
    }

    public Optional<BodyRegion> find(String id) {
        return Optional.ofNullable(byId.get(id.trim().toLowerCase(Locale.ROOT)));
    }

    /** Region ids in data order, for error messages that list what is allowed. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}
