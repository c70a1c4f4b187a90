package dev.cleanclaim.rules.imports;

import dev.cleanclaim.rules.RuleDataException;
import dev.cleanclaim.rules.RuleStore;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Records which CMS files a rule folder's tables came from (ncci/imported.properties), for findings to cite. */
final class ImportedEditions {

    private ImportedEditions() {
    }

    static void record(Path rulesRoot, String key, String edition) {
        Path file = rulesRoot.resolve(RuleStore.IMPORTED_EDITIONS);
        Properties properties = new Properties();
        try {
            Files.createDirectories(file.getParent());
            if (Files.isRegularFile(file)) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    properties.load(reader);
                }
            }
            properties.setProperty(key, edition);
            try (Writer writer = Files.newBufferedWriter(file)) {
                properties.store(writer, "Editions of the CMS tables imported into this rule folder");
            }
        } catch (IOException e) {
            throw new RuleDataException(file.toString(), "cannot be written: " + e.getMessage(), e);
        }
    }
}
