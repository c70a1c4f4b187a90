package dev.cleanclaim.app.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * Every report as CSV: the numbers of the page's tables, one file per table, with ids beside names so a spreadsheet
 * can join them to other exports. Totals are left out: a spreadsheet adds them up, and a total row would be summed twice.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static CsvTable aging(Aging aging) {
        List<String> header = List.of("as_of", "payer_id", "payer", "claims", "days_0_30", "days_31_60", "days_61_90",
                "days_over_90", "total");
        List<List<Object>> rows = new ArrayList<>();
        for (Aging.Row row : aging.rows()) {
            rows.add(List.of(aging.asOf(), row.payerId(), row.payerName(), row.claims(), row.amount(AgingBucket.UP_TO_30),
                    row.amount(AgingBucket.DAYS_31_TO_60), row.amount(AgingBucket.DAYS_61_TO_90),
                    row.amount(AgingBucket.OVER_90), row.total()));
        }
        return new CsvTable(header, rows);
    }

    /** What each patient owes by age bracket, and the credit they hold. */
    public static CsvTable patientAging(PatientAging aging) {
        List<String> header = List.of("as_of", "patient_id", "patient", "account_number", "oldest_visit", "days_0_30",
                "days_31_60", "days_61_90", "days_over_90", "total", "credit");
        List<List<Object>> rows = new ArrayList<>();
        for (PatientAging.Row row : aging.rows()) {
            rows.add(List.of(aging.asOf(), row.patientId(), row.name(), row.accountNumber(),
                    row.oldest() == null ? "" : row.oldest(), row.amount(AgingBucket.UP_TO_30),
                    row.amount(AgingBucket.DAYS_31_TO_60), row.amount(AgingBucket.DAYS_61_TO_90),
                    row.amount(AgingBucket.OVER_90), row.total(), row.credit()));
        }
        return new CsvTable(header, rows);
    }

    /** The open claims behind the aging, one per row, oldest first: the list to work. */
    public static CsvTable agingClaims(Aging aging) {
        List<String> header = List.of("claim_id", "control_number", "payer_id", "date_of_service", "aged_from",
                "days", "bucket", "balance");
        List<List<Object>> rows = new ArrayList<>();
        for (Aging.AgedClaim claim : aging.claims()) {
            rows.add(List.of(claim.claimId(), claim.controlNumber(), claim.payerId(), claim.dateOfService(),
                    claim.agedFrom(), claim.days(), claim.bucket().label(), claim.balance()));
        }
        return new CsvTable(header, rows);
    }

    public static CsvTable denials(Denials denials) {
        List<String> header = List.of("from", "through", "payer_id", "payer", "adjudicated", "denied",
                "denial_rate_percent");
        List<List<Object>> rows = new ArrayList<>();
        for (Denials.PayerRate row : denials.byPayer()) {
            rows.add(List.of(denials.period().from(), denials.period().through(), row.payerId(), row.payerName(),
                    row.adjudicated(), row.denied(), row.ratePercent()));
        }
        return new CsvTable(header, rows);
    }

    /**
     * One row per payer, traced rule and verdict (warned, missed, not-in-pack), then the untraced adjustments per
     * code: long rather than wide, so a pivot table can cut it by any of them.
     */
    public static CsvTable denialRules(Denials denials) {
        List<String> header = List.of("payer_id", "payer", "rule", "adjustment_code", "verdict", "adjustments",
                "amount");
        List<List<Object>> rows = new ArrayList<>();
        for (Denials.RuleDenials row : denials.byRule()) {
            for (Verdict verdict : List.of(new Verdict("warned", row.warned()), new Verdict("missed", row.missed()),
                    new Verdict("not-in-pack", row.notInPack()))) {
                if (verdict.tally().count() > 0) {
                    rows.add(List.of(row.payerId(), row.payerName(), row.ruleId(), "", verdict.name(),
                            verdict.tally().count(), verdict.tally().amount()));
                }
            }
        }
        for (Denials.UntracedDenials row : denials.untraced()) {
            rows.add(List.of(row.payerId(), row.payerName(), "", row.code(), "untraced", row.tally().count(),
                    row.tally().amount()));
        }
        return new CsvTable(header, rows);
    }

    public static CsvTable revenue(Revenue revenue) {
        List<String> header = List.of("from", "through", "code", "description", "units", "charged", "paid");
        List<List<Object>> rows = new ArrayList<>();
        for (Revenue.CodeRow row : revenue.byCode()) {
            rows.add(List.of(revenue.period().from(), revenue.period().through(), row.code(), row.description(),
                    row.units(), row.charged(), row.paid()));
        }
        return new CsvTable(header, rows);
    }

    public static CsvTable revenueByProvider(Revenue revenue) {
        List<String> header = List.of("from", "through", "provider_id", "provider", "claims", "charged", "paid");
        List<List<Object>> rows = new ArrayList<>();
        for (Revenue.ProviderRow row : revenue.byProvider()) {
            rows.add(List.of(revenue.period().from(), revenue.period().through(), row.providerId(), row.providerName(),
                    row.claims(), row.charged(), row.paid()));
        }
        return new CsvTable(header, rows);
    }

    /** What patients paid directly, per method: received, refunded, net, and the voided payments counted apart. */
    public static CsvTable revenueFromPatients(Revenue revenue) {
        List<String> header = List.of("from", "through", "method", "payments", "received", "refunded", "net", "voided");
        List<List<Object>> rows = new ArrayList<>();
        for (Revenue.PatientRow row : revenue.fromPatients()) {
            rows.add(List.of(revenue.period().from(), revenue.period().through(), row.method(), row.payments(),
                    row.received(), row.refunded(), row.net(), row.voided()));
        }
        return new CsvTable(header, rows);
    }

    /** Each therapist's days: timed units and minutes billed, and the day's load (ordinary, long, impossible). */
    public static CsvTable therapistDays(TimedUnits units) {
        List<String> header = List.of("provider_id", "provider", "date_of_service", "visits", "timed_units",
                "timed_minutes", "load");
        List<List<Object>> rows = new ArrayList<>();
        for (TimedUnits.TherapistDay day : units.days()) {
            rows.add(List.of(day.providerId(), day.providerName(), day.date(), day.visits().size(), day.timedUnits(),
                    day.minutes(), day.load().id()));
        }
        return new CsvTable(header, rows);
    }

    public static CsvTable visitUnits(TimedUnits units) {
        List<String> header = List.of("claim_id", "control_number", "visit_id", "provider_id", "provider",
                "date_of_service", "timed_units", "timed_minutes", "minutes_from_units");
        List<List<Object>> rows = new ArrayList<>();
        for (TimedUnits.VisitUnits visit : units.visits()) {
            rows.add(List.of(visit.claimId(), visit.controlNumber(), visit.visitId(), visit.providerId(),
                    visit.providerName(), visit.dateOfService(), visit.timedUnits(), visit.minutes(), visit.minutesImplied()));
        }
        return new CsvTable(header, rows);
    }

    /** One row per error a claim would have today, for the audit's example claims (the first that fail). */
    public static CsvTable audit(RescrubAudit audit) {
        List<String> header = List.of("claim_id", "control_number", "payer_id", "date_of_service", "status",
                "scrubbed_with", "rules_now", "rule", "codes", "message", "already_on_claim");
        List<List<Object>> rows = new ArrayList<>();
        for (RescrubAudit.FailingClaim claim : audit.failing()) {
            for (RescrubAudit.AuditFinding finding : claim.findings()) {
                rows.add(List.of(claim.claimId(), claim.controlNumber(), claim.payerId(), claim.dateOfService(),
                        claim.status().id(), claim.scrubbedWith(), audit.rulesVersion(), finding.ruleId(),
                        String.join(" ", finding.codes()), finding.message(), finding.alreadyStored()));
            }
        }
        return new CsvTable(header, rows);
    }

    private record Verdict(String name, Tally tally) {
    }
}
