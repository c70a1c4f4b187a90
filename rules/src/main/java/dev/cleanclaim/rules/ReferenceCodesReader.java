package dev.cleanclaim.rules;

import dev.cleanclaim.core.reference.ReferenceCodes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the reference code sets in codesets/: NUCC taxonomy, place of service, states. */
final class ReferenceCodesReader {

    private ReferenceCodesReader() {
    }

    static ReferenceCodes read(RuleDataSource source) {
        Map<String, String> taxonomies = new HashMap<>();
        CsvRows.forEach(source, "codesets/nucc-taxonomy.csv", List.of("Code", "Display Name"),
                row -> taxonomies.put(row.required("Code"), row.text("Display Name")));
        Map<String, String> places = new HashMap<>();
        CsvRows.forEach(source, "codesets/place-of-service.csv", List.of("code", "name"),
                row -> places.put(row.required("code"), row.required("name")));
        Map<String, String> states = new HashMap<>();
        CsvRows.forEach(source, "codesets/us-states.csv", List.of("usps_code", "name"),
                row -> states.put(row.required("usps_code"), row.required("name")));
        CsvRows.forEach(source, "codesets/postal-only-states.csv", List.of("usps_code", "name"),
                row -> states.put(row.required("usps_code"), row.required("name")));
        return new ReferenceCodes(taxonomies, places, states);
    }
}
