package dev.cleanclaim.core.identifier;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Text as a claim can carry it: the 837P (and the red CMS-1500) hold the basic Latin letters only, in capitals. An
 * accent comes off its letter ("José" goes as JOSE); a Latin letter with no accent to take off is written the way
 * its language spells it in plain letters ("Łukasz" as LUKASZ, "Strauß" as STRAUSS, "Søren" as SOREN), never
 * dropped, so a payer can still find the person.
 */
public final class ClaimText {

    /** Latin letters Unicode does not split into a base letter and an accent. */
    private static final Map<Character, String> PLAIN = Map.ofEntries(
            Map.entry('Ł', "L"), Map.entry('ł', "L"), Map.entry('Ø', "O"), Map.entry('ø', "O"),
            Map.entry('Đ', "D"), Map.entry('đ', "D"), Map.entry('Ð', "D"), Map.entry('ð', "D"),
            Map.entry('Ħ', "H"), Map.entry('ħ', "H"), Map.entry('ß', "SS"), Map.entry('ẞ', "SS"),
            Map.entry('Æ', "AE"), Map.entry('æ', "AE"), Map.entry('Œ', "OE"), Map.entry('œ', "OE"),
            Map.entry('Þ', "TH"), Map.entry('þ', "TH"), Map.entry('ı', "I"), Map.entry('ĸ', "K"),
            Map.entry('Ŋ', "N"), Map.entry('ŋ', "N"), Map.entry('Ŧ', "T"), Map.entry('ŧ', "T"),
            Map.entry('ſ', "S"), Map.entry('Ɨ', "I"), Map.entry('ɨ', "I"), Map.entry('Ƶ', "Z"), Map.entry('ƶ', "Z"));

    private ClaimText() {
    }

    /**
     * The text in capitals with every Latin letter made plain; a character that is neither (a typographic quote, say)
     * is kept for the writer to judge.
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String replacement = PLAIN.get(c);
            plain.append(replacement != null ? replacement : String.valueOf(c));
        }
        return plain.toString().toUpperCase(Locale.ROOT);
    }

    /** True when the letter, made plain, is letters A-Z: what a claim can carry of it. */
    public static boolean foldsToPlainLetters(char letter) {
        String folded = fold(String.valueOf(letter));
        return !folded.isEmpty() && folded.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }
}
