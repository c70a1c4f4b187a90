package dev.cleanclaim.core.submission;

import java.util.Locale;
import java.util.Optional;

/**
 * What a claim does to the payer's record (837P CLM05-3, CMS-1500 box 22): a new claim, a replacement of one the
 * payer already has, or a void of it. A replacement or void names the payer's own number for the claim it corrects
 * (REF*F8, box 22 "original ref. no."), so the payer can find it.
 */
public enum ClaimFrequency {
    ORIGINAL("1"), REPLACEMENT("7"), VOID("8");

    private final String code;

    ClaimFrequency(String code) {
        this.code = code;
    }

    /** The X12 claim frequency type code (CLM05-3). */
    public String code() {
        return code;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean corrects() {
        return this != ORIGINAL;
    }

    public static Optional<ClaimFrequency> ofCode(String code) {
        for (ClaimFrequency frequency : values()) {
            if (frequency.code.equals(code)) {
                return Optional.of(frequency);
            }
        }
        return Optional.empty();
    }

    /** A correction kind as a person names it: "replacement" or "void". */
    public static Optional<ClaimFrequency> ofCorrection(String kind) {
        String wanted = kind.trim().toLowerCase(Locale.ROOT);
        return REPLACEMENT.id().equals(wanted) ? Optional.of(REPLACEMENT)
                : VOID.id().equals(wanted) ? Optional.of(VOID) : Optional.empty();
    }
}
