package dev.cleanclaim.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * YAML read into plain values that remember their line, so that a problem found after parsing (an unknown rule,
 * a bad setting) is still reported at the line that holds it.
 */
final class LocatedYaml {

    private static final YAMLFactory YAML = new YAMLFactory();

    /**
     * A value (String, List of Node, or Map of String to Node) and the line it starts on; {@code number} when it is a
     * scalar written without quotes that YAML reads as a number (its text is kept exactly as written either way).
     */
    record Node(Object value, int line, boolean number) {

        Node(Object value, int line) {
            this(value, line, false);
        }

        boolean isMap() {
            return value instanceof Map;
        }

        @SuppressWarnings("unchecked")
        Map<String, Node> map() {
            return (Map<String, Node>) value;
        }

        @SuppressWarnings("unchecked")
        List<Node> list() {
            return (List<Node>) value;
        }
    }

    private LocatedYaml() {
    }

    static Node read(Reader reader, String name) {
        try (JsonParser parser = YAML.createParser(reader)) {
            if (parser.nextToken() == null) {
                throw new RuleDataException(name, "is empty");
            }
            return node(parser, name);
        } catch (JsonProcessingException e) {
            // The YAML parser wraps a failure of the reader beneath it; that is no YAML mistake to point a line at.
            Optional<IOException> unreadable = readFailure(e);
            if (unreadable.isPresent()) {
                throw unreadable(name, unreadable.get());
            }
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RuleDataException(name + (line > 0 ? " line " + line : ""), "is not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    private static RuleDataException unreadable(String name, IOException failure) {
        if (failure instanceof CharacterCodingException) {
            return new RuleDataException(name, "is not UTF-8 text (a YAML file is; was a binary file or another encoding given?)", failure);
        }
        return new RuleDataException(name, "could not be read: " + failure.getMessage(), failure);
    }

    /** The reader's own failure (not UTF-8, a folder) under the parser's exception, if that is what it is. */
    private static Optional<IOException> readFailure(JsonProcessingException parsing) {
        for (Throwable cause = parsing.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io && !(cause instanceof JsonProcessingException)) {
                return Optional.of(io);
            }
        }
        return Optional.empty();
    }

    private static Node node(JsonParser parser, String name) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Node> map = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                if (map.put(key, node(parser, name)) != null) {
                    throw new RuleDataException(name + " line " + keyLine, "key " + key + " appears twice");
                }
            }
            return new Node(map, line);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> list = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                list.add(node(parser, name));
            }
            return new Node(list, line);
        }
        return new Node(token == JsonToken.VALUE_NULL ? null : parser.getText(), line,
                token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT);
    }
}
