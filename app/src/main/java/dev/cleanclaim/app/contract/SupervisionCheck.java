package dev.cleanclaim.app.contract;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.practice.RenderingProvider;

import java.util.Collection;
import java.util.Optional;

/**
 * Whether a provider's named supervisor can supervise them, by type ({@link ProviderType#supervisedBy}) and by being
 * active: a claim goes out under the supervisor, so one that cannot supervise would bill the visit under the wrong
 * provider or not at all. The practice file checks it for all its providers at once, the API and pages for the one
 * provider written against the providers stored.
 */
public final class SupervisionCheck {

    private SupervisionCheck() {
    }

    /**
     * What is wrong with {@code provider}'s supervisor, if anything; {@code supervisor} is the provider with the named
     * NPI, empty when there is none (reported elsewhere: the file or the store knows where supervisors come from).
     */
    public static Optional<String> supervisorProblem(RenderingProvider provider, Optional<RenderingProvider> supervisor) {
        if (provider.supervisorNpi().isEmpty()) {
            return Optional.empty();
        }
        if (provider.type().supervisedBy().isEmpty()) {
            return Optional.of("a " + provider.type() + " bills under their own NPI and has no supervisor (who is"
                    + " supervised by whom: " + ProviderType.supervisionRules() + ")");
        }
        if (supervisor.isEmpty()) {
            return Optional.empty();
        }
        RenderingProvider named = supervisor.get();
        if (!named.type().canSupervise(provider.type())) {
            return Optional.of("NPI " + named.npi() + " is " + named.fullName() + ", a " + named.type() + ", who cannot"
                    + " supervise a " + provider.type() + "; name the NPI of a " + ProviderType.or(provider.type().supervisedBy()));
        }
        if (provider.active() && !named.active()) {
            return Optional.of("NPI " + named.npi() + " is " + named.fullName() + ", who is inactive; name an active "
                    + ProviderType.or(provider.type().supervisedBy()) + " as supervisor");
        }
        return Optional.empty();
    }

    /**
     * What is wrong with {@code changed} as the supervisor of the other providers that name its NPI, if anything: its
     * new type must still supervise them ($.type), and it stays active while an active provider works under it
     * ($.active).
     */
    public static Optional<InputProblem> superviseeProblem(RenderingProvider changed, Collection<RenderingProvider> others) {
        for (RenderingProvider other : others) {
            if (!other.supervisorNpi().equals(Optional.of(changed.npi())) || other.npi().equals(changed.npi())) {
                continue;
            }
            if (!changed.type().canSupervise(other.type())) {
                return Optional.of(new InputProblem("$.type", other.fullName() + " (" + other.type() + ", NPI " + other.npi() + ") names this provider"
                        + " as supervisor, whom a " + changed.type() + " cannot supervise; name another supervisor for"
                        + " them first"));
            }
            if (!changed.active() && other.active()) {
                return Optional.of(new InputProblem("$.active", other.fullName() + " (" + other.type() + ", NPI " + other.npi() + ") is active and"
                        + " works under this provider; name another supervisor for them (or make them inactive) first"));
            }
        }
        return Optional.empty();
    }
}
