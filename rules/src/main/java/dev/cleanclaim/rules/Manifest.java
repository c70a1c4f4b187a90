package dev.cleanclaim.rules;

import dev.cleanclaim.core.ncci.NcciQuarter;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * manifest.properties: the rule data's version, its payer packs and the editions of the CMS tables. The built-in PTP
 * table's quarter is {@code ptpQuarter}; an imported table knows its own (see {@link RuleStore#readPtp}).
 */
record Manifest(String version, List<String> payers, String ptpEdition, NcciQuarter ptpQuarter) {

    static final String FILE = "manifest.properties";

    static Manifest read(RuleDataSource source) {
        Properties manifest = properties(source, FILE);
        Properties imported = source.exists(RuleStore.IMPORTED_EDITIONS) ? properties(source, RuleStore.IMPORTED_EDITIONS) : new Properties();
        return new Manifest(
                required(manifest, "version", source),
                Arrays.stream(required(manifest, "payers", source).split(",")).map(String::trim).toList(),
                imported.getProperty("ncci.ptp.edition", required(manifest, "ncci.ptp.edition", source)),
                quarter(required(manifest, "ncci.ptp.quarter", source), source));
    }

    static Properties properties(RuleDataSource source, String file) {
        Properties properties = new Properties();
        Reader reader = source.open(file);
        try (reader) {
            properties.load(reader);
        } catch (IOException e) {
            throw new RuleDataException(source.describe(file), "could not be read: " + e.getMessage(), e);
        }
        return properties;
    }

    private static NcciQuarter quarter(String text, RuleDataSource source) {
        try {
            return NcciQuarter.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RuleDataException(source.describe(FILE), "ncci.ptp.quarter: " + e.getMessage(), e);
        }
    }

    private static String required(Properties properties, String key, RuleDataSource source) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new RuleDataException(source.describe(FILE), "has no " + key);
        }
        return value.trim();
    }
}
