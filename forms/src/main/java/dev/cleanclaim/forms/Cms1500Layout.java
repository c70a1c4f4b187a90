package dev.cleanclaim.forms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CMS-1500 (02/12) print layout, read from data: where each field prints and, for the drawn form, where each
 * box is. Field names follow the form's box numbers (1a, 21.A, 24.cpt, 33b, ...).
 */
public final class Cms1500Layout {

    static final double POINTS_PER_COLUMN = 7.2;
    static final double POINTS_PER_LINE = 12;
    static final double LEFT_MARGIN = 14.4;
    static final double PAGE_HEIGHT = 792;
    static final int SERVICE_LINES_PER_PAGE = 6;
    static final int SERVICE_LINE_PITCH = 2;

    private final Map<String, GridField> fields;
    private final List<GridBox> boxes;
    private final List<CheckBox> checks;

    private Cms1500Layout(Map<String, GridField> fields, List<GridBox> boxes, List<CheckBox> checks) {
        this.fields = fields;
        this.boxes = boxes;
        this.checks = checks;
    }

    public static Cms1500Layout builtIn() {
        Map<String, GridField> fields = new LinkedHashMap<>();
        for (String[] row : rows("cms1500-fields.csv", 6)) {
            fields.put(row[0], new GridField(row[0], Integer.parseInt(row[1]), Integer.parseInt(row[2]),
                    Integer.parseInt(row[3]), row[4].equals("r"), longValue(row[5])));
        }
        List<GridBox> boxes = new ArrayList<>();
        for (String[] row : rows("cms1500-boxes.csv", 5)) {
            boxes.add(new GridBox(Integer.parseInt(row[0]), Integer.parseInt(row[1]), Integer.parseInt(row[2]),
                    Integer.parseInt(row[3]), row[4]));
        }
        List<CheckBox> checks = new ArrayList<>();
        for (String[] row : rows("cms1500-checks.csv", 3)) {
            if (!fields.containsKey(row[0])) {
                throw new IllegalStateException("cms1500-checks.csv names a field the layout has not: " + row[0]);
            }
            checks.add(new CheckBox(row[0], row[1], CheckBox.Side.of(row[2])));
        }
        return new Cms1500Layout(fields, boxes, checks);
    }

    private static boolean longValue(String what) {
        return switch (what) {
            case "shrink" -> true;
            case "cut" -> false;
            default -> throw new IllegalStateException("a long value is cut or shrinks, not " + what);
        };
    }

    /** A field by name; service-line fields are named with the line after a '#': "24.cpt#3". */
    Optional<GridField> field(String name) {
        int hash = name.indexOf('#');
        if (hash < 0) {
            return Optional.ofNullable(fields.get(name));
        }
        int serviceLine = Integer.parseInt(name.substring(hash + 1));
        return Optional.ofNullable(fields.get(name.substring(0, hash))).map(field -> field.onServiceLine(serviceLine));
    }

    List<GridBox> boxes() {
        return boxes;
    }

    List<CheckBox> checks() {
        return checks;
    }

    /** The money fields' cents, whose left edge is where the form prints its dollars|cents rule. */
    List<GridField> centsFields() {
        return fields.values().stream().filter(field -> field.name().endsWith(".cents")).toList();
    }

    private static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Cms1500Layout.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing layout resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] row = line.split(",", columns);
                if (row.length != columns) {
                    throw new IllegalStateException(resource + " line " + number + ": expected " + columns + " columns");
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
