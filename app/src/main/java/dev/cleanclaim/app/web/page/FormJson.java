package dev.cleanclaim.app.web.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a posted form into the JSON the API reads, so a page and the API check input with the same readers and
 * report problems under the same names. A field is named by its JSON path ("address.zip", "services[0].minutes");
 * blank fields are left out, as a person leaving a box empty means "none"; rows left wholly blank disappear.
 *
 * @param numbers  leaf names whose whole-number text becomes a JSON number (other text stays text, for the reader
 *                 to refuse by name)
 * @param booleans leaf names of checkboxes: present means true
 * @param lists    leaf names that hold several values (checkbox groups)
 * @param words    leaf names typed as words separated by spaces or commas ("59 GP"), read as a list
 */
public record FormJson(Set<String> numbers, Set<String> booleans, Set<String> lists, Set<String> words) {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d{1,3})])?");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");
    /** Fields a form carries that are not part of the record (names starting with "_" are the page's own too). */
    private static final Set<String> CONTROL = Set.of("remedy", "add", "next");

    public FormJson {
        numbers = Set.copyOf(numbers);
        booleans = Set.copyOf(booleans);
        lists = Set.copyOf(lists);
        words = Set.copyOf(words);
    }

    public ObjectNode read(Map<String, List<String>> form) {
        Node root = new Node();
        form.forEach((name, values) -> {
            if (CONTROL.contains(name) || name.startsWith("_")) {
                return;
            }
            List<String> present = values.stream().map(String::trim).filter(value -> !value.isEmpty()).toList();
            if (present.isEmpty()) {
                return;
            }
            List<Segment> path = parse(name);
            if (path.isEmpty()) {
                return; // not a field of the record (a stray or hand-made name): nothing to read
            }
            root.put(path, leaf(path.get(path.size() - 1).name(), present));
        });
        return root.toJson();
    }

    /** The form's values for a JSON document, field by field: how an edit form is filled from a stored record. */
    public static Map<String, List<String>> flatten(JsonNode node) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        flatten(node, "", form);
        return form;
    }

    private static void flatten(JsonNode node, String path, Map<String, List<String>> form) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    flatten(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), form));
        } else if (node.isArray()) {
            boolean scalars = true;
            for (JsonNode element : node) {
                scalars &= element.isValueNode();
            }
            if (scalars) {
                List<String> values = new ArrayList<>();
                node.forEach(element -> values.add(element.asText()));
                form.put(path, values);
            } else {
                for (int i = 0; i < node.size(); i++) {
                    flatten(node.get(i), path + "[" + i + "]", form);
                }
            }
        } else if (!node.isNull()) {
            form.put(path, List.of(node.asText()));
        }
    }

    private JsonNode leaf(String name, List<String> values) {
        if (booleans.contains(name)) {
            return JSON.booleanNode(true);
        }
        if (lists.contains(name)) {
            ArrayNode array = JSON.arrayNode();
            values.forEach(array::add);
            return array;
        }
        if (words.contains(name)) {
            ArrayNode array = JSON.arrayNode();
            for (String value : values) {
                for (String word : value.split("[\\s,]+")) {
                    if (!word.isEmpty()) {
                        array.add(word.toUpperCase(Locale.ROOT));
                    }
                }
            }
            return array;
        }
        String value = values.get(0);
        if (numbers.contains(name) && WHOLE_NUMBER.matcher(value).matches()) {
            return JSON.numberNode(Long.parseLong(value));
        }
        return JSON.textNode(value);
    }

    private static List<Segment> parse(String name) {
        List<Segment> segments = new ArrayList<>();
        for (String part : name.split("\\.", -1)) {
            Matcher matcher = SEGMENT.matcher(part);
            if (!matcher.matches()) {
                return List.of();
            }
            segments.add(new Segment(matcher.group(1), matcher.group(2) == null ? -1 : Integer.parseInt(matcher.group(2))));
        }
        return segments;
    }

    private record Segment(String name, int index) {
    }

    /** The tree being built: objects by field name, arrays by row number (rows are kept in order, gaps closed). */
    private static final class Node {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        void put(List<Segment> path, JsonNode leaf) {
            Segment head = path.get(0);
            List<Segment> rest = path.subList(1, path.size());
            if (head.index() < 0) {
                if (rest.isEmpty()) {
                    fields.put(head.name(), leaf);
                } else {
                    child(head.name()).put(rest, leaf);
                }
                return;
            }
            @SuppressWarnings("unchecked")
            TreeMap<Integer, Node> rows = (TreeMap<Integer, Node>) fields.computeIfAbsent(head.name(), key -> new TreeMap<Integer, Node>());
            Node row = rows.computeIfAbsent(head.index(), key -> new Node());
            if (rest.isEmpty()) {
                row.fields.put("", leaf); // a row given as a bare value: kept under an empty name, read as that value
            } else {
                row.put(rest, leaf);
            }
        }

        private Node child(String name) {
            Object existing = fields.get(name);
            if (existing instanceof Node node) {
                return node;
            }
            Node node = new Node();
            fields.put(name, node);
            return node;
        }

        @SuppressWarnings("unchecked")
        ObjectNode toJson() {
            ObjectNode object = JSON.objectNode();
            fields.forEach((name, value) -> {
                if (value instanceof JsonNode leaf) {
                    object.set(name, leaf);
                } else if (value instanceof Node node) {
                    object.set(name, node.toJson());
                } else {
                    ArrayNode array = object.putArray(name);
                    ((TreeMap<Integer, Node>) value).values().forEach(row ->
                            array.add(row.fields.containsKey("") ? (JsonNode) row.fields.get("") : row.toJson()));
                }
            });
            return object;
        }
    }
}
