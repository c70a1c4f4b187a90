package dev.cleanclaim.core.identifier;

import java.util.Locale;
import java.util.Optional;

/**
 * The Medicare Beneficiary Identifier (MBI) on the red, white and blue card, the only Medicare number claims may
 * carry since 2020-01-01 (CMS "Understanding the MBI format"): eleven characters, position by position a digit
 * 1-9, a letter, a letter or digit, a digit, a letter, a letter or digit, a digit, two letters, two digits. Letters
 * are A-Z without S, L, O, I, B and Z, which read like digits. The card prints it with dashes (1EG4-TE5-MK73);
 * claims carry it without them.
 */
public final class MedicareBeneficiaryId {

    private static final String LETTERS = "ACDEFGHJKMNPQRTUVWXY";
    private static final String DIGITS = "0123456789";
    /** What each position holds: 1 a digit other than 0, N a digit, A a letter, C a letter or a digit. */
    private static final String SHAPE = "1ACNACNAANN";
    /** The old Health Insurance Claim Number: nine SSN digits and a letter suffix, refused on claims since 2020. */
    private static final String HICN = "\\d{9}[A-Z][A-Z0-9]?";

    private MedicareBeneficiaryId() {
    }

    /** The id as claims carry it: dashes and spaces a card or a person adds taken out, letters in capitals. */
    public static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** True when the id, once normalised, is an MBI. */
    public static boolean isValid(String typed) {
        return problem(typed).isEmpty();
    }

    /** What is wrong with the id as an MBI, in words a biller can act on; empty when it is one. */
    public static Optional<String> problem(String typed) {
        String id = normalise(typed);
        if (id.matches(HICN)) {
            return Optional.of(typed + " looks like an old Medicare number (HICN, built on the Social Security number):"
                    + " since 2020 Medicare takes only the MBI on the patient's current card");
        }
        if (id.length() != SHAPE.length()) {
            return Optional.of(typed + " has " + id.length() + " characters without dashes; an MBI has 11");
        }
        for (int i = 0; i < SHAPE.length(); i++) {
            char c = id.charAt(i);
            boolean fits = switch (SHAPE.charAt(i)) {
                case '1' -> c >= '1' && c <= '9';
                case 'N' -> DIGITS.indexOf(c) >= 0;
                case 'A' -> LETTERS.indexOf(c) >= 0;
                default -> LETTERS.indexOf(c) >= 0 || DIGITS.indexOf(c) >= 0;
            };
            if (!fits) {
                return Optional.of(typed + ": character " + (i + 1) + " (" + c + ") must be " + expected(SHAPE.charAt(i)));
            }
        }
        return Optional.empty();
    }

    private static String expected(char kind) {
        return switch (kind) {
            case '1' -> "a digit 1-9";
            case 'N' -> "a digit";
            case 'A' -> "a letter other than S, L, O, I, B or Z";
            default -> "a digit or a letter other than S, L, O, I, B or Z";
        };
    }
}
