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
        return convert(LocatedYaml.read(reader, name), "$", new java.util.HashMap<>());
    }

    /**
     * The tree and the line each value starts on, by JSON path ($.payers[1].name), so that a problem found in the
     * tree can still point at the line to fix.
     */
    public static Located readLocated(Reader reader, String name) {
        Map<String, Integer> lines = new java.util.HashMap<>();
        JsonNode tree = convert(LocatedYaml.read(reader, name), "$", lines);
        return new Located(tree, Map.copyOf(lines));
    }

    /** A YAML document as a tree, with the line of each value by its JSON path. */
    public record Located(JsonNode tree, Map<String, Integer> lines) {

        /** The line of the path, or of its nearest enclosing value that the document has (a missing key's object). */
        public java.util.OptionalInt lineOf(String path) {
            String at = path;
            while (true) {
                Integer line = lines.get(at);
                if (line != null) {
                    return java.util.OptionalInt.of(line);
                }
                int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
                if (cut <= 0) {
                    return java.util.OptionalInt.empty();
                }
                at = at.substring(0, cut);
            }
        }
    }

    private static JsonNode convert(LocatedYaml.Node node, String path, Map<String, Integer> lines) {
        lines.put(path, node.line());
        if (node.isMap()) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, LocatedYaml.Node> field : node.map().entrySet()) {
                object.set(field.getKey(), convert(field.getValue(), path + "." + field.getKey(), lines));
            }
            return object;
        }
        if (node.value() instanceof java.util.List<?>) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.list().size(); i++) {
                array.add(convert(node.list().get(i), path + "[" + i + "]", lines));
            }
            return array;
        }
        if (node.value() == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        return node.number() ? new UnquotedNumber((String) node.value()) : JsonNodeFactory.instance.textNode((String) node.value());
    }

    /**
     * A scalar written without quotes that YAML reads as a number (48.00, 60054): text as written, like every scalar
     * here, but marked, so that a field documented as a string (an amount of dollars) can ask for the quotes.
     */
    public static final class UnquotedNumber extends com.fasterxml.jackson.databind.node.TextNode {

        UnquotedNumber(String text) {
            super(text);
        }
    }
}
