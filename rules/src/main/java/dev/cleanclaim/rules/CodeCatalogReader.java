package dev.cleanclaim.rules;

import dev.cleanclaim.core.catalog.CatalogCode;
import dev.cleanclaim.core.catalog.CodeCatalog;
import dev.cleanclaim.core.catalog.CodeCategory;
import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.catalog.TherapyDesignation;
import dev.cleanclaim.core.catalog.TherapyModifierRule;
import dev.cleanclaim.core.catalog.UnitBasis;
import dev.cleanclaim.core.time.EffectivePeriod;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads codes.csv: one procedure code a row. Column therapy is where the code stands on CMS's therapy code list:
 * ALWAYS, SOMETIMES or NEVER.
 */
final class CodeCatalogReader {

    static final String FILE = "codes.csv";
    private static final List<String> COLUMNS = List.of("code", "description", "unit_basis", "category",
            "therapy", "therapy_modifier", "effective_from", "deleted_after", "renderers", "replaced_by", "family", "source");

    private CodeCatalogReader() {
    }

    static CodeCatalog read(RuleDataSource source) {
        List<CatalogCode> codes = new ArrayList<>();
        CsvRows.forEach(source, FILE, COLUMNS, row -> codes.add(new CatalogCode(
                row.required("code"),
                row.required("description"),
                row.enumValue("unit_basis", UnitBasis.class),
                row.enumValue("category", CodeCategory.class),
                row.enumValue("therapy", TherapyDesignation.class),
                row.enumValue("therapy_modifier", TherapyModifierRule.class),
                EffectivePeriod.of(row.dateOrNull("effective_from"), row.dateOrNull("deleted_after")),
                renderers(row),
                row.words("replaced_by"),
                row.required("family"))));
        return new CodeCatalog(codes);
    }

    private static Set<ProviderType> renderers(CsvRows.Row row) {
        Set<ProviderType> types = EnumSet.noneOf(ProviderType.class);
        for (String word : row.words("renderers")) {
            types.add(ProviderType.parse(word).orElseThrow(() -> new RuleDataException(row.location(),
                    "unknown provider type \"" + word + "\" in column renderers")));
        }
        if (types.isEmpty()) {
            throw new RuleDataException(row.location(), "column renderers names no provider type");
        }
        return types;
    }
}
