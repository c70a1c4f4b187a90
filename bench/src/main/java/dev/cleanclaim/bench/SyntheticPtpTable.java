package dev.cleanclaim.bench;

import dev.cleanclaim.core.ncci.PackedPtpTable;
import dev.cleanclaim.core.ncci.PtpEdit;
import dev.cleanclaim.core.ncci.PtpTable;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A PTP table the size of the full CMS practitioner table (about 2.5 million rows): the built-in real edits for
 * therapy codes, padded with random pairs of five-digit and HCPCS-shaped codes, a tenth of them deleted.
 */
final class SyntheticPtpTable {

    static final int FULL_TABLE_ROWS = 2_500_000;
    private static final List<String> RATIONALES = List.of("Mutually exclusive procedures", "More extensive procedure",
            "Standards of medical/surgical practice", "CPT Manual or CMS manual coding instruction");

    private SyntheticPtpTable() {
    }

    static PackedPtpTable build(PtpTable real, List<String> therapyCodes, long seed) {
        PackedPtpTable.Builder builder = new PackedPtpTable.Builder();
        LocalDate probe = LocalDate.of(2026, 3, 2);
        for (String first : therapyCodes) {
            for (String second : therapyCodes) {
                real.find(first, second, probe).ifPresent(edit -> add(builder, edit));
            }
        }
        Random random = new Random(seed);
        while (builder.size() < FULL_TABLE_ROWS) {
            LocalDate effective = LocalDate.of(1996 + random.nextInt(28), 1 + random.nextInt(12), 1);
            LocalDate deleted = random.nextInt(10) == 0 ? effective.plusYears(1 + random.nextInt(5)) : null;
            builder.add(code(random), code(random), effective, deleted, random.nextInt(3) == 0 ? 0 : 1,
                    RATIONALES.get(random.nextInt(RATIONALES.size())));
        }
        return builder.build("synthetic 2.5-million-row PTP table", real.quarter());
    }

    private static void add(PackedPtpTable.Builder builder, PtpEdit edit) {
        builder.add(edit.column1(), edit.column2(), edit.period().from().orElse(null), edit.period().through().orElse(null),
                edit.modifierIndicator(), edit.rationale());
    }

    private static String code(Random random) {
        if (random.nextInt(8) == 0) {
            return (char) ('A' + random.nextInt(22)) + String.format("%04d", random.nextInt(10_000));
        }
        return String.format("%05d", random.nextInt(100_000));
    }
}
