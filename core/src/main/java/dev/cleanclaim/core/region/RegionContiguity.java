package dev.cleanclaim.core.region;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Which body regions touch (cervical and thoracic do; cervical and pelvic do not), from rule data. */
public final class RegionContiguity {

    private final Set<String> pairs = new HashSet<>();

    public RegionContiguity(Collection<String[]> touchingPairs) {
        for (String[] pair : touchingPairs) {
            pairs.add(key(pair[0], pair[1]));
        }
    }

    public boolean contiguous(BodyRegion first, BodyRegion second) {
        return pairs.contains(key(first.id(), second.id()));
    }

    /** True when any region of one set is the same as, or touches, any region of the other. */
    public boolean sameOrContiguous(Collection<BodyRegion> first, Collection<BodyRegion> second) {
        for (BodyRegion a : first) {
            for (BodyRegion b : second) {
                if (a.equals(b) || contiguous(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
