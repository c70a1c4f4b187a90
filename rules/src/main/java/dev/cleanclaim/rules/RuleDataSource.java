package dev.cleanclaim.rules;

import dev.cleanclaim.core.ncci.PtpTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Where rule data files are read from: the built-in resources, or a user's rule folder over them. */
public interface RuleDataSource {

    /** Opens a file by its path relative to the rule data root. */
    Reader open(String file);

    /** How to name the file in an error message. */
    String describe(String file);

    boolean exists(String file);

    /** Payer pack files beyond the built-in ones, e.g. "payers/aetna.yaml" dropped into a rule folder. */
    default List<String> extraPayerFiles() {
        return List.of();
    }

    /** An NCCI PTP table imported from the official CMS files, when the source holds one. */
    default Optional<PtpTable> importedPtp() {
        return Optional.empty();
    }

    /** The rule data shipped inside cleanclaim. */
    static RuleDataSource builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** The built-in resources. */
    final class BuiltIn implements RuleDataSource {

        static final BuiltIn INSTANCE = new BuiltIn();
        private static final String ROOT = "/dev/cleanclaim/rules/builtin/";

        private BuiltIn() {
        }

        @Override
        public Reader open(String file) {
            InputStream stream = RuleDataSource.class.getResourceAsStream(ROOT + file);
            if (stream == null) {
                throw new RuleDataException(describe(file), "missing from the cleanclaim jar");
            }
            return new InputStreamReader(stream, StandardCharsets.UTF_8);
        }

        @Override
        public String describe(String file) {
            return "built-in rule data " + file;
        }

        @Override
        public boolean exists(String file) {
            return RuleDataSource.class.getResource(ROOT + file) != null;
        }
    }

    /** Closes a reader opened from a source, turning the checked exception into a rule-data error. */
    static void close(Reader reader, String location) {
        try {
            reader.close();
        } catch (IOException e) {
            throw new RuleDataException(location, "could not be closed: " + e.getMessage(), e);
        }
    }
}
