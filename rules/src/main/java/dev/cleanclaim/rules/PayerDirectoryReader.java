package dev.cleanclaim.rules;

import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.payer.PayerDirectory;
import dev.cleanclaim.core.units.UnitMethod;

import java.util.ArrayList;
import java.util.List;

/** Reads payers.yaml: the payers a visit may name and each one's unit method. */
final class PayerDirectoryReader {

    static final String FILE = "payers.yaml";

    // A plain bean, not a record, so that an unknown key is reported at its own line (see TechniqueMapReader).
    static final class Entry {
        public String id;
        public String name;
        public String unitMethod;
        public String unitMethodSource;
    }

    private PayerDirectoryReader() {
    }

    static PayerDirectory read(RuleDataSource source) {
        List<Entry> entries = YamlFiles.read(source, FILE,
                YamlFiles.types().constructCollectionType(List.class, Entry.class));
        String name = source.describe(FILE);
        List<Payer> payers = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String method = YamlFiles.require(entry.unitMethod, "unitMethod", i, name);
            String location = name + " entry " + (i + 1);
            payers.add(new Payer(
                    YamlFiles.require(entry.id, "id", i, name),
                    YamlFiles.require(entry.name, "name", i, name),
                    UnitMethod.parse(method).orElseThrow(() -> new RuleDataException(location,
                            "unitMethod must be medicare or ama, got \"" + method + "\"")),
                    YamlFiles.require(entry.unitMethodSource, "unitMethodSource", i, name)));
        }
        try {
            return new PayerDirectory(payers);
        } catch (IllegalArgumentException e) {
            throw new RuleDataException(name, e.getMessage(), e);
        }
    }
}
