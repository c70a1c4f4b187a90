package dev.cleanclaim.store;

import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.referral.Referral;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the primary claims of a period page by page for the re-scrub audit, so a million claims never sit in memory
 * at once: one cursor over claim and visit, and per page one query each for the pages' findings, patients and
 * referrals (rather than three per claim).
 */
final class AuditPages {

    private final Jdbi jdbi;

    AuditPages(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long forEach(LocalDate from, LocalDate through, int pageSize, Consumer<List<AuditClaim>> pages) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("a page holds at least one claim, not " + pageSize);
        }
        // PostgreSQL only honours the fetch size (a cursor) with autocommit off: hence a transaction, read-only.
        return jdbi.inTransaction(handle -> {
            long[] count = {0};
            List<Row> page = new ArrayList<>(pageSize);
            try (var rows = handle.createQuery("""
                            SELECT c.id, c.visit_id, c.payer_id, c.date_of_service, c.status, c.patient_control_number,
                              c.rule_data_version, v.patient_id, v.body
                            FROM claim c JOIN visit v ON v.id = c.visit_id
                            WHERE c.date_of_service BETWEEN :from AND :through AND c.payer_priority = 1
                            ORDER BY c.date_of_service, c.id""")
                    .bind("from", Date.valueOf(from)).bind("through", Date.valueOf(through))
                    .setFetchSize(pageSize)
                    .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getLong("visit_id"), rs.getString("payer_id"),
                            rs.getDate("date_of_service").toLocalDate(), ClaimStatus.valueOf(rs.getString("status")),
                            rs.getString("patient_control_number"), rs.getString("rule_data_version"),
                            rs.getLong("patient_id"), rs.getString("body")))
                    .stream()) {
                rows.forEach(row -> {
                    page.add(row);
                    count[0]++;
                    if (page.size() == pageSize) {
                        pages.accept(complete(handle, page));
                        page.clear();
                    }
                });
            }
            if (!page.isEmpty()) {
                pages.accept(complete(handle, page));
            }
            return count[0];
        });
    }

    /** The page's claims with their findings, patients and referrals, each read in one go for the whole page. */
    private static List<AuditClaim> complete(Handle handle, List<Row> page) {
        Map<Long, List<dev.cleanclaim.core.claim.Finding>> findings =
                ClaimRows.findings(handle, page.stream().map(Row::claimId).toList());
        Set<Long> patientIds = new LinkedHashSet<>(page.stream().map(Row::patientId).toList());
        Map<Long, Stored<PatientRecord>> patients = PatientStore.byIds(handle, patientIds);
        Map<Long, List<Stored<Referral>>> referrals = ReferralStore.forPatients(handle, patientIds);
        List<AuditClaim> claims = new ArrayList<>(page.size());
        for (Row row : page) {
            Stored<PatientRecord> patient = patients.get(row.patientId());
            if (patient == null) {
                throw new IllegalStateException("visit " + row.visitId() + " names patient " + row.patientId()
                        + ", who is not stored");
            }
            claims.add(new AuditClaim(row.claimId(), row.visitId(), row.payerId(), row.dateOfService(), row.status(),
                    row.controlNumber(), row.ruleDataVersion(), findings.getOrDefault(row.claimId(), List.of()),
                    row.body(), patient, referrals.getOrDefault(row.patientId(), List.of())));
        }
        return claims;
    }

    private record Row(long claimId, long visitId, String payerId, LocalDate dateOfService, ClaimStatus status,
                       String controlNumber, String ruleDataVersion, long patientId, String body) {
    }
}
