package dev.cleanclaim.x12.ack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One X12 code list shipped as a TSV resource beside this class (see README.md there): code, optional middle
 * columns, words. Kept as data so that a list X12 revises is refreshed without touching the readers.
 */
final class CodeList {

    static final CodeList CATEGORIES = load("claim-status-categories.tsv", 3);
    static final CodeList STATUSES = load("claim-status-codes.tsv", 2);
    static final CodeList ENTITIES = load("entity-identifiers.tsv", 2);
    static final CodeList SEGMENT_ERRORS = load("segment-syntax-errors.tsv", 2);
    static final CodeList ELEMENT_ERRORS = load("element-syntax-errors.tsv", 2);
    static final CodeList TRANSACTION_ERRORS = load("transaction-syntax-errors.tsv", 2);
    static final CodeList GROUP_ERRORS = load("group-syntax-errors.tsv", 2);

    private final String name;
    private final Map<String, List<String>> rows;

    private CodeList(String name, Map<String, List<String>> rows) {
        this.name = name;
        this.rows = Map.copyOf(rows);
    }

    /** Reads a list, refusing a duplicate code or a line without words: a broken list is a bug, found at start. */
    static CodeList load(String resource, int columns) {
        try (InputStream in = CodeList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("code list " + resource + " is missing");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CodeList parse(String name, String text, int columns) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(line.split("\t", -1));
                if (cells.size() != columns || cells.stream().anyMatch(String::isBlank)) {
                    throw new IllegalStateException(name + " line " + number + ": expected " + columns
                            + " tab-separated columns, none empty: " + line);
                }
                if (rows.putIfAbsent(cells.get(0), cells) != null) {
                    throw new IllegalStateException(name + " line " + number + ": code " + cells.get(0) + " listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CodeList(name, rows);
    }

    boolean has(String code) {
        return rows.containsKey(code);
    }

    /** The code's words; a code the list does not hold is named as such rather than failing the file. */
    String words(String code) {
        List<String> row = rows.get(code);
        return row == null ? unknown(code) : row.get(row.size() - 1);
    }

    /** A middle column (1 = the first after the code), or empty for an unknown code. */
    Optional<String> column(String code, int column) {
        List<String> row = rows.get(code);
        return row == null ? Optional.empty() : Optional.of(row.get(column));
    }

    /** "5: One or more segments in error", how a code travels where only a string fits. */
    String codeAndWords(String code) {
        return code + ": " + words(code);
    }

    int size() {
        return rows.size();
    }

    String name() {
        return name;
    }

    static String unknown(String code) {
        return "code " + code + " (not in cleanclaim's list)";
    }
}
