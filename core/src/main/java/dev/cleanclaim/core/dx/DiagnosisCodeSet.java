package dev.cleanclaim.core.dx;

import dev.cleanclaim.core.time.EffectivePeriod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One fiscal year of ICD-10-CM: every code with whether it is billable (a leaf) and its description.
 * Held as sorted parallel arrays, not a map, because the full set is ~98,000 codes.
 */
public final class DiagnosisCodeSet {

    /** One code of the set. */
    public record Entry(String code, boolean billable, String description) {
    }

    private final String name;
    private final EffectivePeriod period;
    private final String[] codes;
    private final String[] descriptions;
    private final BitSet billable;
    private static final int MEMO_LIMIT = 20_000;
    private final ConcurrentHashMap<String, Presence> recent = new ConcurrentHashMap<>();

    public DiagnosisCodeSet(String name, EffectivePeriod period, List<Entry> entries) {
        this.name = name;
        this.period = period;
        Entry[] sorted = entries.toArray(Entry[]::new);
        Arrays.sort(sorted, (a, b) -> a.code().compareTo(b.code()));
        this.codes = new String[sorted.length];
        this.descriptions = new String[sorted.length];
        this.billable = new BitSet(sorted.length);
        for (int i = 0; i < sorted.length; i++) {
            if (i > 0 && sorted[i].code().equals(sorted[i - 1].code())) {
                throw new IllegalArgumentException(name + ": diagnosis " + sorted[i].code() + " is listed twice");
            }
            codes[i] = sorted[i].code();
            descriptions[i] = sorted[i].description();
            billable.set(i, sorted[i].billable());
        }
    }

    /** For example "ICD-10-CM FY2026". */
    public String name() {
        return name;
    }

    public EffectivePeriod period() {
        return period;
    }

    public int size() {
        return codes.length;
    }

    /**
     * Whether the code is in the set and billable: the check every claim makes. A practice bills the same few
     * hundred diagnoses over and over, so answers are remembered (up to a bound) instead of searched again.
     */
    public Presence presence(String dottedCode) {
        Presence known = recent.get(dottedCode);
        if (known != null) {
            return known;
        }
        int index = Arrays.binarySearch(codes, dottedCode);
        Presence presence = index < 0 ? Presence.UNKNOWN : billable.get(index) ? Presence.BILLABLE : Presence.HEADER;
        if (recent.size() < MEMO_LIMIT) {
            recent.put(dottedCode, presence);
        }
        return presence;
    }

    /** What {@link #presence} answers. */
    public enum Presence { BILLABLE, HEADER, UNKNOWN }

    public Optional<Entry> find(String dottedCode) {
        int index = Arrays.binarySearch(codes, dottedCode);
        return index < 0 ? Optional.empty() : Optional.of(entryAt(index));
    }

    /** The billable codes under a header code, in code order, at most {@code limit}. */
    public List<Entry> billableUnder(String headerCode, int limit) {
        List<Entry> found = new ArrayList<>();
        int start = Arrays.binarySearch(codes, headerCode);
        for (int i = start < 0 ? -start - 1 : start + 1; i < codes.length && found.size() < limit; i++) {
            if (!isUnder(codes[i], headerCode)) {
                break;
            }
            if (billable.get(i)) {
                found.add(entryAt(i));
            }
        }
        return found;
    }

    // "M62.83" is under "M62.8"; a three-character category "M62" has its children after a dot.
    private static boolean isUnder(String code, String header) {
        String prefix = header.length() == 3 ? header + "." : header;
        return code.startsWith(prefix);
    }

    private Entry entryAt(int index) {
        return new Entry(codes[index], billable.get(index), descriptions[index]);
    }
}
