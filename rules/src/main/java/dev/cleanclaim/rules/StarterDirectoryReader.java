package dev.cleanclaim.rules;

import dev.cleanclaim.core.identifier.Identifiers;
import dev.cleanclaim.core.payer.ClaimFilingIndicator;
import dev.cleanclaim.core.payer.StarterPayer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the starter payer directory ({@value #FILE}): real payers with a sourced electronic payer id that a new
 * practice may copy into its own directory, and plans known only by a policy they published, whose payer id is left
 * blank rather than guessed. It is not rule data: no claim depends on it, so it is loaded on
 * demand rather than held by RuleData.
 */
public final class StarterDirectoryReader {

    public static final String FILE = "payer-directory.csv";
    private static final List<String> COLUMNS = List.of("id", "name", "payerId", "pack", "claimFilingIndicator", "region", "source");

    private StarterDirectoryReader() {
    }

    /** The built-in starter directory. */
    public static List<StarterPayer> builtIn() {
        return BuiltIn.DIRECTORY;
    }

    // Read once, on first use: the file is part of the jar and never changes while cleanclaim runs.
    private static final class BuiltIn {
        static final List<StarterPayer> DIRECTORY = read(RuleDataSource.builtIn());
    }

    static List<StarterPayer> read(RuleDataSource source) {
        List<StarterPayer> payers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> payerIds = new HashSet<>();
        CsvRows.forEach(source, FILE, COLUMNS, row -> {
            String id = row.required("id");
            if (!id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
                throw new IllegalArgumentException("id \"" + id + "\" must be lower-case letters, digits and hyphens, at most 40");
            }
            Optional<String> payerId = row.optionalText("payerId");
            if (payerId.isPresent() && !Identifiers.isX12(payerId.get())) {
                throw new IllegalArgumentException("payerId \"" + payerId.get() + "\" holds a character outside the X12 set");
            }
            if (!ids.add(id)) {
                throw new IllegalArgumentException("id " + id + " appears twice");
            }
            if (payerId.isPresent() && !payerIds.add(payerId.get())) {
                throw new IllegalArgumentException("payerId " + payerId.get() + " appears twice");
            }
            String indicator = row.required("claimFilingIndicator");
            if (!ClaimFilingIndicator.isValid(indicator)) {
                throw new IllegalArgumentException("claimFilingIndicator \"" + indicator + "\" is not an X12 SBR09 code");
            }
            payers.add(new StarterPayer(id, row.required("name"), payerId, row.required("pack"),
                    indicator, row.required("region"), row.required("source")));
        });
        return List.copyOf(payers);
    }
}
