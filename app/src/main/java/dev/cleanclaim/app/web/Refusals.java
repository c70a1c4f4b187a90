package dev.cleanclaim.app.web;

import dev.cleanclaim.app.workspace.AuditRecords;
import io.javalin.http.Context;

/**
 * Every refused request in the audit log (HIPAA §164.312(b)): no credentials (401), not allowed (403), a form
 * without its CSRF token, too many attempts (429). The query string is left out, since a search names a patient.
 */
final class Refusals {

    private final AuditRecords records;

    Refusals(AuditRecords records) {
        this.records = records;
    }

    void record(Context ctx, int status, String why) {
        records.refused(Requests.actorIfAny(ctx), Guard.remote(ctx), status + " " + ctx.method() + " " + ctx.path() + ": " + why);
    }
}
