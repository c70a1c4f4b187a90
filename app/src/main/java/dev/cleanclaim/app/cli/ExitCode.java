package dev.cleanclaim.app.cli;

/** The exit codes every command keeps to; scripts depend on them. */
final class ExitCode {

    /** Done; a claim has no error findings. */
    static final int OK = 0;
    /** A claim has at least one error finding: it would be rejected or denied as it stands. */
    static final int CLAIM_HAS_ERRORS = 1;
    /** The audit log's hash chain is broken: a row was changed or deleted after it was sealed. */
    static final int AUDIT_LOG_BROKEN = 1;
    /** Bad input or usage: nothing was produced. */
    static final int BAD_INPUT = 2;
    /** A fault in cleanclaim itself; the message says so. */
    static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
