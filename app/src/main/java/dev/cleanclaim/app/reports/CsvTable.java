package dev.cleanclaim.app.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report as rows for a spreadsheet: a header and rows of cells. A cell keeps its type (text, number, money, date)
 * until it is written, so numbers stay numbers and only text is guarded against being read as a formula.
 */
public record CsvTable(List<String> header, List<List<Object>> rows) {

    public CsvTable {
        header = List.copyOf(header);
        List<List<Object>> copied = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + header.size() + " columns");
            }
            row.forEach(cell -> Objects.requireNonNull(cell, "a CSV cell; use \"\" for an empty one"));
            copied.add(List.copyOf(row));
        }
        rows = List.copyOf(copied);
    }

    /** The table as RFC 4180 CSV text. */
    public String write() {
        return Csv.write(this);
    }
}
