package dev.cleanclaim.rules;

import dev.cleanclaim.core.fees.ModifierShare;
import dev.cleanclaim.core.modifier.ModifierCatalog;
import dev.cleanclaim.core.modifier.ModifierDefinition;
import dev.cleanclaim.core.time.EffectivePeriod;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads modifiers.csv: one modifier a row, with its meaning, the dates of service it may be billed on, the modifier
 * that did its job before it (if any), and the share of the fee schedule Medicare pays with it from a date (if any).
 */
final class ModifierCatalogReader {

    static final String FILE = "modifiers.csv";
    private static final List<String> COLUMNS = List.of("modifier", "meaning", "effective_from", "effective_to",
            "predecessor", "medicare_share", "medicare_share_from", "source");
    // HCPCS and CPT modifiers are two characters, letters or digits.
    private static final Pattern MODIFIER = Pattern.compile("[0-9A-Z]{2}");

    private ModifierCatalogReader() {
    }

    static ModifierCatalog read(RuleDataSource source) {
        List<ModifierDefinition> modifiers = new ArrayList<>();
        CsvRows.forEach(source, FILE, COLUMNS, row -> {
            String modifier = modifier(row, "modifier").orElseThrow(() -> new RuleDataException(row.location(),
                    "column modifier is empty"));
            modifiers.add(new ModifierDefinition(modifier, row.required("meaning"),
                    EffectivePeriod.of(row.dateOrNull("effective_from"), row.dateOrNull("effective_to")),
                    modifier(row, "predecessor"), share(row, modifier), row.required("source")));
        });
        try {
            return new ModifierCatalog(modifiers);
        } catch (IllegalArgumentException e) {
            throw new RuleDataException(source.describe(FILE), e.getMessage(), e);
        }
    }

    private static Optional<String> modifier(CsvRows.Row row, String column) {
        String value = row.text(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!MODIFIER.matcher(value).matches()) {
            throw new RuleDataException(row.location(), "column " + column
                    + " must be a modifier of two letters or digits, got \"" + value + "\"");
        }
        return Optional.of(value);
    }

    // A share and the date it starts go together: one without the other is a half-entered row.
    private static Optional<ModifierShare> share(CsvRows.Row row, String modifier) {
        String share = row.text("medicare_share");
        LocalDate from = row.dateOrNull("medicare_share_from");
        if (share.isEmpty() && from == null) {
            return Optional.empty();
        }
        if (share.isEmpty() || from == null) {
            throw new RuleDataException(row.location(), "columns medicare_share and medicare_share_from go together:"
                    + " give both or neither");
        }
        try {
            return Optional.of(new ModifierShare(modifier, new BigDecimal(share), from));
        } catch (NumberFormatException e) {
            throw new RuleDataException(row.location(), "column medicare_share must be a decimal such as 0.85, got \""
                    + share + "\"");
        }
    }
}
