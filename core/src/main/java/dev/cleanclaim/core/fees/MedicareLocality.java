package dev.cleanclaim.core.fees;

import java.util.regex.Pattern;

/**
 * A Medicare payment locality as CMS's GPCI files name it: the Part B contractor (MAC) number and the locality number
 * within it, written "02302-01" (Portland, Oregon). Locality numbers repeat across contractors, so both are needed.
 */
public record MedicareLocality(String contractor, String locality) {

    private static final Pattern SHAPE = Pattern.compile("(\\d{5})-(\\d{2})");

    public MedicareLocality {
        if (!contractor.matches("\\d{5}") || !locality.matches("\\d{2}")) {
            throw new IllegalArgumentException("a Medicare locality is a 5-digit contractor number and a 2-digit"
                    + " locality number, got " + contractor + " and " + locality);
        }
    }

    /** Reads "02302-01"; anything else is refused with an example of the expected shape. */
    public static MedicareLocality parse(String text) {
        var match = SHAPE.matcher(text.trim());
        if (!match.matches()) {
            throw new IllegalArgumentException("expected a Medicare contractor and locality number such as 02302-01,"
                    + " got \"" + text + "\"");
        }
        return new MedicareLocality(match.group(1), match.group(2));
    }

    @Override
    public String toString() {
        return contractor + "-" + locality;
    }
}
