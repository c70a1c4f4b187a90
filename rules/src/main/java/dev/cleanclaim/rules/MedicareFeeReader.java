package dev.cleanclaim.rules;

import dev.cleanclaim.core.fees.ConversionFactor;
import dev.cleanclaim.core.fees.Gpci;
import dev.cleanclaim.core.fees.MedicareFeeSchedule;
import dev.cleanclaim.core.fees.MedicareLocality;
import dev.cleanclaim.core.fees.ModifierShare;
import dev.cleanclaim.core.fees.MpfsYear;
import dev.cleanclaim.core.fees.Rvu;
import dev.cleanclaim.core.time.EffectivePeriod;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the Medicare fee schedule: mpfs/years.csv names each calendar year's RVU release, RVU file and GPCI file;
 * mpfs/conversion-factors.csv holds the conversion factors by date. Years and factors a rule folder imported
 * ({@link BuiltInRuleData#IMPORTED_MPFS_YEARS}, {@link BuiltInRuleData#IMPORTED_CONVERSION_FACTORS}) come first:
 * an imported release replaces the built-in one of its year, keeping the year's GPCIs when it brings none.
 */
final class MedicareFeeReader {

    static final String YEARS = "mpfs/years.csv";
    static final String FACTORS = "mpfs/conversion-factors.csv";
    private static final List<String> YEAR_COLUMNS = List.of("year", "release", "rvus", "gpcis");
    private static final List<String> FACTOR_COLUMNS = List.of("effective_from", "effective_through", "dollars_per_rvu",
            "applies_to");

    private MedicareFeeReader() {
    }

    /** One row of a years file, with the file it came from, for errors. */
    private record YearRow(int year, String release, String rvus, Optional<String> gpcis, String location) {
    }

    /** @param modifierShares the shares of the fee schedule paid with some modifiers, from the modifier rule data */
    static MedicareFeeSchedule read(RuleDataSource source, List<ModifierShare> modifierShares) {
        Map<Integer, YearRow> rows = new TreeMap<>();
        readYears(source, YEARS, rows);
        if (source.exists(BuiltInRuleData.IMPORTED_MPFS_YEARS)) {
            readYears(source, BuiltInRuleData.IMPORTED_MPFS_YEARS, rows);
        }
        List<MpfsYear> years = new ArrayList<>();
        for (YearRow row : rows.values()) {
            years.add(new MpfsYear(row.year(), row.release(), rvus(source, "mpfs/" + row.rvus()),
                    row.gpcis().map(file -> gpcis(source, "mpfs/" + file)).orElse(Map.of())));
        }
        List<ConversionFactor> factors = new ArrayList<>();
        if (source.exists(BuiltInRuleData.IMPORTED_CONVERSION_FACTORS)) {
            readFactors(source, BuiltInRuleData.IMPORTED_CONVERSION_FACTORS, factors);
        }
        readFactors(source, FACTORS, factors);
        return MedicareFeeSchedule.of(years, factors, modifierShares);
    }

    private static void readYears(RuleDataSource source, String file, Map<Integer, YearRow> rows) {
        CsvRows.forEach(source, file, YEAR_COLUMNS, row -> {
            int year = year(row);
            Optional<String> gpcis = row.optionalText("gpcis")
                    .or(() -> Optional.ofNullable(rows.get(year)).flatMap(YearRow::gpcis));
            rows.put(year, new YearRow(year, row.required("release"), row.required("rvus"), gpcis, row.location()));
        });
    }

    private static Map<String, Rvu> rvus(RuleDataSource source, String file) {
        Map<String, Rvu> rvus = new HashMap<>();
        CsvRows.forEach(source, file, List.of("hcpcs", "status_code", "work_rvu", "non_fac_pe_rvu", "mp_rvu",
                "non_facility_total"), row -> {
                    Rvu rvu = new Rvu(row.required("hcpcs"), row.required("status_code"), decimal(row, "work_rvu"),
                            decimal(row, "non_fac_pe_rvu"), decimal(row, "mp_rvu"));
                    // The total is CMS's sum of the three; a file whose columns were shifted fails here, not on a claim.
                    BigDecimal total = decimal(row, "non_facility_total");
                    if (rvu.work().add(rvu.practiceExpense()).add(rvu.malpractice()).compareTo(total) != 0) {
                        throw new RuleDataException(row.location(), "work, PE and MP RVUs of " + rvu.code()
                                + " do not add up to its non-facility total " + total);
                    }
                    if (rvus.put(rvu.code(), rvu) != null) {
                        throw new RuleDataException(row.location(), "lists " + rvu.code() + " twice");
                    }
                });
        return rvus;
    }

    private static Map<MedicareLocality, Gpci> gpcis(RuleDataSource source, String file) {
        Map<MedicareLocality, Gpci> gpcis = new HashMap<>();
        CsvRows.forEach(source, file, List.of("mac", "locality_number", "locality_name", "pw_gpci_with_1_0_floor",
                "pe_gpci", "mp_gpci"), row -> {
                    MedicareLocality locality = new MedicareLocality(row.required("mac"), row.required("locality_number"));
                    Gpci gpci = new Gpci(row.required("locality_name"), decimal(row, "pw_gpci_with_1_0_floor"),
                            decimal(row, "pe_gpci"), decimal(row, "mp_gpci"));
                    if (gpcis.put(locality, gpci) != null) {
                        throw new RuleDataException(row.location(), "lists locality " + locality + " twice");
                    }
                });
        return gpcis;
    }

    private static void readFactors(RuleDataSource source, String file, List<ConversionFactor> factors) {
        CsvRows.forEach(source, file, FACTOR_COLUMNS, row -> factors.add(new ConversionFactor(
                EffectivePeriod.of(row.dateOrNull("effective_from"), row.dateOrNull("effective_through")),
                decimal(row, "dollars_per_rvu"), ConversionFactor.AppliesTo.of(row.required("applies_to")))));
    }

    private static int year(CsvRows.Row row) {
        String text = row.required("year");
        if (!text.matches("(19|20)\\d\\d")) {
            throw new RuleDataException(row.location(), "column year must be a calendar year such as 2026, got \"" + text + "\"");
        }
        return Integer.parseInt(text);
    }

    private static BigDecimal decimal(CsvRows.Row row, String column) {
        try {
            return new BigDecimal(row.required(column));
        } catch (NumberFormatException e) {
            throw new RuleDataException(row.location(), "column " + column + " must be a decimal number");
        }
    }
}
