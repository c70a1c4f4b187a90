package dev.cleanclaim.core.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * The types that may supervise a provider of this type, whose claims then go out under the supervisor (837P
     * 2310B): a PT assistant under a physical therapist and an OT assistant under an occupational therapist (Medicare
     * does not enroll assistants), an employed massage therapist under the chiropractor or physician who employs them
     * (the payers whose packs bill an employed therapist's massage under the employer name DC, MD or DO). Every other type bills under its own NPI and has no supervisor, so an assistant
     * or a massage therapist never supervises anyone, and no two providers can supervise each other.
     */
    public Set<ProviderType> supervisedBy() {
        return switch (this) {
            case PTA -> Set.of(PT);
            case OTA -> Set.of(OT);
            case LMT -> Set.of(DC, MD, DO);
            case PT, OT, DC, MD, DO -> Set.of();
        };
    }

    /**
     * A physical or occupational therapy assistant: Medicare does not enroll them, so their services go out under the
     * supervising therapist, marked CQ or CO.
     */
    public boolean isAssistant() {
        return this == PTA || this == OTA;
    }

    /**
     * A physical or occupational therapist or therapy assistant: whoever furnishes a service under a therapy plan of
     * care, so a "sometimes therapy" code they furnish is therapy.
     */
    public boolean isTherapist() {
        return this == PT || this == PTA || this == OT || this == OTA;
    }

    /** Whether a provider of this type may supervise one of {@code supervised}. */
    public boolean canSupervise(ProviderType supervised) {
        return supervised.supervisedBy().contains(this);
    }

    /** The supervised types, as a sentence: "PTA by PT; OTA by OT; LMT by DC, MD or DO". */
    public static String supervisionRules() {
        return Arrays.stream(values()).filter(type -> !type.supervisedBy().isEmpty())
                .map(type -> type + " by " + or(type.supervisedBy()))
                .collect(Collectors.joining("; "));
    }

    /** "PT" or "DC, MD or DO", in the enum's order. */
    public static String or(Set<ProviderType> types) {
        List<String> names = Arrays.stream(values()).filter(types::contains).map(Enum::name).toList();
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    public static Optional<ProviderType> parse(String text) {
        return Arrays.stream(values()).filter(type -> type.name().equalsIgnoreCase(text.trim())).findFirst();
    }
}
