package dev.cleanclaim.app.web.report;

import java.util.List;
import java.util.Objects;

/**
 * A table of a report page: the chart's numbers for anyone who cannot see the chart, and the detail it leaves out.
 *
 * @param footer the totals row, or none
 */
public record ReportTable(String id, String caption, List<String> headings, List<Boolean> numeric, List<Row> rows,
                          List<Row> footer) {

    public ReportTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caption, "caption");
        headings = List.copyOf(headings);
        numeric = List.copyOf(numeric);
        rows = List.copyOf(rows);
        footer = List.copyOf(footer);
        if (numeric.size() != headings.size()) {
            throw new IllegalArgumentException("say for each of the " + headings.size() + " columns whether it is numeric");
        }
    }

    /** The column headings, numeric ones aligned right as their numbers are. */
    public List<Column> columns() {
        return java.util.stream.IntStream.range(0, headings.size())
                .mapToObj(i -> new Column(headings.get(i), numeric.get(i) ? "money" : null)).toList();
    }

    public record Column(String heading, String cssClass) {
    }

    /** @param cssClass marks a row, e.g. an impossible day; null for none */
    public record Row(String cssClass, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(Cell... cells) {
            return new Row(null, List.of(cells));
        }
    }

    /** @param href where the cell links to, or null */
    public record Cell(String text, String href, boolean numeric) {
        public Cell {
            Objects.requireNonNull(text, "text");
        }

        public static Cell text(String text) {
            return new Cell(text, null, false);
        }

        public static Cell number(String text) {
            return new Cell(text, null, true);
        }

        public static Cell link(String text, String href) {
            return new Cell(text, href, false);
        }

        public String cssClass() {
            return numeric ? "money" : null;
        }
    }
}
