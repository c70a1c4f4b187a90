package dev.cleanclaim.app.workspace;

import dev.cleanclaim.store.AuditEntry;
import dev.cleanclaim.store.AuditLog;
import dev.cleanclaim.store.AuditQuery;
import dev.cleanclaim.store.AuditVerification;
import dev.cleanclaim.store.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * The admin's view of the audit log (HIPAA §164.312(b)): entries by user, action, record and time, the chain
 * verified, and an export as CSV. Looking at the log is itself logged, naming what was looked for.
 */
public final class AuditRecords {

    static final String ENTITY = "audit_log";
    /** The action and entity of a refused request, and who a caller without credentials is. */
    public static final String REFUSED = "refused";
    public static final String REQUEST = "request";
    public static final String ANONYMOUS = "anonymous";
    private static final String ADMIN_ONLY = "the audit log is an admin's to read";
    /** The CSV's columns, in order. */
    static final List<String> CSV_COLUMNS = List.of("id", "occurred_at", "user", "action", "entity", "entity_id",
            "remote_address", "detail", "sealed");

    private final AuditLog log;
    private final AuditTrail audit;

    AuditRecords(AuditLog log, AuditTrail audit) {
        this.log = log;
        this.audit = audit;
    }

    /** One page of the entries the query picks, newest first, with how many it picks in all. */
    public Page<AuditEntry> page(Actor actor, AuditQuery query, int page, int limit) {
        actor.requireAdmin(ADMIN_ONLY, log, ENTITY);
        List<AuditEntry> entries = log.find(query, limit, (page - 1) * limit);
        long total = log.count(query);
        audit.record(actor, "list", ENTITY, Optional.empty(), Optional.of(describe(query) + ": " + entries.size() + " of "
                + total + " entr(ies)"));
        return new Page<>(entries, total, page, limit);
    }

    /**
     * A request refused before or at the door (401, 403, a form without its CSRF token, 429): who, when known (an
     * unsigned-in caller is "anonymous"), from where and what was asked.
     */
    public void refused(Optional<Actor> actor, String remoteAddress, String what) {
        log.record(actor.map(Actor::username).orElse(ANONYMOUS), REFUSED, REQUEST, Optional.empty(),
                Optional.of(remoteAddress), Optional.of(what));
    }

    /** Seals what waits and walks the chain: every row changed or deleted since its seal is named. */
    public AuditVerification verify(Actor actor) {
        actor.requireAdmin(ADMIN_ONLY, log, ENTITY);
        AuditVerification verification = log.verify();
        audit.record(actor, "verify", ENTITY, Optional.empty(), Optional.of(verification.summary()));
        return verification;
    }

    /** Every entry the query picks, oldest first, as CSV (RFC 4180) with a header row. */
    public void exportCsv(Actor actor, AuditQuery query, Writer out) {
        actor.requireAdmin(ADMIN_ONLY, log, ENTITY);
        audit.record(actor, "export", ENTITY, Optional.empty(), Optional.of(describe(query) + " as CSV"));
        try {
            out.write(String.join(",", CSV_COLUMNS) + "\r\n");
            log.forEach(query, entry -> row(out, entry));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Writer out, AuditEntry entry) {
        try {
            out.write(String.join(",", List.of(Long.toString(entry.id()), entry.occurredAt().toString(), csv(entry.user()),
                    csv(entry.action()), csv(entry.entity()), csv(entry.entityId().orElse("")),
                    csv(entry.remoteAddress().orElse("")), csv(entry.detail().orElse("")), Boolean.toString(entry.sealed())))
                    + "\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A CSV field: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is prefixed with a quote
     * mark so a spreadsheet never runs a value someone typed (a user name, an address) as a formula.
     */
    static String csv(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /** What was looked for, for the log's own row: the filters, never more. */
    private static String describe(AuditQuery query) {
        StringBuilder text = new StringBuilder("audit entries");
        query.user().ifPresent(user -> text.append(" of user ").append(user));
        query.action().ifPresent(action -> text.append(", action ").append(action));
        query.entity().ifPresent(entity -> text.append(", ").append(entity));
        query.entityId().ifPresent(id -> text.append(" ").append(id));
        query.from().ifPresent(from -> text.append(" from ").append(from));
        query.until().ifPresent(until -> text.append(" until ").append(until));
        return text.toString();
    }
}
