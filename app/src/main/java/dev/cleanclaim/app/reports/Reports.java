package dev.cleanclaim.app.reports;

import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.Claims;
import dev.cleanclaim.core.account.Charge;
import dev.cleanclaim.core.account.PatientAccount;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.payer.PayerLookup;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.ReportStore;
import dev.cleanclaim.store.Stored;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The practice's reports, computed as of the workspace clock's today. Reports add up every patient's claims and the
 * payers' money across the practice, so, like remittances, they are for billers and admins: a therapist is refused
 * rather than shown sums over only their own patients that would read as the practice's. Each report run is one
 * audit entry naming the report, its period and how many claims it read.
 */
public final class Reports {

    private final Workspace workspace;

    public Reports(Workspace workspace) {
        this.workspace = workspace;
    }

    public LocalDate today() {
        return LocalDate.now(workspace.clock());
    }

    /**
     * What each payer still owes, aged as of today; the period does not apply: every open claim is owed now. A
     * self-pay claim is the patient's to pay, not a payer's, so it is no insurance receivable.
     */
    public Aging aging(Actor actor) {
        requireAccess(actor);
        List<ReportStore.OpenClaim> open = workspace.database().reports().openClaims().stream()
                .filter(claim -> !isSelfPay(claim.payerId())).toList();
        audit(actor, "report", "A/R aging as of " + today() + ": " + open.size() + " open claim(s)");
        return new AgingReport(this::payerName).of(open, today(), workspace.clock().getZone());
    }

    /**
     * What patients owe, aged as of today by their visits' dates of service: each visit's patient share less what
     * their payments settled of it (oldest first), and the credits patients hold. Patients who owe nothing and hold no
     * credit are left out.
     */
    public PatientAging patientAging(Actor actor) {
        requireAccess(actor);
        LocalDate today = today();
        long practiceId = workspace.database().practices().firstId().orElseThrow();
        List<PatientAging.Row> rows = new ArrayList<>();
        for (Stored<PatientRecord> patient : workspace.database().patients().list(practiceId)) {
            PatientAccount account = workspace.accounts().accountForReport(patient);
            Map<AgingBucket, Money> owed = new EnumMap<>(AgingBucket.class);
            LocalDate oldest = null;
            for (Charge charge : account.charges()) {
                long open = Math.max(0, charge.patientShare().cents()) - account.settledOf(charge).cents();
                if (open > 0) {
                    AgingBucket bucket = AgingBucket.of(ChronoUnit.DAYS.between(charge.dateOfService(), today));
                    owed.merge(bucket, new Money(open), Money::plus);
                    oldest = oldest == null || charge.dateOfService().isBefore(oldest) ? charge.dateOfService() : oldest;
                }
            }
            if (!owed.isEmpty() || account.unapplied().cents() > 0) {
                var person = patient.value().patient().person();
                rows.add(new PatientAging.Row(patient.id(), person.lastName() + ", " + person.firstName(),
                        patient.value().patient().accountNumber(), owed, account.unapplied(), oldest));
            }
        }
        rows.sort(Comparator.comparing((PatientAging.Row row) -> row.oldest() == null ? today : row.oldest())
                .thenComparing(PatientAging.Row::name));
        audit(actor, "report", "patient aging as of " + today + ": " + rows.size() + " patient(s)");
        return new PatientAging(today, rows);
    }

    public Denials denials(Actor actor, Period period) {
        requireAccess(actor);
        Denials denials = new DenialReport(workspace.database(), workspace.rules(), workspace.payers(), this::payerName).of(period);
        audit(actor, "report", "denials " + period + ": " + denials.total().adjudicated() + " adjudicated claim(s)");
        return denials;
    }

    public Revenue revenue(Actor actor, Period period) {
        requireAccess(actor);
        Revenue revenue = new RevenueReport(workspace.database(), workspace.rules(), providerNames()::name).of(period);
        audit(actor, "report", "revenue " + period + ": " + revenue.providerTotal().claims() + " claim(s)");
        return revenue;
    }

    public TimedUnits units(Actor actor, Period period) {
        requireAccess(actor);
        List<ReportStore.PeriodClaim> claims = workspace.database().reports().claims(period.from(), period.through());
        audit(actor, "report", "timed units " + period + ": " + claims.size() + " claim(s)");
        return new UnitsReport(workspace.rules().codes(), providerNames()::name).of(period, claims,
                workspace.database().reports().lines(period.from(), period.through()));
    }

    /** Scrubs every claim of the period again with the rules in force now; the slowest report, as it scrubs each. */
    public RescrubAudit audit(Actor actor, Period period) {
        requireAccess(actor);
        // Every claim is visible to a biller or admin (a therapist was refused above): no per-patient check is needed.
        // The payer directory is read once, not per failing claim: it is the practice's, read from the database.
        PayerLookup payers = workspace.payers();
        Map<String, String> names = new ConcurrentHashMap<>();
        RescrubAudit audit = new AuditReport(workspace.database().reports(), workspace.visits().rescrubber(),
                workspace.rules().version(), payerId -> names.computeIfAbsent(payerId,
                id -> payers.find(id).map(Payer::name).orElse(id))).of(period);
        workspace.visits().rescrubbed(actor, audit.checked());
        audit(actor, "report", "re-scrub audit " + period + ": " + audit.checked() + " claim(s)");
        return audit;
    }

    /** A report downloaded as a file leaves the system: that is audited on top of the report's own entry. */
    public void downloaded(Actor actor, String fileName) {
        audit(actor, "download", "report " + fileName);
    }

    private boolean isSelfPay(String payerId) {
        return workspace.payers().find(payerId).filter(Claims::isSelfPay).isPresent();
    }

    private String payerName(String payerId) {
        return workspace.payers().find(payerId).map(Payer::name).orElse(payerId);
    }

    private ProviderNames providerNames() {
        return new ProviderNames(workspace.providersById());
    }

    private void audit(Actor actor, String action, String detail) {
        workspace.database().audit().record(actor.username(), action, "claim", Optional.empty(),
                Optional.of(actor.remoteAddress()), Optional.of(detail));
    }

    /** Refuses a therapist: what a page checks before it reads anything else of a request. */
    public void requireAccess(Actor actor) {
        actor.requireBillingStaff("reports add up the whole practice's claims and payments; only billers and admins"
                + " see them");
    }

    /** "Lee Park (PT)", or the bare id of a provider since removed. */
    private record ProviderNames(Map<Long, Stored<RenderingProvider>> byId) {
        String name(long providerId) {
            Stored<RenderingProvider> provider = byId.get(providerId);
            if (provider == null) {
                return "provider " + providerId;
            }
            RenderingProvider found = provider.value();
            return found.firstName() + " " + found.lastName() + " (" + found.type().name() + ")";
        }
    }
}
