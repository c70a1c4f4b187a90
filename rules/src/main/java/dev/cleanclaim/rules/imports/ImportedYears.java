package dev.cleanclaim.rules.imports;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.cleanclaim.rules.RuleDataException;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * icd10cm/imported.csv in a rule folder: the ICD-10-CM years imported into it, in the columns of the built-in
 * years.csv. A year imported again for the same first day replaces its row.
 */
final class ImportedYears {

    private static final List<String> COLUMNS = List.of("name", "file", "effective_from", "effective_through");

    private ImportedYears() {
    }

    static void record(Path list, String name, String file, LocalDate from, LocalDate through) {
        List<String[]> rows = new ArrayList<>();
        if (Files.isRegularFile(list)) {
            try (Reader reader = Files.newBufferedReader(list);
                 CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
                for (NamedCsvRecord row : csv) {
                    if (!row.getField("effective_from").equals(from.toString())) {
                        rows.add(COLUMNS.stream().map(row::getField).toArray(String[]::new));
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new RuleDataException(list.toString(), "cannot be read: " + e.getMessage(), e);
            }
        }
        rows.add(new String[] {name, file, from.toString(), through.toString()});
        Icd10cmImporter.writeAtomically(list, rows, COLUMNS);
    }
}
