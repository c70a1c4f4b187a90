package dev.cleanclaim.core.modifier;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.scrub.RuleParams;

import java.util.EnumSet;
import java.util.Set;

/** Reads a list of provider types from rule settings, naming a type it does not know. */
public final class ProviderTypes {

    private ProviderTypes() {
    }

    public static Set<ProviderType> parse(RuleParams params, String key) {
        Set<ProviderType> types = EnumSet.noneOf(ProviderType.class);
        for (String text : params.list(key)) {
            types.add(ProviderType.parse(text).orElseThrow(() -> new IllegalArgumentException(
                    params.owner() + ": setting " + key + " names unknown provider type \"" + text + "\"")));
        }
        return types;
    }
}
