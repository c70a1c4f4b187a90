package dev.cleanclaim.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.Reader;

/** Reads rule-data YAML into records; unknown or missing keys are refused with the file and line. */
final class YamlFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private YamlFiles() {
    }

    static <T> T read(RuleDataSource source, String file, JavaType type) {
        String name = source.describe(file);
        Reader reader = source.open(file);
        try (reader) {
            T value = YAML.readValue(reader, type);
            if (value == null) {
                throw new RuleDataException(name, "is empty");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new RuleDataException(name + lineOf(e.getLocation()), e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RuleDataException(name, "could not be read: " + e.getMessage(), e);
        }
    }

    /** A key every entry of a list must have; Jackson's own message for a missing key names no entry. */
    static <T> T require(T value, String key, int index, String file) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new RuleDataException(file + " entry " + (index + 1), "\"" + key + "\" is missing");
        }
        return value;
    }

    static com.fasterxml.jackson.databind.type.TypeFactory types() {
        return YAML.getTypeFactory();
    }

    private static String lineOf(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " line " + location.getLineNr();
    }
}
