package dev.cleanclaim.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.Reader;
import java.util.Map;

/**
 * Reads YAML into a JSON tree whose scalars are all text, exactly as written: a ZIP code 02134 or an NPI stays
 * the digits the user typed instead of becoming a number (or, with a leading zero, an octal one).
 */
public final class YamlTree {

    private YamlTree() {
    }

    public static JsonNode read(Reader reader, String name) {
        return convert(LocatedYaml.read(reader, name));
    }

    private static JsonNode convert(LocatedYaml.Node node) {
        if (node.isMap()) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, LocatedYaml.Node> field : node.map().entrySet()) {
                object.set(field.getKey(), convert(field.getValue()));
            }
            return object;
        }
        if (node.value() instanceof java.util.List<?>) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            node.list().forEach(item -> array.add(convert(item)));
            return array;
        }
        return node.value() == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.textNode((String) node.value());
    }
}
