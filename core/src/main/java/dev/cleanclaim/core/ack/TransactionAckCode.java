package dev.cleanclaim.core.ack;

/**
 * IK501, the verdict on one transaction set (one 837 we sent). E still means accepted: the errors noted did not stop
 * the receiver, so the claims went on to the payer and a 277CA will follow.
 */
public enum TransactionAckCode {
    A("accepted"),
    E("accepted, but errors were noted"),
    M("rejected: message authentication code (MAC) failed"),
    R("rejected"),
    W("rejected: assurance failed validity tests"),
    X("rejected: content after decryption could not be analyzed");

    private final String words;

    TransactionAckCode(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** True when the transaction set, and so every claim in it, went no further and must be sent again. */
    public boolean rejects() {
        return this != A && this != E;
    }
}
