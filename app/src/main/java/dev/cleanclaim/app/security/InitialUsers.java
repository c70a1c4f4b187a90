package dev.cleanclaim.app.security;

import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.store.AuditNote;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.UserRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The users a new workspace starts with. The admin's password comes from CLEANCLAIM_ADMIN_PASSWORD, or is made up
 * and shown once; with the demo practice come a biller and one therapist per demo provider, each with a password
 * of their own made up and shown once (CLEANCLAIM_DEMO_PASSWORD gives them all one chosen password instead, for
 * scripted test set-ups). Passwords from the environment meet {@link PasswordPolicy}. Only hashes are stored.
 */
public final class InitialUsers {

    public static final String ADMIN_PASSWORD = "CLEANCLAIM_ADMIN_PASSWORD";
    public static final String DEMO_PASSWORD = "CLEANCLAIM_DEMO_PASSWORD";
    /**
     * The admin's authenticator-app secret (base32) for a scripted set-up, as the admin password is: with it the
     * admin starts with their second factor set up, so a script can compute codes (oathtool --totp -b SECRET).
     */
    public static final String ADMIN_TOTP_SECRET = "CLEANCLAIM_ADMIN_TOTP_SECRET";
    /** 128 bits in base32, the least RFC 4226 allows for a shared secret. */
    private static final int SHORTEST_SECRET = 26;

    private InitialUsers() {
    }

    /**
     * Creates the users when the workspace has none; returns what to tell the person starting it (once).
     *
     * @param demo whether the demo practice was just seeded, so its biller and therapists get users too
     */
    public static List<Credential> createIfNone(Database database, PasswordHasher hasher, Map<String, String> environment,
                                                boolean demo) {
        if (database.users().count() > 0) {
            return List.of();
        }
        refuseWeak(environment, ADMIN_PASSWORD, "admin");
        Optional<String> adminSecret = adminTotpSecret(environment);
        if (demo) {
            refuseWeak(environment, DEMO_PASSWORD, "biller");
        }
        List<Credential> created = new ArrayList<>();
        created.add(create(database, hasher, "admin", UserRole.ADMIN, Optional.empty(), environment, ADMIN_PASSWORD));
        adminSecret.ifPresent(secret -> {
            long admin = database.users().findByUsername("admin").orElseThrow().id();
            database.secondFactors().enrol(admin, secret, 0, List.of(), new AuditNote("cleanclaim", Optional.empty(),
                    SecurityActions.SECOND_FACTOR_ON, Optional.of("for admin, from " + ADMIN_TOTP_SECRET)));
        });
        if (demo) {
            long practiceId = database.practices().firstId().orElseThrow();
            created.add(create(database, hasher, "biller", UserRole.BILLER, Optional.empty(), environment, DEMO_PASSWORD));
            for (Stored<RenderingProvider> provider : database.practices().providers(practiceId)) {
                String username = provider.value().firstName().toLowerCase(java.util.Locale.ROOT);
                created.add(create(database, hasher, username, UserRole.THERAPIST, Optional.of(provider.id()), environment,
                        DEMO_PASSWORD));
            }
        }
        return created;
    }

    /**
     * A password from the environment meets the same rules as one typed into a form: the one an admin picks for a
     * script is the one an attacker guesses first if it is "a".
     */
    private static void refuseWeak(Map<String, String> environment, String variable, String username) {
        Optional.ofNullable(environment.get(variable)).filter(value -> !value.isBlank())
                .flatMap(password -> PasswordPolicy.problemWith(username, password))
                .ifPresent(reason -> {
                    throw new WeakPassword(variable + " does not meet the password rules: " + reason
                            + "; cleanclaim did not start (set a better one, or unset it to have one made up)");
                });
    }

    /** The admin's TOTP secret from the environment, refused (nothing started) unless it is base32 of 128 bits or more. */
    private static Optional<String> adminTotpSecret(Map<String, String> environment) {
        Optional<String> secret = Optional.ofNullable(environment.get(ADMIN_TOTP_SECRET)).map(String::trim)
                .filter(value -> !value.isEmpty()).map(value -> value.replace(" ", "").toUpperCase(java.util.Locale.ROOT));
        if (secret.filter(value -> !value.matches("[A-Z2-7]{" + SHORTEST_SECRET + ",64}")).isPresent()) {
            throw new WeakPassword(ADMIN_TOTP_SECRET + " is not a base32 secret of " + SHORTEST_SECRET + " to 64 characters "
                    + "(A-Z, 2-7; 128 bits or more); cleanclaim did not start");
        }
        return secret;
    }

    /** A password from the environment that the rules refuse: the workspace does not start with it. */
    public static final class WeakPassword extends RuntimeException {
        WeakPassword(String message) {
            super(message);
        }
    }

    private static Credential create(Database database, PasswordHasher hasher, String username, UserRole role,
                                     Optional<Long> providerId, Map<String, String> environment, String variable) {
        Optional<String> given = Optional.ofNullable(environment.get(variable)).filter(value -> !value.isBlank());
        String password = given.orElseGet(Tokens::password);
        database.users().create(username, hasher.hash(password), role, providerId);
        return new Credential(username, role, given.isPresent() ? Optional.empty() : Optional.of(password), variable);
    }

    /**
     * @param shownOnce the made-up password, to print this once; empty when it came from {@code variable}
     */
    public record Credential(String username, UserRole role, Optional<String> shownOnce, String variable) {
        /** The user and their made-up password: only for the console or the owner-only file, never a log. */
        public String describe() {
            return describe(shownOnce.map(password -> "password " + password).orElse("password from " + variable));
        }

        /** The user without the password, naming where it was put instead. */
        public String describeWithPasswordIn(String where) {
            return describe(shownOnce.isPresent() ? "password in " + where : "password from " + variable);
        }

        private String describe(String password) {
            return String.format("  %-8s %-9s %s", username, role.name().toLowerCase(java.util.Locale.ROOT), password);
        }
    }
}
