package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.core.units.UnitLine;
import dev.cleanclaim.core.units.UnitResult;

/**
 * Writes the output of {@code cleanclaim units} on one line:
 * {"method":"medicare","totalTimedMinutes":40,"totalUnits":3,"lines":[{"code":"97110","minutes":33,"units":2},...]}.
 */
public final class UnitsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UnitsJson() {
    }

    public static String write(UnitResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("method", result.method().id());
        root.put("totalTimedMinutes", result.totalTimedMinutes());
        root.put("totalUnits", result.totalUnits());
        ArrayNode lines = root.putArray("lines");
        for (UnitLine line : result.lines()) {
            lines.addObject().put("code", line.code()).put("minutes", line.minutes()).put("units", line.units());
        }
        return JsonText.compact(root);
    }
}
