package dev.cleanclaim.rules;

import dev.cleanclaim.core.fees.MedicareFeeSchedule;
import dev.cleanclaim.core.time.EffectivePeriod;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads the Medicare fee schedule extract (mpfs/rvu24c.csv) and conversion factors by date. */
final class MedicareFeeReader {

    static final String RVUS = "mpfs/rvu24c.csv";
    static final String FACTORS = "mpfs/conversion-factors.csv";

    private MedicareFeeReader() {
    }

    static MedicareFeeSchedule read(RuleDataSource source, String release) {
        List<MedicareFeeSchedule.Rvu> rvus = new ArrayList<>();
        CsvRows.forEach(source, RVUS, List.of("hcpcs", "status_code", "non_facility_total"), row ->
                rvus.add(new MedicareFeeSchedule.Rvu(row.required("hcpcs"), row.required("status_code"),
                        decimal(row, "non_facility_total"))));
        List<MedicareFeeSchedule.ConversionFactor> factors = new ArrayList<>();
        CsvRows.forEach(source, FACTORS, List.of("effective_from", "effective_through", "dollars_per_rvu", "source"), row ->
                factors.add(new MedicareFeeSchedule.ConversionFactor(
                        EffectivePeriod.of(row.dateOrNull("effective_from"), row.dateOrNull("effective_through")),
                        decimal(row, "dollars_per_rvu"))));
        return MedicareFeeSchedule.of(release, rvus, factors);
    }

    private static BigDecimal decimal(CsvRows.Row row, String column) {
        try {
            return new BigDecimal(row.required(column));
        } catch (NumberFormatException e) {
            throw new RuleDataException(row.location(), "column " + column + " must be a decimal number");
        }
    }
}
