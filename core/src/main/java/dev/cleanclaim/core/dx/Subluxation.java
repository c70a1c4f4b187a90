package dev.cleanclaim.core.dx;

/** Segmental and somatic dysfunction (M99.00-M99.09): the subluxation chiropractic manipulation treats. */
public final class Subluxation {

    private static final String CATEGORY = "M99.0";

    private Subluxation() {
    }

    public static boolean is(String dottedCode) {
        return dottedCode.startsWith(CATEGORY);
    }
}
