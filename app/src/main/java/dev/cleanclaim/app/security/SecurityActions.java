package dev.cleanclaim.app.security;

/** The audit log's words for security events, in one place (the column holds 20 characters). */
public final class SecurityActions {

    public static final String PASSWORD_CHANGE = "password-change";
    public static final String RESET_CODE = "reset-code";
    public static final String PASSWORD_RESET = "password-reset";
    public static final String SIGN_OUT_EVERYWHERE = "sign-out-all";

    private SecurityActions() {
    }
}
