package dev.cleanclaim.rules;

import dev.cleanclaim.core.dx.Subluxation;
import dev.cleanclaim.core.region.BodyRegion;
import dev.cleanclaim.core.region.RegionCatalog;
import dev.cleanclaim.core.region.RegionKind;

import java.util.ArrayList;
import java.util.List;

/** Reads regions.csv: the body regions a visit may name. */
final class RegionCatalogReader {

    static final String FILE = "regions.csv";
    /** Optional column, so a rule folder's regions.csv written before it still reads. */
    static final String SUGGESTED_DIAGNOSIS = "suggestedDiagnosis";
    /** Optional column: a spinal region's subluxation codes (M99.0x), space-separated. */
    static final String SUBLUXATION_DIAGNOSES = "subluxationDiagnoses";

    private RegionCatalogReader() {
    }

    static RegionCatalog read(RuleDataSource source) {
        List<BodyRegion> regions = new ArrayList<>();
        CsvRows.forEach(source, FILE, List.of("id", "kind", "label"), row -> {
            RegionKind kind = row.enumValue("kind", RegionKind.class);
            List<String> subluxations = row.optionalText(SUBLUXATION_DIAGNOSES)
                    .map(codes -> List.of(codes.split("\\s+"))).orElse(List.of());
            for (String code : subluxations) {
                if (!Subluxation.is(code)) {
                    throw new RuleDataException(row.location(), "column " + SUBLUXATION_DIAGNOSES
                            + " holds ICD-10-CM subluxation codes (M99.0x), got \"" + code + "\"");
                }
            }
            if (!subluxations.isEmpty() && kind != RegionKind.SPINAL) {
                throw new RuleDataException(row.location(), "column " + SUBLUXATION_DIAGNOSES
                        + " is for spinal regions only: an extraspinal subluxation is not a manipulation's primary diagnosis");
            }
            regions.add(new BodyRegion(row.required("id"), kind, row.required("label"),
                    row.optionalText(SUGGESTED_DIAGNOSIS), subluxations));
        });
        try {
            return new RegionCatalog(regions);
        } catch (IllegalArgumentException e) {
            throw new RuleDataException(source.describe(FILE), e.getMessage());
        }
    }
}
