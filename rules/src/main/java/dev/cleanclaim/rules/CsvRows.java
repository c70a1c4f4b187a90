package dev.cleanclaim.rules;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;

/** Reads a rule-data CSV with a header row; every error names the file and the line. */
final class CsvRows {

    private CsvRows() {
    }

    /** One data row, with typed getters that fail with the row's location. */
    record Row(NamedCsvRecord record, String location) {

        String text(String column) {
            return record.getField(column).trim();
        }

        /** The value of a column the file may lack altogether; empty when it does or the cell is blank. */
        java.util.Optional<String> optionalText(String column) {
            return record.findField(column).map(String::trim).filter(value -> !value.isEmpty());
        }

        String required(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                throw new RuleDataException(location, "column " + column + " is empty");
            }
            return value;
        }

        LocalDate dateOrNull(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new RuleDataException(location, "column " + column + " must be a date YYYY-MM-DD, got \"" + value + "\"");
            }
        }

        boolean bool(String column) {
            String value = required(column);
            if (!value.equals("true") && !value.equals("false")) {
                throw new RuleDataException(location, "column " + column + " must be true or false, got \"" + value + "\"");
            }
            return Boolean.parseBoolean(value);
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String value = required(column);
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw new RuleDataException(location, "column " + column + " must be one of "
                        + List.of(type.getEnumConstants()) + ", got \"" + value + "\"");
            }
        }

        List<String> words(String column) {
            String value = text(column);
            return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
        }
    }

    static void forEach(RuleDataSource source, String file, List<String> columns, Consumer<Row> action) {
        String name = source.describe(file);
        Reader reader = source.open(file);
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
            boolean headerChecked = false;
            for (NamedCsvRecord record : csv) {
                if (!headerChecked) {
                    checkHeader(record.getHeader(), columns, name);
                    headerChecked = true;
                }
                String location = name + " line " + record.getStartingLineNumber();
                try {
                    action.accept(new Row(record, location));
                } catch (IllegalArgumentException e) {
                    throw new RuleDataException(location, e.getMessage(), e);
                }
            }
        } catch (CsvParseException e) {
            throw new RuleDataException(name, "is not valid CSV: " + e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new RuleDataException(name, "could not be read: " + e.getMessage(), e);
        }
    }

    private static void checkHeader(List<String> header, List<String> columns, String name) {
        for (String column : columns) {
            if (!header.contains(column)) {
                throw new RuleDataException(name + " line 1", "header lacks column " + column + " (expected " + columns + ")");
            }
        }
    }
}
