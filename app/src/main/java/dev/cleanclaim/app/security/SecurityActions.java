package dev.cleanclaim.app.security;

/** The audit log's words for security events, in one place (the column holds 20 characters). */
public final class SecurityActions {

    public static final String PASSWORD_CHANGE = "password-change";
    public static final String RESET_CODE = "reset-code";
    public static final String PASSWORD_RESET = "password-reset";
    public static final String SIGN_OUT_EVERYWHERE = "sign-out-all";
    public static final String SECOND_FACTOR_ON = "second-factor-on";
    public static final String SECOND_FACTOR_OFF = "second-factor-off";
    /** An admin removed another user's second factor (a lost phone). */
    public static final String SECOND_FACTOR_CLEAR = "second-factor-clear";
    public static final String RECOVERY_CODES = "recovery-codes-new";

    private SecurityActions() {
    }
}
