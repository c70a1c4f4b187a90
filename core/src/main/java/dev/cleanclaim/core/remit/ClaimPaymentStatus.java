package dev.cleanclaim.core.remit;

import java.util.Optional;

/** CLP02: how the payer processed the claim. */
public enum ClaimPaymentStatus {
    PROCESSED_AS_PRIMARY("1", "processed as primary"),
    PROCESSED_AS_SECONDARY("2", "processed as secondary"),
    PROCESSED_AS_TERTIARY("3", "processed as tertiary"),
    DENIED("4", "denied"),
    PRIMARY_FORWARDED("19", "processed as primary, forwarded to additional payer(s)"),
    SECONDARY_FORWARDED("20", "processed as secondary, forwarded to additional payer(s)"),
    TERTIARY_FORWARDED("21", "processed as tertiary, forwarded to additional payer(s)"),
    REVERSAL("22", "reversal of previous payment"),
    NOT_OUR_CLAIM_FORWARDED("23", "not our claim, forwarded to additional payer(s)"),
    PREDETERMINATION("25", "predetermination pricing only, no payment");

    private final String code;
    private final String meaning;

    ClaimPaymentStatus(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public String code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<ClaimPaymentStatus> parse(String code) {
        for (ClaimPaymentStatus status : values()) {
            if (status.code.equals(code.trim())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
