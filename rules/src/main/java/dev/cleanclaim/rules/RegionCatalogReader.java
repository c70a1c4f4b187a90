package dev.cleanclaim.rules;

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

    private RegionCatalogReader() {
    }

    static RegionCatalog read(RuleDataSource source) {
        List<BodyRegion> regions = new ArrayList<>();
        CsvRows.forEach(source, FILE, List.of("id", "kind", "label"), row -> regions.add(new BodyRegion(
                row.required("id"), row.enumValue("kind", RegionKind.class), row.required("label"),
                row.optionalText(SUGGESTED_DIAGNOSIS))));
        return new RegionCatalog(regions);
    }
}
