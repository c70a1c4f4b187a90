package dev.cleanclaim.core.ack;

/**
 * AK901, the verdict on a whole functional group. P is the group-only code: some transaction sets were accepted and
 * some rejected, so each {@link TransactionResponse} must be looked at.
 */
public enum GroupAckCode {
    A("accepted"),
    E("accepted, but errors were noted"),
    P("partially accepted: at least one transaction set was rejected"),
    R("rejected"),
    M("rejected: message authentication code (MAC) failed"),
    W("rejected: assurance failed validity tests"),
    X("rejected: content after decryption could not be analyzed");

    private final String words;

    GroupAckCode(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** True when no transaction set of the group went further. */
    public boolean rejects() {
        return this != A && this != E && this != P;
    }
}
