package dev.cleanclaim.app.web.page;

import dev.cleanclaim.store.AuditEntry;
import dev.cleanclaim.store.AuditVerification;

import java.util.List;
import java.util.Map;

/**
 * The audit log page: the filters as given, one page of entries, the export link for the same filters, and the
 * chain's verification when it was asked for (null otherwise).
 */
public record AuditLogView(Map<String, String> filters, List<AuditEntry> entries, Pager pager, String exportLink,
                           AuditVerification verification, FormState form) {

    public String filter(String name) {
        return filters.getOrDefault(name, "");
    }
}
