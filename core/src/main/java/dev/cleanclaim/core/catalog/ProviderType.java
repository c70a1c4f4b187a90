package dev.cleanclaim.core.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The licence of whoever rendered a service. */
public enum ProviderType {
    LMT("licensed massage therapist"),
    PT("physical therapist"),
    PTA("physical therapist assistant"),
    OT("occupational therapist"),
    OTA("occupational therapy assistant"),
    DC("doctor of chiropractic"),
    MD("doctor of medicine"),
    DO("doctor of osteopathic medicine");

    private final String title;

    ProviderType(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public static Optional<ProviderType> parse(String text) {
        return Arrays.stream(values()).filter(type -> type.name().equalsIgnoreCase(text.trim())).findFirst();
    }
}
