package dev.cleanclaim.core.submission;

import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.visit.Provider;

import java.util.List;
import java.util.Optional;

/**
 * Finds the practice's record of the visit's provider: by NPI when the visit has one, otherwise the one provider
 * of that type. A type that disagrees with the practice file is reported, since it changes who may bill.
 */
final class RenderingProviderMatch {

    private final Practice practice;

    RenderingProviderMatch(Practice practice) {
        this.practice = practice;
    }

    Optional<RenderingProvider> find(Provider provider, List<String> missing) {
        if (provider.npi().isPresent()) {
            String npi = provider.npi().get();
            Optional<RenderingProvider> found = practice.provider(npi);
            if (found.isEmpty()) {
                missing.add("$.provider.npi: " + npi + " is not among the practice file's providers; add the"
                        + " provider (name, type, NPI, taxonomy) to the practice file");
            } else if (found.get().type() != provider.type()) {
                missing.add("$.provider.type: the visit says " + provider.type() + " but the practice file lists NPI "
                        + npi + " (" + found.get().firstName() + " " + found.get().lastName() + ") as "
                        + found.get().type());
                return Optional.empty();
            }
            return found;
        }
        List<RenderingProvider> ofType = practice.providers().stream()
                .filter(candidate -> candidate.type() == provider.type()).toList();
        if (ofType.size() == 1) {
            return Optional.of(ofType.get(0));
        }
        missing.add("$.provider.npi: missing; the practice file lists " + ofType.size() + " providers of type "
                + provider.type() + ", so the visit must name its provider's NPI");
        return Optional.empty();
    }
}
