package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.web.AuditFilters;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.workspace.AuditRecords;
import dev.cleanclaim.store.AuditEntry;
import dev.cleanclaim.store.AuditVerification;
import dev.cleanclaim.store.Page;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /admin/audit: the admin's audit log viewer, by user, action, record and dates, with the CSV export of what the
 * filters pick and a button that verifies the hash chain (a broken chain is shown with every row at fault).
 */
public final class AuditLogPages {

    private final AuditRecords records;

    public AuditLogPages(AuditRecords records) {
        this.records = records;
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/audit", ctx -> show(ctx, null));
        routes.post("/admin/audit/verification", ctx -> show(ctx, records.verify(Requests.actor(ctx))));
    }

    private void show(Context ctx, AuditVerification verification) {
        Map<String, String> filters = new LinkedHashMap<>();
        AuditFilters.PARAMETERS.stream().sorted().forEach(name -> {
            String value = ctx.queryParam(name);
            if (value != null && !value.isBlank()) {
                filters.put(name, value.strip());
            }
        });
        AuditFilters.Paged asked;
        try {
            asked = AuditFilters.paged(ctx);
        } catch (InputException refused) {
            render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, new AuditLogView(filters, List.of(), null, null, verification,
                    FormState.refused(Map.of(), refused)));
            return;
        }
        Page<AuditEntry> page = records.page(Requests.actor(ctx), asked.query(), asked.page().page(), asked.page().limit());
        StringBuilder export = new StringBuilder("/api/v1/audit/export.csv");
        String separator = "?";
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            export.append(separator).append(filter.getKey()).append('=')
                    .append(URLEncoder.encode(filter.getValue(), StandardCharsets.UTF_8));
            separator = "&";
        }
        render(ctx, HttpStatus.OK, new AuditLogView(filters, page.items(), Pager.of("/admin/audit", filters, page),
                export.toString(), verification, FormState.of(Map.of())));
    }

    private static void render(Context ctx, HttpStatus status, AuditLogView view) {
        ctx.status(status);
        Pages.render(ctx, "admin/audit.jte", Map.of("frame", Frame.of(ctx, "Audit log", "audit"), "view", view));
    }
}
