package dev.cleanclaim.store;

import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import org.jdbi.v3.core.Jdbi;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The sums the practice's reports are made of, counted by the database where plain SQL can: open balances, denial
 * counts, payments, and the units and charges on the claims' lines. Every query
 * runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL; dates of service are bound as dates, never as text.
 */
public final class ReportStore {

    /** Claims that went to a payer: their charges are billed, whatever the payer did since. */
    public static final Set<ClaimStatus> SENT = EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.PAID, ClaimStatus.DENIED,
            ClaimStatus.APPEALED);

    /** Per claim: posted payments netted (a reversal's negative amounts cancel what it reverses). */
    private static final String PAID = """
            SELECT claim_id, SUM(paid_cents) AS paid, SUM(patient_responsibility_cents) AS patient
            FROM claim_payment WHERE claim_id IS NOT NULL GROUP BY claim_id""";

    private static final String STATUSES = "'SUBMITTED', 'PAID', 'DENIED', 'APPEALED'";

    private final Jdbi jdbi;

    ReportStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Every sent claim on which the payers still owe something: the charge less what they paid, what they wrote off
     * (every adjustment group but PR) and what they left to the patient is above zero.
     */
    public List<OpenClaim> openClaims() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT c.id, c.payer_id, c.date_of_service, c.status, c.patient_control_number,
                          c.total_charge_cents, COALESCE(p.paid, 0) AS paid, COALESCE(p.patient, 0) AS patient,
                          COALESCE(a.adjusted, 0) AS adjusted, s.sent
                        FROM claim c
                        LEFT JOIN (%s) p ON p.claim_id = c.id
                        LEFT JOIN (SELECT cp.claim_id, SUM(pa.amount_cents) AS adjusted FROM payment_adjustment pa
                          JOIN claim_payment cp ON cp.id = pa.claim_payment_id
                          WHERE cp.claim_id IS NOT NULL AND pa.group_code <> 'PR' GROUP BY cp.claim_id) a ON a.claim_id = c.id
                        LEFT JOIN (SELECT claim_id, MIN(occurred_at) AS sent FROM claim_event WHERE to_status = 'SUBMITTED'
                          GROUP BY claim_id) s ON s.claim_id = c.id
                        WHERE c.status IN (%s)
                          AND c.total_charge_cents - COALESCE(p.paid, 0) - COALESCE(p.patient, 0) - COALESCE(a.adjusted, 0) > 0
                        ORDER BY c.id""".formatted(PAID, STATUSES))
                .map((rs, ctx) -> {
                    Timestamp sent = rs.getTimestamp("sent");
                    return new OpenClaim(rs.getLong("id"), rs.getString("payer_id"), rs.getDate("date_of_service").toLocalDate(),
                            ClaimStatus.valueOf(rs.getString("status")), rs.getString("patient_control_number"),
                            new Money(rs.getLong("total_charge_cents")), new Money(rs.getLong("paid")),
                            new Money(rs.getLong("patient")), new Money(rs.getLong("adjusted")),
                            Optional.ofNullable(sent).map(Timestamp::toInstant));
                })
                .list());
    }

    /**
     * Per payer, the claims of the period the payer answered (at least one payment posted) and how many of those it
     * denied: the claim stands denied, a payment says denied (CLP02 = 4), or an adjustment is a denial.
     *
     * @param routineAdjustments the adjustments ("CO-45", "PR-2") that are a normal part of being paid; any other
     *                           positive adjustment is a denial
     */
    public List<PayerDenials> denialCounts(LocalDate from, LocalDate through, Collection<String> routineAdjustments) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT c.payer_id, COUNT(*) AS adjudicated,
                          SUM(CASE WHEN c.status = 'DENIED'
                            OR EXISTS (SELECT 1 FROM claim_payment cp WHERE cp.claim_id = c.id AND cp.status_code = '4')
                            OR EXISTS (%s) THEN 1 ELSE 0 END) AS denied
                        FROM claim c
                        WHERE c.date_of_service BETWEEN :from AND :through
                          AND EXISTS (SELECT 1 FROM claim_payment cp WHERE cp.claim_id = c.id)
                        GROUP BY c.payer_id ORDER BY c.payer_id""".formatted(denialAdjustment()))
                .bind("from", Date.valueOf(from)).bind("through", Date.valueOf(through))
                .bindList("routine", List.copyOf(routineAdjustments))
                .map((rs, ctx) -> new PayerDenials(rs.getString("payer_id"), rs.getLong("adjudicated"), rs.getLong("denied")))
                .list());
    }

    /** The claims of the period with at least one denial adjustment, to be explained one by one. */
    public List<PeriodClaim> claimsWithDenialAdjustments(LocalDate from, LocalDate through,
                                                         Collection<String> routineAdjustments) {
        return jdbi.withHandle(handle -> withFindings(handle, handle.createQuery("""
                        SELECT c.*, v.provider_id FROM claim c JOIN visit v ON v.id = c.visit_id
                        WHERE c.date_of_service BETWEEN :from AND :through AND EXISTS (%s)
                        ORDER BY c.id""".formatted(denialAdjustment()))
                .bind("from", Date.valueOf(from)).bind("through", Date.valueOf(through))
                .bindList("routine", List.copyOf(routineAdjustments))
                .map((rs, ctx) -> periodClaim(rs)).list()));
    }

    /** What the payers paid per procedure code on the service lines of sent claims of the period. */
    public List<CodePaid> paidByCode(LocalDate from, LocalDate through) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT sp.procedure_code, SUM(sp.paid_cents) AS paid FROM service_payment sp
                        JOIN claim_payment cp ON cp.id = sp.claim_payment_id
                        JOIN claim c ON c.id = cp.claim_id
                        WHERE c.date_of_service BETWEEN :from AND :through AND c.status IN (%s)
                        GROUP BY sp.procedure_code ORDER BY sp.procedure_code""".formatted(STATUSES))
                .bind("from", Date.valueOf(from)).bind("through", Date.valueOf(through))
                .map((rs, ctx) -> new CodePaid(rs.getString("procedure_code"), new Money(rs.getLong("paid"))))
                .list());
    }

    /**
     * Per rendering provider, the sent claims of the period and their charges (primary claims only: a secondary
     * claim bills the same visit again) and what every payer paid on them (secondary payers included).
     */
    public List<ProviderRevenue> revenueByProvider(LocalDate from, LocalDate through) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT v.provider_id,
                          SUM(CASE WHEN c.payer_priority = 1 THEN 1 ELSE 0 END) AS claims,
                          SUM(CASE WHEN c.payer_priority = 1 THEN c.total_charge_cents ELSE 0 END) AS charged,
                          SUM(COALESCE(p.paid, 0)) AS paid
                        FROM claim c JOIN visit v ON v.id = c.visit_id
                        LEFT JOIN (%s) p ON p.claim_id = c.id
                        WHERE c.date_of_service BETWEEN :from AND :through AND c.status IN (%s)
                        GROUP BY v.provider_id ORDER BY v.provider_id""".formatted(PAID, STATUSES))
                .bind("from", Date.valueOf(from)).bind("through", Date.valueOf(through))
                .map((rs, ctx) -> new ProviderRevenue(rs.getLong("provider_id"), rs.getLong("claims"),
                        new Money(rs.getLong("charged")), new Money(rs.getLong("paid"))))
                .list());
    }

    /**
     * Patients' money per method: payments by the day they were received and refunds by the day they were given back,
     * so a cash practice's revenue is not $0. A voided payment is counted apart and adds nothing.
     */
    public List<PatientMoney> patientMoney(LocalDate from, LocalDate through) {
        return jdbi.withHandle(handle -> {
            java.util.Map<String, long[]> byMethod = new java.util.TreeMap<>();
            handle.createQuery("""
                        SELECT method,
                          SUM(CASE WHEN voided_at IS NULL THEN 1 ELSE 0 END) AS payments,
                          SUM(CASE WHEN voided_at IS NULL THEN amount_cents ELSE 0 END) AS received,
                          SUM(CASE WHEN voided_at IS NULL THEN 0 ELSE 1 END) AS voided
                        FROM patient_payment WHERE received_on BETWEEN :from AND :through GROUP BY method""")
                    .bind("from", Date.valueOf(from)).bind("through", Date.valueOf(through))
                    .map((rs, ctx) -> {
                        long[] row = byMethod.computeIfAbsent(rs.getString("method"), method -> new long[4]);
                        row[0] = rs.getLong("payments");
                        row[1] = rs.getLong("received");
                        row[2] = rs.getLong("voided");
                        return row;
                    }).list();
            handle.createQuery("""
                        SELECT method, SUM(amount_cents) AS refunded FROM patient_refund
                        WHERE refunded_on BETWEEN :from AND :through GROUP BY method""")
                    .bind("from", Date.valueOf(from)).bind("through", Date.valueOf(through))
                    .map((rs, ctx) -> byMethod.computeIfAbsent(rs.getString("method"), method -> new long[4])[3] = rs.getLong("refunded"))
                    .list();
            return byMethod.entrySet().stream().map(entry -> new PatientMoney(entry.getKey(), entry.getValue()[0],
                    new Money(entry.getValue()[1]), entry.getValue()[2], new Money(entry.getValue()[3]))).toList();
        });
    }

    /** Every primary claim of the period, in any status, with its visit's provider and its findings. */
    public List<PeriodClaim> claims(LocalDate from, LocalDate through) {
        return jdbi.withHandle(handle -> withFindings(handle, handle.createQuery("""
                        SELECT c.*, v.provider_id FROM claim c JOIN visit v ON v.id = c.visit_id
                        WHERE c.date_of_service BETWEEN :from AND :through AND c.payer_priority = 1
                        ORDER BY c.date_of_service, c.id""")
                .bind("from", Date.valueOf(from)).bind("through", Date.valueOf(through))
                .map((rs, ctx) -> periodClaim(rs)).list()));
    }

    /**
     * Hands every primary claim of the period (as {@link #claims}, in the same order) to {@code pages}, at most
     * {@code pageSize} at a time, each with its visit, patient, referrals and stored findings: the re-scrub audit's
     * input, read through a cursor so that no page outlives its turn.
     *
     * @return how many claims were handed over
     */
    public long forEachAuditPage(LocalDate from, LocalDate through, int pageSize, Consumer<List<AuditClaim>> pages) {
        return new AuditPages(jdbi).forEach(from, through, pageSize, pages);
    }

    /**
     * The lines of every primary claim of the period, in any status, in claim and line order: what each billed,
     * with the minutes documented where the line has them.
     */
    public List<PeriodLine> lines(LocalDate from, LocalDate through) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT l.claim_id, l.line_number, l.code, l.units, l.minutes FROM claim_line l
                        JOIN claim c ON c.id = l.claim_id
                        WHERE c.date_of_service BETWEEN :from AND :through AND c.payer_priority = 1
                        ORDER BY l.claim_id, l.line_number""")
                .bind("from", Date.valueOf(from)).bind("through", Date.valueOf(through))
                .map((rs, ctx) -> new PeriodLine(rs.getLong("claim_id"), rs.getInt("line_number"), rs.getString("code"),
                        rs.getInt("units"), Optional.ofNullable((Integer) rs.getObject("minutes", Integer.class))
                        .map(OptionalInt::of).orElse(OptionalInt.empty())))
                .list());
    }

    /**
     * Per procedure code, the units and charges billed on the lines of the sent primary claims of the period (a
     * secondary claim bills the same lines again). A line without a fee charges nothing.
     */
    public List<CodeBilled> billedByCode(LocalDate from, LocalDate through) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT l.code, SUM(l.units) AS units, SUM(COALESCE(l.charge_cents, 0)) AS charged
                        FROM claim_line l JOIN claim c ON c.id = l.claim_id
                        WHERE c.date_of_service BETWEEN :from AND :through AND c.payer_priority = 1 AND c.status IN (%s)
                        GROUP BY l.code ORDER BY l.code""".formatted(STATUSES))
                .bind("from", Date.valueOf(from)).bind("through", Date.valueOf(through))
                .map((rs, ctx) -> new CodeBilled(rs.getString("code"), rs.getLong("units"), new Money(rs.getLong("charged"))))
                .list());
    }

    private static List<PeriodClaim> withFindings(org.jdbi.v3.core.Handle handle, List<PeriodClaim> claims) {
        Map<Long, List<Finding>> findings = ClaimRows.findings(handle, claims.stream().map(PeriodClaim::claimId).toList());
        return claims.stream().map(claim -> claim.withFindings(findings.getOrDefault(claim.claimId(), List.of()))).toList();
    }

    /** An adjustment on one of claim c's posted payments that is neither routine nor a reversal's negative amount. */
    private static String denialAdjustment() {
        return """
                SELECT 1 FROM payment_adjustment pa JOIN claim_payment cp ON cp.id = pa.claim_payment_id
                WHERE cp.claim_id = c.id AND pa.amount_cents > 0 AND (pa.group_code || '-' || pa.reason_code) NOT IN (<routine>)""";
    }

    private static PeriodClaim periodClaim(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PeriodClaim(rs.getLong("id"), rs.getLong("visit_id"), rs.getLong("provider_id"), rs.getString("payer_id"),
                rs.getDate("date_of_service").toLocalDate(), ClaimStatus.valueOf(rs.getString("status")),
                rs.getString("patient_control_number"), new Money(rs.getLong("total_charge_cents")),
                rs.getString("rule_data_version"), List.of());
    }

    /**
     * A sent claim with money still open with its payer.
     *
     * @param writtenOff every adjustment but patient responsibility (contractual, other, payer-initiated)
     * @param sent       when the claim first became submitted; empty for a claim stored as sent
     */
    public record OpenClaim(long claimId, String payerId, LocalDate dateOfService, ClaimStatus status,
                            String controlNumber, Money charge, Money paid, Money patientResponsibility,
                            Money writtenOff, Optional<Instant> sent) {
        public OpenClaim {
            Objects.requireNonNull(payerId, "payerId");
            Objects.requireNonNull(sent, "sent");
        }

        /** What the payers still owe. */
        public Money balance() {
            return new Money(charge.cents() - paid.cents() - patientResponsibility.cents() - writtenOff.cents());
        }
    }

    public record PayerDenials(String payerId, long adjudicated, long denied) {
    }

    public record CodePaid(String code, Money paid) {
    }

    public record ProviderRevenue(long providerId, long claims, Money charged, Money paid) {
    }

    /**
     * What patients paid the practice by one method in a period: payments received (voided ones not counted, but
     * numbered apart) and refunds given back by that method.
     */
    public record PatientMoney(String method, long payments, Money received, long voided, Money refunded) {
    }

    /**
     * A claim of a report's period, with the provider of its visit and the findings of its last scrub.
     *
     * @param ruleDataVersion the rule data the claim was last scrubbed with
     */
    public record PeriodClaim(long claimId, long visitId, long providerId, String payerId, LocalDate dateOfService,
                              ClaimStatus status, String controlNumber, Money charge, String ruleDataVersion,
                              List<Finding> findings) {
        public PeriodClaim {
            Objects.requireNonNull(payerId, "payerId");
            findings = List.copyOf(findings);
        }

        PeriodClaim withFindings(List<Finding> stored) {
            return new PeriodClaim(claimId, visitId, providerId, payerId, dateOfService, status, controlNumber, charge,
                    ruleDataVersion, stored);
        }
    }

    /**
     * A line of a claim of a report's period.
     *
     * @param minutes the documented minutes, where the line is time-based and the visit gave them
     */
    public record PeriodLine(long claimId, int lineNumber, String code, int units, OptionalInt minutes) {
        public PeriodLine {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(minutes, "minutes");
        }
    }

    public record CodeBilled(String code, long units, Money charged) {
    }
}
