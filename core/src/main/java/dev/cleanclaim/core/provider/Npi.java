package dev.cleanclaim.core.provider;

/**
 * National Provider Identifier check: ten digits whose last is a Luhn check digit computed over the first nine
 * prefixed with 80840 (CMS "NPI check digit"; the prefix adds a constant 24 to the Luhn sum).
 */
public final class Npi {

    private static final int PREFIX_80840_SUM = 24;

    private Npi() {
    }

    public static boolean isValid(String npi) {
        if (npi == null || !npi.matches("\\d{10}")) {
            return false;
        }
        return checkDigit(npi.substring(0, 9)) == npi.charAt(9) - '0';
    }

    /** The check digit for a nine-digit NPI base. */
    public static int checkDigit(String base) {
        if (!base.matches("\\d{9}")) {
            throw new IllegalArgumentException("an NPI base is nine digits, got \"" + base + "\"");
        }
        int sum = PREFIX_80840_SUM;
        for (int i = 0; i < 9; i++) {
            int digit = base.charAt(i) - '0';
            // Double every other digit starting from the rightmost of the base (positions 0, 2, 4, 6, 8).
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
