package dev.cleanclaim.rules;

import dev.cleanclaim.core.region.RegionCatalog;
import dev.cleanclaim.core.region.RegionContiguity;

import java.util.ArrayList;
import java.util.List;

/** Reads region-contiguity.csv: which body regions touch. */
final class ContiguityReader {

    static final String FILE = "region-contiguity.csv";

    private ContiguityReader() {
    }

    static RegionContiguity read(RuleDataSource source, RegionCatalog regions) {
        List<String[]> pairs = new ArrayList<>();
        CsvRows.forEach(source, FILE, List.of("region", "touches", "source"), row -> {
            String region = row.required("region");
            String touches = row.required("touches");
            for (String id : List.of(region, touches)) {
                if (regions.find(id).isEmpty()) {
                    throw new RuleDataException(row.location(), "unknown region " + id);
                }
            }
            pairs.add(new String[] {region, touches});
        });
        return new RegionContiguity(pairs);
    }
}
