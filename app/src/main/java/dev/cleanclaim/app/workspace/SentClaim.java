package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.lifecycle.ClaimStatus;

import java.util.Objects;
import java.util.Optional;

/**
 * A claim of a visit that is past the point of change ({@link ClaimStatus#isOpenForChange()} is false): it went to
 * the payer as it was, so its visit must stay as it was billed. What the practice does instead depends on where the
 * claim is: a claim the payer has is corrected with a replacement claim; one still on its way waits for the answer.
 */
public record SentClaim(long claimId, String controlNumber, ClaimStatus status) {

    /** The correction a payer knows a claim by: a replacement claim (frequency 7) pointing back to it. */
    public static final String REPLACEMENT = "replacement";

    public SentClaim {
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(status, "status");
        if (status.isOpenForChange()) {
            throw new IllegalArgumentException("a " + status.words() + " claim is still open for change");
        }
    }

    /** How to correct the claim through the API, when the payer has it and knows it by number. */
    public Optional<Correction> correction() {
        return status.isCorrectable() ? Optional.of(new Correction(claimId)) : Optional.empty();
    }

    /** Why the visit cannot change and what to do instead, naming the claim: the refusal's whole message. */
    public String refusal(long visitId) {
        return "visit " + visitId + " cannot be changed: claim " + claimId + " (control number " + controlNumber + ") "
                + standing() + "; " + advice();
    }

    private String standing() {
        return status.wasSent() ? "was sent and is " + status.words() : "is " + status.words();
    }

    private String advice() {
        Correction correction = new Correction(claimId);
        return switch (status) {
            case ACCEPTED, PAID, PARTLY_PAID, DENIED -> "a sent claim never changes — correct it with a replacement claim: "
                    + correction.request() + " or the Correct button on the claim page";
            case SUBMITTED -> "a sent claim never changes — wait for the payer's answer: a rejected claim opens for"
                    + " change again, an accepted or decided one is corrected with a replacement claim ("
                    + correction.method() + " " + correction.path() + ")";
            case APPEALED -> "a sent claim never changes — wait for the appeal's decision, then correct it with a"
                    + " replacement claim (" + correction.method() + " " + correction.path() + ") if it still needs one";
            case CORRECTED -> "a sent claim never changes — the replacement claim made for it carries the correction";
            case VOIDED -> "a sent claim never changes — it was voided, and the visit stays as it was billed";
            case CLOSED -> "a closed claim is billed no more, and its visit stays as it was billed";
            case DRAFT, SCRUBBED, READY, REJECTED -> throw new IllegalStateException("open for change: " + status);
        };
    }

    /** The request that corrects a claim with a replacement (served by the claim corrections endpoint). */
    public record Correction(long claimId) {

        public String method() {
            return "POST";
        }

        public String path() {
            return "/api/v1/claims/" + claimId + "/corrections";
        }

        /** The body to send, with the reason left for the biller to write. */
        public String body() {
            return "{\"kind\":\"" + REPLACEMENT + "\",\"reason\":\"...\"}";
        }

        public String request() {
            return method() + " " + path() + " " + body();
        }
    }
}
