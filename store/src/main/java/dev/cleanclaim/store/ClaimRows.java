package dev.cleanclaim.store;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.money.Money;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A scrubbed claim's lines, diagnoses and findings as rows (claim_line, claim_diagnosis, claim_finding), in their
 * order. Lists inside a row (modifiers, pointers, a finding's codes) are comma-joined in order: none of their values
 * holds a comma. Read back, a value the store did not write (an unknown severity) is refused, never guessed.
 */
final class ClaimRows {

    /** Claims per IN list: well under any database's limit on bound parameters. */
    private static final int CHUNK = 500;
    private static final String JOIN = ",";

    private ClaimRows() {
    }

    /** The rows of one claim's contents, as read back. */
    record Contents(List<String> diagnoses, List<ClaimLine> lines, List<Finding> findings) {
        static final Contents NONE = new Contents(List.of(), List.of(), List.of());
    }

    static void insert(Handle handle, long claimId, ClaimDraft draft) {
        PreparedBatch lines = handle.prepareBatch("""
                INSERT INTO claim_line (claim_id, line_number, code, modifiers, units, minutes, pointers, charge_cents,
                  allowed_cents, description)
                VALUES (:claim, :number, :code, :modifiers, :units, :minutes, :pointers, :charge, :allowed, :description)""");
        int number = 0;
        for (ClaimLine line : draft.lines()) {
            lines.bind("claim", claimId).bind("number", ++number).bind("code", line.code())
                    .bind("modifiers", String.join(JOIN, line.modifiers())).bind("units", line.units())
                    .bind("minutes", line.minutes().isPresent() ? Integer.valueOf(line.minutes().getAsInt()) : null)
                    .bind("pointers", String.join(JOIN, line.diagnosisPointers()))
                    .bind("charge", line.charge().map(Money::cents).orElse(null))
                    .bind("allowed", line.allowed().map(Money::cents).orElse(null))
                    .bind("description", line.description().orElse(null)).add();
        }
        execute(lines);
        PreparedBatch diagnoses = handle.prepareBatch(
                "INSERT INTO claim_diagnosis (claim_id, position, code) VALUES (:claim, :position, :code)");
        int position = 0;
        for (String diagnosis : draft.diagnoses()) {
            diagnoses.bind("claim", claimId).bind("position", ++position).bind("code", diagnosis).add();
        }
        execute(diagnoses);
        PreparedBatch findings = handle.prepareBatch("""
                INSERT INTO claim_finding (claim_id, position, rule, severity, codes, message, source, fix, remedy)
                VALUES (:claim, :position, :rule, :severity, :codes, :message, :source, :fix, :remedy)""");
        position = 0;
        for (Finding finding : draft.findings()) {
            findings.bind("claim", claimId).bind("position", ++position).bind("rule", finding.rule())
                    .bind("severity", finding.severity().id()).bind("codes", String.join(JOIN, finding.codes()))
                    .bind("message", finding.message()).bind("source", finding.source())
                    .bind("fix", finding.fix().orElse(null))
                    .bind("remedy", finding.remedy().map(RemedyColumn::write).orElse(null)).add();
        }
        execute(findings);
    }

    /** A revision's contents take the place of the claim's; the history keeps what they were. */
    static void replace(Handle handle, long claimId, ClaimDraft draft) {
        for (String table : List.of("claim_line", "claim_diagnosis", "claim_finding")) {
            handle.createUpdate("DELETE FROM " + table + " WHERE claim_id = :claim").bind("claim", claimId).execute();
        }
        insert(handle, claimId, draft);
    }

    /** The contents of these claims, by claim id, read a table at a time (never a query per claim). */
    static Map<Long, Contents> read(Handle handle, Collection<Long> claimIds) {
        Map<Long, List<String>> diagnoses = new HashMap<>();
        Map<Long, List<ClaimLine>> lines = new HashMap<>();
        Map<Long, List<Finding>> findings = new HashMap<>();
        List<Long> all = List.copyOf(new LinkedHashSet<>(claimIds));
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            handle.createQuery("SELECT * FROM claim_diagnosis WHERE claim_id IN (<ids>) ORDER BY claim_id, position")
                    .bindList("ids", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getLong("claim_id"), rs.getString("code")))
                    .forEach(row -> diagnoses.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue()));
            handle.createQuery("SELECT * FROM claim_line WHERE claim_id IN (<ids>) ORDER BY claim_id, line_number")
                    .bindList("ids", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getLong("claim_id"), line(rs)))
                    .forEach(row -> lines.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue()));
            handle.createQuery("SELECT * FROM claim_finding WHERE claim_id IN (<ids>) ORDER BY claim_id, position")
                    .bindList("ids", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getLong("claim_id"), finding(rs)))
                    .forEach(row -> findings.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue()));
        }
        Map<Long, Contents> contents = new HashMap<>();
        for (Long id : all) {
            contents.put(id, new Contents(diagnoses.getOrDefault(id, List.of()), lines.getOrDefault(id, List.of()),
                    findings.getOrDefault(id, List.of())));
        }
        return contents;
    }

    /** Only the findings of these claims, by claim id (a claim without findings is absent). */
    static Map<Long, List<Finding>> findings(Handle handle, Collection<Long> claimIds) {
        Map<Long, List<Finding>> findings = new HashMap<>();
        List<Long> all = List.copyOf(new LinkedHashSet<>(claimIds));
        for (int from = 0; from < all.size(); from += CHUNK) {
            handle.createQuery("SELECT * FROM claim_finding WHERE claim_id IN (<ids>) ORDER BY claim_id, position")
                    .bindList("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .map((rs, ctx) -> Map.entry(rs.getLong("claim_id"), finding(rs)))
                    .forEach(row -> findings.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue()));
        }
        return findings;
    }

    private static ClaimLine line(ResultSet rs) throws SQLException {
        return new ClaimLine(rs.getString("code"), split(rs.getString("modifiers")), rs.getInt("units"),
                Optional.ofNullable((Integer) rs.getObject("minutes", Integer.class)).map(OptionalInt::of)
                        .orElse(OptionalInt.empty()),
                split(rs.getString("pointers")), cents(rs, "charge_cents"), cents(rs, "allowed_cents"),
                Optional.ofNullable(rs.getString("description")));
    }

    private static Finding finding(ResultSet rs) throws SQLException {
        String severity = rs.getString("severity");
        long claimId = rs.getLong("claim_id");
        return new Finding(rs.getString("rule"), Arrays.stream(Severity.values())
                .filter(known -> known.id().equals(severity)).findFirst()
                .orElseThrow(() -> new IllegalStateException("claim " + claimId + " has a finding of"
                        + " severity \"" + severity + "\"; a stored claim is never read as something it did not say")),
                split(rs.getString("codes")), rs.getString("message"), rs.getString("source"),
                Optional.ofNullable(rs.getString("fix")), Optional.ofNullable(rs.getString("remedy")).map(RemedyColumn::read));
    }

    private static Optional<Money> cents(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable((Long) rs.getObject(column, Long.class)).map(Money::new);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(JOIN, -1));
    }

    private static void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }
}
