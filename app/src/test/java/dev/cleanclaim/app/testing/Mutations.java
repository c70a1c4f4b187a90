package dev.cleanclaim.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Seeded ways to break an input, for the fuzz tests: a JSON body with one value replaced, removed or added, or its
 * bytes damaged; an X12 file with bytes flipped, cut short, a delimiter or a Latin-1 byte put in, a byte-order mark
 * in front, or a segment repeated or dropped. The same seed gives the same inputs on every run.
 */
public final class Mutations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Random random;

    public Mutations(long seed) {
        this.random = new Random(seed);
    }

    public int below(int bound) {
        return random.nextInt(bound);
    }

    // ---- JSON bodies

    /** A copy of {@code valid} broken in one of many ways, as the bytes a client would send. */
    public byte[] body(JsonNode valid) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return bytes(wholeBody());
        }
        if (kind == 1) {
            return damage(bytes(valid.toString()));
        }
        if (kind == 2) {
            return latin1(valid.toString());
        }
        JsonNode copy = valid.deepCopy();
        int changes = 1 + random.nextInt(kind < 6 ? 3 : 1);
        for (int i = 0; i < changes; i++) {
            copy = change(copy);
        }
        return bytes(copy.toString());
    }

    private JsonNode change(JsonNode root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            return value();
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        int what = random.nextInt(10);
        if (slot.parent() instanceof ObjectNode object) {
            if (what == 0) {
                object.remove(slot.name());
            } else if (what == 1) {
                object.set("unexpected" + random.nextInt(3), value());
            } else {
                object.set(slot.name(), value());
            }
        } else if (slot.parent() instanceof ArrayNode array) {
            if (what == 0) {
                array.remove(slot.index());
            } else if (what == 1) {
                for (int i = random.nextInt(200); i > 0; i--) {
                    array.add(array.get(0).deepCopy());
                }
            } else {
                array.set(slot.index(), value());
            }
        }
        return root;
    }

    /** A replacement value: wrong types, lengths at and past the usual column widths, odd numbers and characters. */
    public JsonNode value() {
        return switch (random.nextInt(24)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt());
            case 3 -> NODES.numberNode(new java.math.BigDecimal("99999999999999999999.99"));
            case 4 -> NODES.numberNode(new java.math.BigInteger("9".repeat(1 + random.nextInt(40))));
            case 5 -> NODES.numberNode(-1);
            case 6 -> NODES.numberNode(1e308);
            case 7 -> NODES.textNode("99999999999999999999.99");
            case 8 -> NODES.textNode(pick("-0.01", "0.001", "1e5", "NaN", "Infinity", "12.345", "1,000.00", " 5.00 ", "+5", "0"));
            case 9 -> NODES.textNode(letters(pick(1, 2, 10, 11, 20, 21, 30, 31, 35, 36, 50, 51, 55, 56, 60, 61, 80, 81, 121)));
            case 10 -> NODES.textNode(letters(1000 + random.nextInt(100_000)));
            case 11 -> NODES.textNode(pick("王小明", "김민준", "Иван", "🙂🙂", "José Ñúñez", "Ærø", "Straße", "O'Brien-Smith",
                    "\u0000", "a\nb", "\u202Eabc", "~*:^", "SMITH~ISA*", "   ", "", "\uFEFF", "\uD800", "<script>"));
            case 12 -> NODES.textNode(pick("1999-02-30", "0000-01-01", "9999-12-31", "2026-13-01", "20261123", "1800-01-01", "2026-11-23T00:00"));
            case 13 -> NODES.textNode(pick("1234567893", "0000000000", "123456789", "12345678901", "ABCDEFGHIJ"));
            case 14 -> NODES.arrayNode();
            case 15 -> NODES.objectNode();
            case 16 -> nested(1 + random.nextInt(900));
            case 17 -> NODES.textNode(pick("self", "spouse", "child", "other", "F", "M", "U", "ready", "submitted", "paid",
                    "denied", "replacement", "void", "card", "cash", "check", "medicare", "commercial", "bcbs", "PT", "LMT", "DC"));
            case 18 -> NODES.numberNode(pick(0, 1, 2, 999, 1000, 1441, Integer.MAX_VALUE, Integer.MIN_VALUE));
            case 19 -> NODES.numberNode(1.5);
            case 20 -> NODES.numberNode(Long.MAX_VALUE);
            case 21 -> NODES.textNode(pick("97110", "97140", "98941", "M54.50", "Z99.999", "97999", "OR", "XX", "97214", "1"));
            case 22 -> NODES.textNode(letters(random.nextInt(40)) + new String(Character.toChars(0x1F600 + random.nextInt(50))));
            default -> NODES.textNode(latinText(1 + random.nextInt(70)));
        };
    }

    private String wholeBody() {
        return pick("", "null", "[]", "\"text\"", "12", "{", "{\"a\":", "{}", "{\"id\":1}", "[{}]", "true",
                "{\"a\":1,\"a\":2}", "{'single': 'quotes'}", "{\"x\": NaN}", "/* c */ {}",
                "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
                "{\"s\":\"" + "x".repeat(2_000_000) + "\"}");
    }

    private JsonNode nested(int depth) {
        JsonNode node = NODES.numberNode(1);
        for (int i = 0; i < depth; i++) {
            node = random.nextBoolean() ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
        }
        return node;
    }

    private record Slot(JsonNode parent, String name, int index) {
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                slots.add(new Slot(object, name, -1));
                collect(object.get(name), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                collect(array.get(i), slots);
            }
        }
    }

    // ---- bytes

    /** One to four byte-level changes: flips, cuts, insertions of delimiters or stray bytes, a BOM, a repeat. */
    public byte[] damage(byte[] file) {
        byte[] out = file;
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            out = once(out);
        }
        return out;
    }

    private byte[] once(byte[] in) {
        if (in.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(in.length);
        return switch (random.nextInt(10)) {
            case 0 -> flip(in, at);
            case 1 -> java.util.Arrays.copyOf(in, at);
            case 2 -> insert(in, at, new byte[] {(byte) "~*:^>|\n\r".charAt(random.nextInt(8))});
            case 3 -> insert(in, at, new byte[] {(byte) (0x80 + random.nextInt(128))});
            case 4 -> insert(new byte[0], 0, BOM, in);
            case 5 -> insert(in, at, bytes("X".repeat(1 + random.nextInt(20_000))));
            case 6 -> insert(in, at, new byte[] {(byte) 0xC3, (byte) 0xA9});
            case 7 -> insert(in, at, new byte[] {0});
            case 8 -> insert(in, at, slice(in, at));
            default -> remove(in, at, 1 + random.nextInt(Math.min(200, in.length - at)));
        };
    }

    /** An X12 file damaged at segment level as well: segments repeated, dropped or swapped, then bytes damaged. */
    public byte[] x12(String file) {
        List<String> segments = new ArrayList<>(List.of(file.split("~")));
        int kind = random.nextInt(6);
        if (kind == 0 && segments.size() > 2) {
            int at = random.nextInt(segments.size());
            for (int i = random.nextInt(50); i >= 0; i--) {
                segments.add(at, segments.get(at));
            }
        } else if (kind == 1 && segments.size() > 2) {
            segments.remove(random.nextInt(segments.size()));
        } else if (kind == 2 && segments.size() > 2) {
            java.util.Collections.swap(segments, random.nextInt(segments.size()), random.nextInt(segments.size()));
        } else if (kind == 3 && segments.size() > 2) {
            int at = random.nextInt(segments.size());
            segments.set(at, segments.get(at) + "*" + latinText(1 + random.nextInt(3000)));
        }
        byte[] bytes = bytes(String.join("~", segments));
        return kind == 4 ? bytes : damage(bytes);
    }

    private byte[] flip(byte[] in, int at) {
        byte[] out = in.clone();
        out[at] = (byte) (out[at] ^ (1 << random.nextInt(8)));
        return out;
    }

    private byte[] slice(byte[] in, int at) {
        int length = Math.min(in.length - at, 1 + random.nextInt(120));
        return java.util.Arrays.copyOfRange(in, at, at + length);
    }

    private static byte[] insert(byte[] in, int at, byte[] what) {
        return insert(java.util.Arrays.copyOf(in, at), at, what, java.util.Arrays.copyOfRange(in, at, in.length));
    }

    private static byte[] insert(byte[] head, int at, byte[] what, byte[] tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + what.length + tail.length);
        out.write(head, 0, head.length);
        out.write(what, 0, what.length);
        out.write(tail, 0, tail.length);
        return out.toByteArray();
    }

    private static byte[] remove(byte[] in, int at, int length) {
        return insert(java.util.Arrays.copyOf(in, at), at, new byte[0], java.util.Arrays.copyOfRange(in, at + length, in.length));
    }

    private byte[] latin1(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return insert(bytes, random.nextInt(bytes.length + 1), new byte[] {(byte) 0xE9});
    }

    private String letters(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('A' + random.nextInt(26)));
        }
        return text.toString();
    }

    private String latinText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (0x20 + random.nextInt(0xE0)));
        }
        return text.toString();
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
