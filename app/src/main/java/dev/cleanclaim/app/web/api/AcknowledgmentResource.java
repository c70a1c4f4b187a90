package dev.cleanclaim.app.web.api;

import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.web.ServerParts;
import dev.cleanclaim.app.workspace.AcknowledgmentImport;
import dev.cleanclaim.app.workspace.Workspace;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * /api/v1/acknowledgments: a clearinghouse's 999 or a payer's 277CA as the request body (the kind read from its
 * ST01); each claim it names is accepted or rejected. Importing the same file again changes nothing.
 */
public final class AcknowledgmentResource {

    static final String PATH = "/api/v1/acknowledgments";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._ -]{1,120}");

    private final Workspace workspace;

    public AcknowledgmentResource(ServerParts parts) {
        this.workspace = parts.workspace();
    }

    public void register(RoutesConfig routes) {
        routes.post(PATH, this::upload);
    }

    private void upload(Context ctx) {
        ApiJson.onlyQueryParameters(ctx, Set.of("file"));
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            throw ApiJson.invalid("Content-Type", "send the 999 or 277CA file itself (application/edi-x12, text/plain"
                    + " or application/octet-stream), not JSON");
        }
        String fileName = ctx.queryParamAsClass("file", String.class).getOrDefault("acknowledgment.edi").strip();
        if (!FILE_NAME.matcher(fileName).matches()) {
            throw ApiJson.invalid("file", "expected a plain file name (letters, digits, '.', '_', '-', spaces; at most"
                    + " 120), got \"" + fileName + "\"");
        }
        byte[] content = ctx.bodyAsBytes();
        if (content.length == 0) {
            throw ApiJson.invalid("body", "empty; send the 999 or 277CA file as the request body");
        }
        AcknowledgmentImport imported = workspace.acknowledgments().importFile(Requests.actor(ctx), fileName, content);
        ApiJson.send(ctx, imported.alreadyImported() ? 200 : 201, AcknowledgmentJson.of(fileName, imported));
    }
}
