package dev.cleanclaim.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing without handing an attacker a way to lock the real user out. Two counts, each over the
 * last {@link #WINDOW}:
 * <ul>
 *   <li>per client address: after {@link #PER_ADDRESS} failures that address waits (a 429, which says nothing
 *       about any account), whatever name it tries;</li>
 *   <li>per account name and address: after {@link #PER_ACCOUNT_AND_ADDRESS} failures that address gets no further
 *       check of that name (answered exactly like a wrong password, so a locked name looks like an unknown one),
 *       while the same name from any other address (the real user's) still signs in.</li>
 * </ul>
 * A wrong second-factor code counts in both, and also per account from anywhere: after {@link #CODES_PER_ACCOUNT}
 * wrong codes the account's codes are not checked until the window has passed, so addresses by the thousand guess
 * no faster than one. Only someone who typed the right password reaches a code, so no stranger can use this to keep
 * the real user out.
 * Names are counted whether or not they exist, so an unknown name behaves exactly as a known one. The address is
 * the client's as {@link ClientAddress} found it (behind a trusted proxy, the forwarded one), never the proxy's:
 * keyed on the proxy, one attacker's failures throttled everybody.
 */
final class LoginThrottle {

    static final int PER_ADDRESS = 20;
    static final int PER_ACCOUNT_AND_ADDRESS = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int CODES_PER_ACCOUNT = 10;

    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAccountAndAddress = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> codesByAccount = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this address must wait before trying any name, if it must. */
    Optional<Duration> waitFor(String address) {
        return wait(byAddress.get(address), PER_ADDRESS);
    }

    /** Whether this address has failed this name too often to have it checked again yet. */
    boolean accountLockedFrom(String username, String address) {
        return wait(byAccountAndAddress.get(key(username, address)), PER_ACCOUNT_AND_ADDRESS).isPresent();
    }

    /** How long the account's second-factor codes go unchecked after too many wrong ones, from anywhere. */
    Optional<Duration> codeChecksPausedFor(String username) {
        return wait(codesByAccount.get(key(username, "")), CODES_PER_ACCOUNT);
    }

    /** A second-factor code about to be checked: counted before the check, so guesses sent at once are all counted. */
    void codeTried(String username, String address) {
        failed(username, address);
        record(codesByAccount, key(username, ""));
    }

    /** The code was right: it does not count against the account or the address. */
    void codeRight(String username, String address) {
        forgetNewest(byAddress, address);
        forgetNewest(byAccountAndAddress, key(username, address));
        forgetNewest(codesByAccount, key(username, ""));
    }

    private static void forgetNewest(Map<String, Deque<Instant>> counts, String key) {
        Deque<Instant> recent = counts.get(key);
        if (recent != null) {
            synchronized (recent) {
                recent.pollLast();
            }
        }
    }

    void failed(String username, String address) {
        record(byAddress, address);
        record(byAccountAndAddress, key(username, address));
    }

    private void record(Map<String, Deque<Instant>> counts, String key) {
        Deque<Instant> recent = counts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
        }
    }

    private Optional<Duration> wait(Deque<Instant> recent, int allowed) {
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            Instant now = clock.instant();
            while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
                recent.pollFirst();
            }
            if (recent.size() < allowed) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, recent.peekFirst().plus(WINDOW)));
        }
    }

    private static String key(String username, String address) {
        return (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)) + "\n" + address;
    }
}
