package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.web.AuditFilters;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.web.ServerParts;
import dev.cleanclaim.app.workspace.AuditRecords;
import dev.cleanclaim.store.AuditEntry;
import dev.cleanclaim.store.AuditQuery;
import dev.cleanclaim.store.AuditVerification;
import dev.cleanclaim.store.Page;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * /api/v1/audit: the audit log for an admin, filtered and paged (newest first), exported as CSV, and its hash chain
 * verified.
 */
public final class AuditResource {

    static final String PATH = "/api/v1/audit";

    private final AuditRecords records;

    public AuditResource(ServerParts parts) {
        this.records = parts.workspace().auditRecords();
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::list);
        routes.get(PATH + "/export.csv", this::export);
        routes.get(PATH + "/verification", this::verify);
    }

    private void list(Context ctx) {
        Set<String> allowed = new HashSet<>(AuditFilters.PARAMETERS);
        allowed.addAll(Set.of("page", "limit"));
        ApiJson.onlyQueryParameters(ctx, allowed);
        AuditFilters.Paged asked = AuditFilters.paged(ctx);
        Page<AuditEntry> page = records.page(Requests.actor(ctx), asked.query(), asked.page().page(), asked.page().limit());
        ArrayNode items = ApiJson.array();
        page.items().forEach(entry -> items.add(entry(entry)));
        ApiJson.send(ctx, 200, ApiJson.page(items, page));
    }

    private void export(Context ctx) {
        ApiJson.onlyQueryParameters(ctx, AuditFilters.PARAMETERS);
        AuditQuery query = AuditFilters.of(ctx);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"cleanclaim-audit.csv\"");
        try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
            records.exportCsv(Requests.actor(ctx), query, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void verify(Context ctx) {
        ApiJson.onlyQueryParameters(ctx, Set.of());
        ApiJson.send(ctx, 200, verification(records.verify(Requests.actor(ctx))));
    }

    static ObjectNode entry(AuditEntry entry) {
        ObjectNode json = ApiJson.object();
        json.put("id", entry.id());
        json.put("occurredAt", entry.occurredAt().toString());
        json.put("user", entry.user());
        json.put("action", entry.action());
        json.put("entity", entry.entity());
        entry.entityId().ifPresent(id -> json.put("entityId", id));
        entry.remoteAddress().ifPresent(address -> json.put("remoteAddress", address));
        entry.detail().ifPresent(detail -> json.put("detail", detail));
        json.put("sealed", entry.sealed());
        return json;
    }

    /** The verification as JSON: what the API answers and `cleanclaim audit verify` prints. */
    public static ObjectNode verification(AuditVerification verification) {
        ObjectNode json = ApiJson.object();
        json.put("intact", verification.intact());
        json.put("rowsChecked", verification.checked());
        json.put("problemsFound", verification.found());
        ArrayNode problems = json.putArray("problems");
        verification.problems().forEach(problem -> problems.addObject().put("auditRow", problem.rowId())
                .put("place", problem.place()).put("problem", problem.what()));
        return json;
    }
}
