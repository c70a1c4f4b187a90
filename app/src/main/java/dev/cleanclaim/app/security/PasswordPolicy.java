package dev.cleanclaim.app.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be, after NIST SP 800-63B §5.1.1.2: long enough, and not one an attacker tries first.
 * There are no composition rules ("a digit and a symbol"): they make passwords harder to remember, not to guess.
 * Refused: fewer than {@link #SHORTEST} characters; one of the most common passwords (the shipped list, see
 * {@code common-passwords.txt}'s README), also once leading and trailing digits and symbols are taken off, as
 * {@code password1234} is {@code password} with a counter; one repeated character; a run such as
 * {@code 123456789012} or {@code abcdefghijkl}; the user name or the product's name inside it.
 */
public final class PasswordPolicy {

    public static final int SHORTEST = 12;
    /** Longer than anyone types, short enough that hashing it is no denial of service. */
    public static final int LONGEST = 256;
    private static final String LIST = "/dev/cleanclaim/app/security/common-passwords.txt";
    private static final Set<String> COMMON = load();
    /** Words of this context an attacker guesses first (800-63B: "context-specific words"). */
    private static final Set<String> CONTEXT_WORDS = Set.of("cleanclaim", "clean claim");

    private PasswordPolicy() {
    }

    /** Why the password may not be used, or empty when it may. */
    public static Optional<String> problemWith(String username, String password) {
        if (password == null || password.length() < SHORTEST) {
            return Optional.of("at least " + SHORTEST + " characters");
        }
        if (password.length() > LONGEST) {
            return Optional.of("at most " + LONGEST + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.chars().distinct().count() == 1) {
            return Optional.of("not one character repeated; a few unrelated words make a strong password");
        }
        if (isRun(lower)) {
            return Optional.of("not a run of keys such as 123456789012 or abcdefghijkl");
        }
        if (COMMON.contains(lower) || isCommonWithCounter(lower)) {
            return Optional.of("this is one of the most common passwords, the first an attacker tries; choose another");
        }
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && lower.contains(name)) {
            return Optional.of("not the user name or a password containing it");
        }
        if (CONTEXT_WORDS.stream().anyMatch(lower::contains)) {
            return Optional.of("not the name of this program or a password containing it");
        }
        return Optional.empty();
    }

    /** A common password with digits or symbols around it: "!password1234" is "password" (a core of 4 letters at least). */
    private static boolean isCommonWithCounter(String lower) {
        String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        return core.length() >= 4 && COMMON.contains(core);
    }

    /** Each character one after the last (or one before), all the way through. */
    private static boolean isRun(String lower) {
        int step = lower.charAt(1) - lower.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < lower.length(); i++) {
            int next = lower.charAt(i) - lower.charAt(i - 1);
            boolean wraps = lower.charAt(i - 1) == (step > 0 ? '9' : '0') && lower.charAt(i) == (step > 0 ? '0' : '9');
            if (next != step && !wraps) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the build");
            }
            Set<String> words = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
                reader.lines().map(String::trim).filter(line -> !line.isEmpty())
                        .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many passwords the shipped list holds (the README promises at least 10,000). */
    static int commonCount() {
        return COMMON.size();
    }
}
