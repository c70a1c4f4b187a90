package dev.cleanclaim.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** Where rule data files are read from: the built-in resources, or (later) a user's rule folder. */
public interface RuleDataSource {

    /** Opens a file by its path relative to the rule data root. */
    Reader open(String file);

    /** How to name the file in an error message. */
    String describe(String file);

    /** The rule data shipped inside cleanclaim. */
    static RuleDataSource builtIn() {
        return new RuleDataSource() {
            private static final String ROOT = "/dev/cleanclaim/rules/builtin/";

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
        };
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
