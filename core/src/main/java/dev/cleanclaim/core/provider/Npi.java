package dev.cleanclaim.core.provider;

/**
 * National Provider Identifier check (CMS "NPI check digit"): the last of the ten digits is a Luhn check digit
 * over the NPI prefixed with 80840, the health-industry card-issuer prefix. The 15-digit card-issuer form
 * (80840 followed by the NPI) is valid under plain Luhn over all its digits.
 */
public final class Npi {

    private static final String CARD_ISSUER_PREFIX = "80840";

    private Npi() {
    }

    /** True for a ten-digit NPI, or its 15-digit card-issuer form, whose check digit is right. */
    public static boolean isValid(String npi) {
        if (npi == null) {
            return false;
        }
        if (npi.matches("\\d{10}")) {
            return luhnValid(CARD_ISSUER_PREFIX + npi);
        }
        return npi.matches(CARD_ISSUER_PREFIX + "\\d{10}") && luhnValid(npi);
    }

    /** True only for the ten-digit form claims carry. */
    public static boolean isValidTenDigit(String npi) {
        return npi != null && npi.matches("\\d{10}") && isValid(npi);
    }

    /** The check digit for a nine-digit NPI base, e.g. 123456789 gives 3. */
    public static int checkDigit(String base) {
        if (base == null || !base.matches("\\d{9}")) {
            throw new IllegalArgumentException("an NPI base is nine digits, got \"" + base + "\"");
        }
        int sum = luhnSum(CARD_ISSUER_PREFIX + base + "0");
        return (10 - sum % 10) % 10;
    }

    private static boolean luhnValid(String digits) {
        return luhnSum(digits) % 10 == 0;
    }

    // Doubles every second digit counting from the rightmost (the check digit itself is not doubled).
    private static int luhnSum(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, position = 0; i >= 0; i--, position++) {
            int digit = digits.charAt(i) - '0';
            if (position % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum;
    }
}
