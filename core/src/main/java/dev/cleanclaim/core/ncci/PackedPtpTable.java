package dev.cleanclaim.core.ncci;

import dev.cleanclaim.core.time.EffectivePeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * NCCI PTP edits in two primitive arrays: an open-addressing hash table from code pair to a packed row. A pair
 * may have several rows (an edit deleted and later added again); lookups scan them and pick the one in force.
 * The full CMS practitioner table (about 2.5 million rows) takes two long arrays of 4 million slots (64 MB).
 *
 * <p>Row layout, high to low: modifier indicator (2 bits: 0, 1, or 2 for 9) | a set bit, so no row is 0 |
 * rationale index (10 bits) | effective epoch day + 1 (20 bits, 0 = open) | deletion epoch day + 1 (20 bits,
 * 0 = still active).
 */
public final class PackedPtpTable implements PtpTable {

    private static final long DAY_MASK = (1L << 20) - 1;
    private static final long PRESENT = 1L << 61;
    private static final int MAX_RATIONALES = 1 << 10;

    private final long[] keys;
    private final long[] rows;
    private final int mask;
    private final int size;
    private final List<String> rationales;
    private final String edition;
    private final NcciQuarter quarter;

    private PackedPtpTable(long[] keys, long[] rows, int size, List<String> rationales, String edition, NcciQuarter quarter) {
        this.keys = keys;
        this.rows = rows;
        this.mask = keys.length - 1;
        this.size = size;
        this.rationales = List.copyOf(rationales);
        this.edition = edition;
        this.quarter = Objects.requireNonNull(quarter, "quarter");
    }

    @Override
    public Optional<PtpEdit> find(String column1, String column2, long epochDay) {
        int first = ProcedureCodeKey.of(column1);
        int second = ProcedureCodeKey.of(column2);
        if (first < 0 || second < 0) {
            return Optional.empty();
        }
        return find(first, second, epochDay);
    }

    @Override
    public Optional<PtpEdit> find(int first, int second, long epochDay) {
        if (first < 0 || second < 0) {
            return Optional.empty();
        }
        long key = ProcedureCodeKey.pair(first, second);
        long day = epochDay + 1;
        long best = 0;
        for (int slot = slotOf(key); keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key && inForce(rows[slot], day) && (best == 0 || effective(rows[slot]) > effective(best))) {
                best = rows[slot];
            }
        }
        return best == 0 ? Optional.empty()
                : Optional.of(edit(ProcedureCodeKey.text(first), ProcedureCodeKey.text(second), best));
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String edition() {
        return edition;
    }

    @Override
    public NcciQuarter quarter() {
        return quarter;
    }

    /**
     * The latest date any edit took effect, when rows carry effective dates: CMS adds edits on the first day of a
     * quarter, so this names the quarter of a table whose files did not say it.
     */
    public Optional<LocalDate> latestEffective() {
        long latest = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != 0) {
                latest = Math.max(latest, effective(rows[slot]));
            }
        }
        return latest == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(latest - 1));
    }

    /** The raw arrays, for the rule store to write; see {@link #fromArrays}. */
    public long[] keys() {
        return keys;
    }

    public long[] rows() {
        return rows;
    }

    public List<String> rationales() {
        return rationales;
    }

    public static PackedPtpTable fromArrays(long[] keys, long[] rows, int size, List<String> rationales, String edition,
                                            NcciQuarter quarter) {
        if (keys.length != rows.length || Integer.bitCount(keys.length) != 1) {
            throw new IllegalArgumentException("edit table arrays must be of one power-of-two length");
        }
        return new PackedPtpTable(keys, rows, size, rationales, edition, quarter);
    }

    /** The same edits as another quarter's table: for a stored table whose quarter is learned after it is read. */
    public PackedPtpTable inQuarter(NcciQuarter other) {
        return new PackedPtpTable(keys, rows, size, rationales, edition, other);
    }

    private static boolean inForce(long row, long day) {
        long from = effective(row);
        long through = row & DAY_MASK;
        return (from == 0 || from <= day) && (through == 0 || day <= through);
    }

    private static long effective(long row) {
        return (row >>> 20) & DAY_MASK;
    }

    private PtpEdit edit(String column1, String column2, long row) {
        long from = effective(row);
        long through = row & DAY_MASK;
        EffectivePeriod period = EffectivePeriod.of(from == 0 ? null : LocalDate.ofEpochDay(from - 1),
                through == 0 ? null : LocalDate.ofEpochDay(through - 1));
        int indicatorBits = (int) (row >>> 62);
        int indicator = indicatorBits == 2 ? 9 : indicatorBits;
        String rationale = rationales.get((int) ((row >>> 40) & (MAX_RATIONALES - 1)));
        return new PtpEdit(column1, column2, period, indicator, rationale);
    }

    private int slotOf(long key) {
        long hash = key * 0x9E3779B97F4A7C15L;
        return (int) (hash ^ (hash >>> 32)) & mask;
    }

    /** Collects rows, then sizes the table once; rows are added in any order. */
    public static final class Builder {

        private long[] pairKeys = new long[1024];
        private long[] packedRows = new long[1024];
        private int count;
        private final List<String> rationales = new ArrayList<>();
        private final Map<String, Integer> rationaleIndex = new HashMap<>();

        /**
         * @return false when a code is not five digits/capital letters (the row cannot be an edit of ours)
         */
        public boolean add(String column1, String column2, LocalDate effective, LocalDate deleted, int indicator,
                           String rationale) {
            int first = ProcedureCodeKey.of(column1);
            int second = ProcedureCodeKey.of(column2);
            if (first < 0 || second < 0) {
                return false;
            }
            if (indicator < 0 || indicator > 9 || (indicator > 1 && indicator != 9)) {
                throw new IllegalArgumentException("modifier indicator must be 0, 1 or 9, got " + indicator);
            }
            if (count == pairKeys.length) {
                pairKeys = Arrays.copyOf(pairKeys, count * 2);
                packedRows = Arrays.copyOf(packedRows, count * 2);
            }
            long indicatorBits = indicator == 9 ? 2 : indicator;
            pairKeys[count] = ProcedureCodeKey.pair(first, second);
            packedRows[count] = (indicatorBits << 62) | PRESENT | ((long) rationale(rationale) << 40)
                    | (day(effective) << 20) | day(deleted);
            count++;
            return true;
        }

        public int size() {
            return count;
        }

        public PackedPtpTable build(String edition, NcciQuarter quarter) {
            int capacity = Integer.highestOneBit(Math.max(16, (int) (count / 0.6))) << 1;
            long[] keys = new long[capacity];
            long[] rows = new long[capacity];
            PackedPtpTable table = new PackedPtpTable(keys, rows, count, rationales, edition, quarter);
            for (int i = 0; i < count; i++) {
                int slot = table.slotOf(pairKeys[i]);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & (capacity - 1);
                }
                keys[slot] = pairKeys[i];
                rows[slot] = packedRows[i];
            }
            return table;
        }

        private int rationale(String text) {
            String key = text == null ? "" : text.trim();
            Integer index = rationaleIndex.get(key);
            if (index == null) {
                if (rationales.size() == MAX_RATIONALES) {
                    throw new IllegalArgumentException("more than " + MAX_RATIONALES + " distinct edit rationales");
                }
                index = rationales.size();
                rationales.add(key);
                rationaleIndex.put(key, index);
            }
            return index;
        }

        private static long day(LocalDate date) {
            return date == null ? 0 : (date.toEpochDay() + 1) & DAY_MASK;
        }
    }
}
