package dev.cleanclaim.bench.load;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Numbers as the summaries print them: the same on every machine, whatever its locale. */
final class LoadFormat {

    private LoadFormat() {
    }

    /** Whole numbers without decimals, others with one. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

    static String millis(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** "404 x12, 500 x1", or "-" for none. */
    static String failures(Map<String, Long> failures) {
        if (failures.isEmpty()) {
            return "-";
        }
        return failures.entrySet().stream().map(entry -> entry.getKey() + " x" + entry.getValue())
                .collect(Collectors.joining(", "));
    }
}
