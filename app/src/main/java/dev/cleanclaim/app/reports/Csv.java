package dev.cleanclaim.app.reports;

import dev.cleanclaim.core.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes CSV as RFC 4180 has it: CRLF line ends, and a field holding a comma, a quote or a line break quoted with
 * its quotes doubled. Money is a plain decimal ("1234.50", "-12.00") a spreadsheet sums as it stands.
 */
final class Csv {

    private Csv() {
    }

    static String write(CsvTable table) {
        StringBuilder out = new StringBuilder();
        line(out, List.copyOf(table.header()));
        table.rows().forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String field(Object cell) {
        if (cell instanceof Money money) {
            return money.toString();
        }
        if (cell instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (cell instanceof Number || cell instanceof LocalDate) {
            return cell.toString();
        }
        if (cell instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        return quoted(guarded(cell.toString()));
    }

    /**
     * A spreadsheet runs text that starts with =, +, - or @ as a formula (CSV injection), and payer names, rule
     * messages and codes come from outside; such text gets a leading apostrophe, which spreadsheets show as text.
     */
    private static String guarded(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
