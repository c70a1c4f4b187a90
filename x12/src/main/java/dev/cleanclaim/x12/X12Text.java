package dev.cleanclaim.x12;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes free text safe for an X12 element: upper case (what payers' systems expect), accents folded, no delimiter
 * characters, no runs of spaces, and cut to the element's maximum length so a long name never breaks a file.
 */
final class X12Text {

    private X12Text() {
    }

    static String clean(String text, int maxLength) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String safe = folded.toUpperCase(Locale.ROOT)
                .replaceAll("[*:~^|>\\\\]", " ")
                .replaceAll("[^\\x20-\\x7E]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return safe.length() <= maxLength ? safe : safe.substring(0, maxLength).strip();
    }

    /** Digits only: phone numbers, ZIP codes and tax ids travel without punctuation. */
    static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }
}
