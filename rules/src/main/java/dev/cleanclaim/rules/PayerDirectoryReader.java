package dev.cleanclaim.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.payer.PayerDirectory;
import dev.cleanclaim.core.units.UnitMethod;

import java.util.List;

/** Reads payers.yaml: the payers a visit may name and each one's unit method. */
final class PayerDirectoryReader {

    static final String FILE = "payers.yaml";

    record Entry(@JsonProperty(required = true) String id, @JsonProperty(required = true) String name,
                 @JsonProperty(required = true) String unitMethod,
                 @JsonProperty(required = true) String unitMethodSource) {
    }

    private PayerDirectoryReader() {
    }

    static PayerDirectory read(RuleDataSource source) {
        List<Entry> entries = YamlFiles.read(source, FILE,
                YamlFiles.types().constructCollectionType(List.class, Entry.class));
        try {
            return new PayerDirectory(entries.stream().map(entry -> new Payer(entry.id(), entry.name(),
                    UnitMethod.parse(entry.unitMethod()).orElseThrow(() -> new IllegalArgumentException(
                            "payer " + entry.id() + ": unitMethod must be medicare or ama, got " + entry.unitMethod())),
                    entry.unitMethodSource())).toList());
        } catch (IllegalArgumentException e) {
            throw new RuleDataException(source.describe(FILE), e.getMessage(), e);
        }
    }
}
