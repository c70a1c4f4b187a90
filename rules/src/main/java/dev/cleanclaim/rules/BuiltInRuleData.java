package dev.cleanclaim.rules;

import dev.cleanclaim.core.ruledata.RuleData;

import java.io.IOException;
import java.io.Reader;
import java.util.Properties;

/** Loads the rule data shipped with cleanclaim. */
public final class BuiltInRuleData {

    private static final String MANIFEST = "manifest.properties";

    private BuiltInRuleData() {
    }

    public static RuleData load() {
        return load(RuleDataSource.builtIn());
    }

    /** Loads a complete set of rule data files from a source; any bad file stops the load with its location. */
    public static RuleData load(RuleDataSource source) {
        RuleData data = new RuleData(
                version(source),
                CodeCatalogReader.read(source),
                TechniqueMapReader.read(source),
                RegionCatalogReader.read(source),
                PayerDirectoryReader.read(source),
                DiagnosisCodeSetReader.read(source),
                FeeScheduleReader.read(source, "default practice fee schedule"),
                RuleSourcesReader.read(source));
        requireCatalogCodes(data.techniques().codes(), source.describe(TechniqueMapReader.FILE), data);
        requireCatalogCodes(data.fees().perUnit().keySet(), source.describe(FeeScheduleReader.FILE), data);
        return data;
    }

    // A technique or fee for a code the catalog lacks would only surface on some later visit: refuse it at load.
    private static void requireCatalogCodes(java.util.Collection<String> codes, String file, RuleData data) {
        for (String code : codes) {
            if (data.codes().find(code).isEmpty()) {
                throw new RuleDataException(file, "names code " + code + ", which is not in " + CodeCatalogReader.FILE);
            }
        }
    }

    private static String version(RuleDataSource source) {
        Properties manifest = new Properties();
        Reader reader = source.open(MANIFEST);
        try (reader) {
            manifest.load(reader);
        } catch (IOException e) {
            throw new RuleDataException(source.describe(MANIFEST), "could not be read: " + e.getMessage(), e);
        }
        String version = manifest.getProperty("version");
        if (version == null || version.isBlank()) {
            throw new RuleDataException(source.describe(MANIFEST), "has no version");
        }
        return version.trim();
    }
}
