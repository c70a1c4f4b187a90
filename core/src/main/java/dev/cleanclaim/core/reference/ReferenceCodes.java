package dev.cleanclaim.core.reference;

import java.util.Map;
import java.util.Optional;

/**
 * Code sets that practice and patient data are checked against: NUCC provider taxonomy, CMS place of service,
 * and USPS state codes. Each maps a code to its name, for messages.
 */
public record ReferenceCodes(Map<String, String> taxonomies, Map<String, String> placesOfService, Map<String, String> states) {

    public ReferenceCodes {
        taxonomies = Map.copyOf(taxonomies);
        placesOfService = Map.copyOf(placesOfService);
        states = Map.copyOf(states);
    }

    public Optional<String> taxonomy(String code) {
        return Optional.ofNullable(taxonomies.get(code));
    }

    public Optional<String> placeOfService(String code) {
        return Optional.ofNullable(placesOfService.get(code));
    }

    public Optional<String> state(String code) {
        return Optional.ofNullable(states.get(code));
    }
}
