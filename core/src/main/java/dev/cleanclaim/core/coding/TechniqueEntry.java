package dev.cleanclaim.core.coding;

import dev.cleanclaim.core.catalog.ProviderType;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A technique a therapist writes in the notes and the code it is billed as.
 *
 * @param aliases     other spellings of the same technique
 * @param onlyWhen    the provider types for whom this mapping holds; empty means any provider
 * @param why         the reason in a biller's words ("myofascial release is manual therapy, never massage"), for
 *                    the message that corrects a code billed against it
 * @param source      where the mapping comes from, cited on the findings it decides
 */
public record TechniqueEntry(String technique, List<String> aliases, String code, Set<ProviderType> onlyWhen,
                             Optional<String> why, String source) {

    public TechniqueEntry {
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(source, "source");
        aliases = List.copyOf(aliases);
        onlyWhen = Set.copyOf(onlyWhen);
    }

    public boolean appliesTo(ProviderType provider) {
        return onlyWhen.isEmpty() || onlyWhen.contains(provider);
    }
}
