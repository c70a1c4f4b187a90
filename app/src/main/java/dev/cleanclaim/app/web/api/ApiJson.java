package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reading and writing JSON for the resources: bodies must be JSON objects, ids and versions whole numbers, and
 * every answer carries patient data, so none may be cached.
 */
final class ApiJson {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // Exact decimals: money must never pass through a double.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ApiJson() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }

    /** A list answer: an object, so paging or totals can be added without breaking clients. */
    static ObjectNode page(ArrayNode items) {
        ObjectNode page = JSON.createObjectNode();
        page.set("items", items);
        return page;
    }

    /** One page of a paged list: the items, the count of all, and the page asked for. */
    static ObjectNode page(ArrayNode items, dev.cleanclaim.store.Page<?> page) {
        ObjectNode node = page(items);
        node.put("total", page.total()).put("page", page.page()).put("limit", page.limit()).put("pages", page.pages());
        return node;
    }

    /** The request body as a JSON object; anything else is refused naming what was wrong. */
    static ObjectNode body(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw invalid("Content-Type", "send the body as application/json, got " + (type == null ? "none" : type));
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw invalid("$", "not valid JSON: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw invalid("$", "expected a JSON object");
        }
        return (ObjectNode) tree;
    }

    /** Parses stored JSON (a visit or claim as kept), which the workspace wrote and checked. */
    static JsonNode stored(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not parse", e);
        }
    }

    static void send(Context ctx, int status, JsonNode body) {
        ctx.status(status).header("Cache-Control", "no-store").contentType("application/json").result(body.toString());
    }

    /** 201 with where the new resource lives. */
    static void created(Context ctx, String location, int version, JsonNode body) {
        ctx.header("Location", location);
        etag(ctx, version);
        send(ctx, 201, body);
    }

    /** The version as an entity tag, so a client can send it back as If-Match. */
    static void etag(Context ctx, int version) {
        ctx.header("ETag", "\"" + version + "\"");
    }

    /** The {id} of the path. */
    static long id(Context ctx) {
        return id(ctx, "id");
    }

    /** A record id the path names under another name, e.g. {paymentId}. */
    static long id(Context ctx, String name) {
        String text = ctx.pathParam(name);
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw invalid(name, "expected a record id (a whole number above 0) in the path, got \"" + text + "\"");
    }

    /**
     * The version the client read, from the body's "version" or the If-Match header; an update without one would
     * overwrite whatever anybody else saved, so it is refused.
     */
    static int version(Context ctx, OptionalInt inBody) {
        Optional<Integer> header = Optional.ofNullable(ctx.header("If-Match")).map(ApiJson::ifMatch);
        if (inBody.isPresent() && header.isPresent() && inBody.getAsInt() != header.get()) {
            throw invalid("$.version", "version " + inBody.getAsInt() + " differs from If-Match " + header.get()
                    + "; send one of them");
        }
        if (inBody.isPresent()) {
            return inBody.getAsInt();
        }
        return header.orElseThrow(() -> invalid("$.version",
                "missing; send the version you read (\"version\" in the body, or If-Match), so nobody's change is lost"));
    }

    /** A version in the body: absent, or a whole number. */
    static OptionalInt versionField(JsonNode body) {
        JsonNode node = body.get("version");
        if (node == null || node.isNull()) {
            return OptionalInt.empty();
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 0) {
            throw invalid("$.version", "expected the version you read (a whole number), got " + node);
        }
        return OptionalInt.of(node.asInt());
    }

    private static int ifMatch(String header) {
        String tag = header.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            throw invalid("If-Match", "expected the ETag you were sent, e.g. \"3\", got " + header);
        }
    }

    /** Refuses query parameters the resource does not define: a misspelt filter would otherwise be ignored. */
    static void onlyQueryParameters(Context ctx, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>(ctx.queryParamMap().keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new InputException("request", unknown.stream().map(name -> new InputProblem(name,
                    "unknown query parameter; expected one of " + String.join(", ", new TreeSet<>(allowed)))).toList());
        }
    }

    /** Refuses body fields the resource does not define, naming each: a misspelt field would otherwise be ignored. */
    static void onlyFields(ObjectNode body, Set<String> allowed) {
        List<InputProblem> unknown = unknownFields(body, allowed);
        if (!unknown.isEmpty()) {
            throw new InputException("request", unknown);
        }
    }

    /** The body fields the resource does not define, each named; for a resource that adds its own problems to them. */
    static List<InputProblem> unknownFields(ObjectNode body, Set<String> allowed) {
        List<InputProblem> unknown = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                unknown.add(new InputProblem("$." + name, "unknown field; expected " + String.join(", ", new TreeSet<>(allowed))));
            }
        });
        return unknown;
    }

    static InputException invalid(String field, String detail) {
        return new InputException("request", List.of(new InputProblem(field, detail)));
    }
}
