package dev.cleanclaim.core.identifier;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks of the identifiers a claim carries: tax ids, ZIP codes, phone numbers and ids that travel inside X12
 * elements. Each check accepts the usual punctuation (93-1234567, 97201-1234, (503) 555-0100) and returns the
 * value as claims carry it, or empty when it is not one. Nothing is ever rewritten into something else: a value
 * that does not fit is refused, so the user fixes it where it came from.
 */
public final class Identifiers {

    /**
     * The characters an identifier may hold in our 837P: the X12 basic character set plus lower-case letters,
     * without the four delimiters our writer uses (segment ~, element *, component :, repetition ^). A payer would
     * read one of those inside an id as the end of the element.
     */
    public static final String X12_PUNCTUATION = " !\"&'()+,-./;?=";

    private static final Pattern EIN = Pattern.compile("(\\d{2})-?(\\d{7})");
    private static final Pattern SSN = Pattern.compile("(\\d{3})-?(\\d{2})-?(\\d{4})");
    private static final Pattern ZIP = Pattern.compile("(\\d{5})(?:-?(\\d{4}))?");
    private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s().\\-]");

    private Identifiers() {
    }

    /** The first character an X12 identifier may not hold, if any. */
    public static Optional<Character> firstNonX12(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean letterOrDigit = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && X12_PUNCTUATION.indexOf(c) < 0) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The four characters our 837P writer uses as delimiters: segment, element, component and repetition. */
    public static final String X12_DELIMITERS = "~*:^";

    /**
     * The first character free text (a name, an address line, a licence number) may not hold on a claim, if any: an
     * X12 delimiter, which the payer would read as the end of an element or segment; a control character such as a
     * newline; or a character outside the Latin script. The 837P carries only the X12 extended character set, so
     * letters with accents are accepted and folded there ("José" goes as "JOSE"), while a name in another script
     * (王小明, Иван) or an emoji would arrive empty or unreadable: it is refused where it is typed, never later.
     */
    public static Optional<Character> firstNotInFreeText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int type = Character.getType(c);
            if (X12_DELIMITERS.indexOf(c) >= 0 || Character.isISOControl(c)
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || !writableOnClaim(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Typographic apostrophes, quotes and dashes word processors put into names (the 837P writer spaces them). */
    private static final String TYPOGRAPHIC = "\u2018\u2019\u201C\u201D\u2010\u2011\u2012\u2013\u2014\u00A0";

    /**
     * Printable ASCII, a Latin letter a claim can spell in plain letters (with its accents; see {@link ClaimText}) or a
     * combining accent; surrogates never are.
     */
    private static boolean writableOnClaim(char c) {
        if (c >= 0x20 && c < 0x7F) {
            return true;
        }
        if (Character.isSurrogate(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return (script == Character.UnicodeScript.LATIN && Character.isLetter(c) && ClaimText.foldsToPlainLetters(c))
                || (script == Character.UnicodeScript.INHERITED && Character.getType(c) == Character.NON_SPACING_MARK)
                || TYPOGRAPHIC.indexOf(c) >= 0;
    }

    public static boolean isX12(String value) {
        return firstNonX12(value).isEmpty();
    }

    /** An employer identification number: nine digits, written 93-1234567 or 931234567. */
    public static Optional<String> ein(String text) {
        var matcher = EIN.matcher(text.strip());
        return matcher.matches() ? Optional.of(matcher.group(1) + matcher.group(2)) : Optional.empty();
    }

    /**
     * A social security number (a sole proprietor's tax id): nine digits, 123-45-6789 or 123456789, that the SSA
     * could have issued (area not 000, 666 or 900-999; group not 00; serial not 0000).
     */
    public static Optional<String> ssn(String text) {
        var matcher = SSN.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String area = matcher.group(1);
        if (area.equals("000") || area.equals("666") || area.charAt(0) == '9'
                || matcher.group(2).equals("00") || matcher.group(3).equals("0000")) {
            return Optional.empty();
        }
        return Optional.of(area + matcher.group(2) + matcher.group(3));
    }

    /** An SSN as screens and exports show it: only the last four digits, ***-**-6789. */
    public static String maskSsn(String ssn) {
        String digits = ssn.replaceAll("\\D", "");
        String last = digits.length() >= 4 ? digits.substring(digits.length() - 4) : "****";
        return "***-**-" + last;
    }

    /** A ZIP code of 5 digits or ZIP+4 (9 digits, 97201-1234), as digits. */
    public static Optional<String> zip(String text) {
        var matcher = ZIP.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) + (matcher.group(2) == null ? "" : matcher.group(2)));
    }

    /** A ZIP+4 code only: the 837P wants nine digits for the billing provider (loop 2010AA N403). */
    public static Optional<String> zipPlus4(String text) {
        return zip(text).filter(zip -> zip.length() == 9);
    }

    /**
     * A U.S. phone number: ten digits, with any of the usual spaces, dots, dashes and brackets, and an optional
     * leading country code 1 or +1. The area code and exchange do not start with 0 or 1 (NANP).
     */
    public static Optional<String> phone(String text) {
        String digits = PHONE_PUNCTUATION.matcher(text.strip()).replaceAll("");
        if (digits.startsWith("+1")) {
            digits = digits.substring(2);
        } else if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        if (!digits.matches("[2-9]\\d{2}[2-9]\\d{6}")) {
            return Optional.empty();
        }
        return Optional.of(digits);
    }
}
