package dev.cleanclaim.core.ncci;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of CMS's NCCI tables: each edition takes effect January, April, July or October 1 and is replaced by
 * the next one a quarter later, so a table says nothing certain about dates of service after its quarter ends.
 */
public record NcciQuarter(int year, int quarter) implements Comparable<NcciQuarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})Q([1-4])");

    public NcciQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, got " + quarter);
        }
    }

    public static NcciQuarter of(LocalDate day) {
        return new NcciQuarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** Reads "2024Q3" (any case), as written in rule data and in CMS's file names ("medicare-ncci-2024q3-..."). */
    public static NcciQuarter parse(String text) {
        Matcher matcher = TEXT.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("a quarter is written like 2024Q3, got \"" + text + "\"");
        }
        return new NcciQuarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    @Override
    public int compareTo(NcciQuarter other) {
        return firstDay().compareTo(other.firstDay());
    }

    @Override
    public String toString() {
        return year + "Q" + quarter;
    }
}
