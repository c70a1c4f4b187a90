package dev.cleanclaim.rules.imports;

import dev.cleanclaim.rules.RuleDataException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The column names of a CMS file whose header is stacked over several rows, as the PPRRVU CSV has it: "WORK" above
 * "RVU", "NON-FAC" above "PE RVU", the last header row being the one that names the key column (HCPCS). A spreadsheet
 * may hold each name in one cell, on one or more lines. Each column's name is its words from top to bottom, in
 * capitals, so files are read by name whatever the position: the 2026 PPRRVU (32 columns, PRIC IND before
 * ENDO BASE) like the older 31-column one.
 */
final class StackedHeader {

    /** How many rows above the last one a name may start: the PPRRVU CSV uses five header rows in all. */
    private static final int MOST_ROWS_ABOVE = 6;
    /** Title and copyright rows write only in the first three columns; header rows name columns further right. */
    private static final int TITLE_COLUMNS = 3;

    private final String keyColumn;
    private final Deque<List<String>> above = new ArrayDeque<>();
    private Map<String, Integer> columns;

    /** @param keyColumn the name only the last header row holds, e.g. "HCPCS" */
    StackedHeader(String keyColumn) {
        this.keyColumn = keyColumn;
    }

    /** Takes a row before the header is complete; false once it is, when the row is data for the caller. */
    boolean offer(List<String> fields) {
        if (columns != null) {
            return false;
        }
        if (fields.stream().anyMatch(field -> normalise(field).equals(keyColumn))) {
            columns = names(fields);
            return true;
        }
        above.addLast(fields);
        if (above.size() > MOST_ROWS_ABOVE) {
            above.removeFirst();
        }
        return true;
    }

    boolean complete() {
        return columns != null;
    }

    /** The position of a named column; a file without it is refused, with the names it has. */
    int index(String name, String location) {
        Integer index = columns.get(name);
        if (index == null) {
            throw new RuleDataException(location, "has no column \"" + name + "\"; its header names " + columns.keySet());
        }
        return index;
    }

    /** The cell of a named column, blank when the row is short. */
    static String cell(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index).trim() : "";
    }

    private Map<String, Integer> names(List<String> last) {
        List<List<String>> stack = new ArrayList<>();
        for (Iterator<List<String>> rows = above.descendingIterator(); rows.hasNext(); ) {
            List<String> row = rows.next();
            if (!namesAColumn(row)) {
                break;
            }
            stack.add(0, row);
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < last.size(); i++) {
            StringBuilder name = new StringBuilder();
            for (List<String> row : stack) {
                word(row, i).ifPresent(word -> name.append(word).append(' '));
            }
            name.append(last.get(i));
            names.putIfAbsent(normalise(name.toString()), i);
        }
        return names;
    }

    private static boolean namesAColumn(List<String> row) {
        for (int i = TITLE_COLUMNS; i < row.size(); i++) {
            if (!row.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> word(List<String> row, int index) {
        return Optional.of(cell(row, index)).filter(text -> !text.isEmpty());
    }

    private static String normalise(String text) {
        return text.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
