package dev.cleanclaim.rules.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * A spreadsheet may hold an all-digit procedure code as a number and drop its leading zeros (00100 becomes 100):
 * this puts them back in the columns that hold codes.
 */
final class SpreadsheetCodes {

    private SpreadsheetCodes() {
    }

    static List<String> restore(List<String> fields, int codeColumns) {
        List<String> fixed = null;
        for (int i = 0; i < Math.min(codeColumns, fields.size()); i++) {
            String text = fields.get(i);
            if (!text.isEmpty() && text.length() < 5 && text.chars().allMatch(Character::isDigit)) {
                if (fixed == null) {
                    fixed = new ArrayList<>(fields);
                }
                fixed.set(i, "0".repeat(5 - text.length()) + text);
            }
        }
        return fixed == null ? fields : fixed;
    }
}
