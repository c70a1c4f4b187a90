package dev.cleanclaim.core.account;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The only part of a payment card the practice keeps: its last four digits. A full card number must never reach the
 * workspace (PCI DSS keeps stored card numbers out of a practice's systems), so anything that looks like one, in any
 * field, is refused rather than cut down, and the refusal never repeats it.
 */
public final class CardDigits {

    /** Payment card numbers run from 12 to 19 digits, often written in groups with spaces or dashes. */
    private static final Pattern CARD_NUMBER = Pattern.compile("(?:\\d[ -]?){11,18}\\d");
    private static final Pattern LAST_FOUR = Pattern.compile("\\d{4}");

    private CardDigits() {
    }

    /** True when the text holds a run of digits as long as a card number's, wherever it sits. */
    public static boolean holdsCardNumber(String text) {
        return text != null && CARD_NUMBER.matcher(text).find();
    }

    /** The four digits, when the text is exactly four digits (spaces around them aside). */
    public static Optional<String> lastFour(String text) {
        String trimmed = text == null ? "" : text.strip();
        return LAST_FOUR.matcher(trimmed).matches() ? Optional.of(trimmed) : Optional.empty();
    }
}
