package dev.cleanclaim.core.coding;

import dev.cleanclaim.core.catalog.ProviderType;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A technique a therapist writes in the notes and the code it is billed as.
 *
 * @param aliases     other spellings of the same technique
 * @param onlyWhen    the provider types for whom this mapping holds; empty means any provider
 * @param source      why the technique is that code
 */
public record TechniqueEntry(String technique, List<String> aliases, String code, Set<ProviderType> onlyWhen,
                             String source) {

    public TechniqueEntry {
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        aliases = List.copyOf(aliases);
        onlyWhen = Set.copyOf(onlyWhen);
    }

    public boolean appliesTo(ProviderType provider) {
        return onlyWhen.isEmpty() || onlyWhen.contains(provider);
    }
}
