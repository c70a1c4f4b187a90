package dev.cleanclaim.store;

import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The practice, its rendering providers, its payer directory and its fee schedule. Each part is locked on its own
 * version (the practice row, each provider, each payer entry, the fee schedule), so two admins editing different
 * parts never conflict. Every write names the version it read and inserts its audit row in its own transaction;
 * a refused write saves nothing.
 */
public final class PracticeStore {

    private final Jdbi jdbi;
    private final Clock clock;

    PracticeStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public long create(Practice practice) {
        return create(practice, new FeeSchedule("", Map.of()));
    }

    /**
     * Creates the practice whole or not at all. What a practice file or the set-up page checked already (NPIs
     * unique, supervisors among the providers) is refused here too, as an IllegalArgumentException naming it.
     */
    public long create(Practice practice, FeeSchedule fees) {
        checkColumns(practice);
        FeeRows.check(fees);
        return jdbi.inTransaction(handle -> new PracticeImport(handle).create(practice, fees));
    }

    /** Creates the practice (no fees yet) with its audit row, in one transaction. */
    public long create(Practice practice, AuditNote audit) {
        checkColumns(practice);
        return jdbi.inTransaction(handle -> {
            long id = new PracticeImport(handle).create(practice, new FeeSchedule("", Map.of()));
            AuditLog.insert(handle, clock, audit, "practice", id);
            return id;
        });
    }

    /**
     * Sets the practice up from a practice file, or brings it in line with one, whole or not at all: the practice's
     * own facts are replaced, providers are matched by NPI and payers by directory id (added or changed; none is
     * removed, since claims name them), and the fee schedule is replaced when the file has one. Only what differs from
     * what is stored is written (and its version bumped), and the audit row, naming what changed, is written only when
     * something did: importing the same file again changes nothing. A conflict with what
     * is stored (an electronic payer id of another entry) refuses the import as an IllegalArgumentException naming it.
     *
     * @return the practice's id
     */
    public long importPractice(Practice practice, Optional<FeeSchedule> fees, AuditNote audit) {
        checkColumns(practice);
        fees.ifPresent(FeeRows::check);
        return jdbi.inTransaction(handle -> {
            PracticeImport run = new PracticeImport(handle);
            long id = run.run(practice, fees);
            // Nothing written, nothing to audit: the same file imported again is no change to anybody's data.
            if (!run.changed().isEmpty()) {
                AuditLog.insert(handle, clock, withChanges(audit, run.changed()), "practice", id);
            }
            return id;
        });
    }

    /** Refuses a practice, provider or payer entry with a value longer than its column, before anything is written. */
    private static void checkColumns(Practice practice) {
        PracticeRows.check(practice);
        practice.providers().forEach(provider -> within("providers " + provider.npi(), () -> ProviderRows.check(provider)));
        practice.payers().forEach((id, account) -> within("payers " + id, () -> PayerRows.check(new PayerEntry(id, account))));
    }

    /** The audit note's detail (the file) followed by what the import wrote. */
    private static AuditNote withChanges(AuditNote audit, List<String> changed) {
        String what = String.join(", ", changed);
        return new AuditNote(audit.user(), audit.remoteAddress(), audit.action(),
                Optional.of(audit.detail().map(detail -> detail + ": ").orElse("") + what));
    }

    public Optional<Practice> find(long id) {
        return stored(id).map(Stored::value);
    }

    /** The practice with the version of its own row, which {@link #update} names. */
    public Optional<Stored<Practice>> stored(long id) {
        return jdbi.withHandle(handle -> PracticeRows.find(handle, id));
    }

    /**
     * A number that grows whenever the practice, one of its providers or payer entries, or its fees change (every
     * part only ever adds to it: versions rise, rows are never deleted), so a reader can keep the practice it read
     * until the number moves, at the cost of one small query instead of reading the practice whole.
     */
    public long stamp(long practiceId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT CAST(p.version + p.fees_version
                          + COALESCE((SELECT SUM(version + id) FROM provider WHERE practice_id = p.id), 0)
                          + COALESCE((SELECT SUM(version + id) FROM payer_account WHERE practice_id = p.id), 0) AS BIGINT)
                        FROM practice p WHERE p.id = :id""")
                .bind("id", practiceId).mapTo(Long.class).findOne().orElse(-1L));
    }

    /** The workspace's practice: the first one created, if any. */
    public Optional<Long> firstId() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT MIN(id) FROM practice").mapTo(Long.class).findOne());
    }

    /**
     * Saves the practice's own facts (billing provider, pay-to address, clearinghouse, place of service, locality,
     * test flag) if nobody changed them since {@code expectedVersion}. Its providers and payers are left alone:
     * they are written one by one.
     */
    public Update<Practice> update(long practiceId, int expectedVersion, Practice practice, AuditNote audit) {
        PracticeRows.check(practice);
        return jdbi.inTransaction(handle -> {
            if (!PracticeRows.update(handle, practiceId, expectedVersion, practice)) {
                return PracticeRows.find(handle, practiceId).<Update<Practice>>map(Update.Conflict::new)
                        .orElse(new Update.NotFound<>(practiceId));
            }
            AuditLog.insert(handle, clock, audit, "practice", practiceId);
            return new Update.Saved<>(PracticeRows.find(handle, practiceId).orElseThrow());
        });
    }

    /** Every provider of the practice, inactive ones too (their claims still name them), in the order added. */
    public List<Stored<RenderingProvider>> providers(long practiceId) {
        return jdbi.withHandle(handle -> ProviderRows.list(handle, practiceId));
    }

    public ProviderWrite addProvider(long practiceId, RenderingProvider provider, AuditNote audit) {
        ProviderRows.check(provider);
        return npiUnique(provider, () -> jdbi.inTransaction(handle -> {
            if (!exists(handle, practiceId)) {
                return new ProviderWrite.NotFound(practiceId);
            }
            if (ProviderRows.idOf(handle, practiceId, provider.npi()).isPresent()) {
                return new ProviderWrite.DuplicateNpi(provider.npi());
            }
            Optional<Long> supervisor = provider.supervisorNpi().flatMap(npi -> ProviderRows.idOf(handle, practiceId, npi));
            if (provider.supervisorNpi().isPresent() && supervisor.isEmpty()) {
                return new ProviderWrite.UnknownSupervisor(provider.supervisorNpi().get());
            }
            long id = ProviderRows.insert(handle, practiceId, provider, supervisor);
            AuditLog.insert(handle, clock, audit, "provider", id);
            return new ProviderWrite.Saved(ProviderRows.find(handle, practiceId, id).orElseThrow());
        }));
    }

    /** Saves the provider if nobody changed it since {@code expectedVersion}; the supervisor is another provider. */
    public ProviderWrite updateProvider(long practiceId, long providerId, int expectedVersion, RenderingProvider provider,
                                        AuditNote audit) {
        ProviderRows.check(provider);
        return npiUnique(provider, () -> jdbi.inTransaction(handle -> {
            Optional<Stored<RenderingProvider>> current = ProviderRows.find(handle, practiceId, providerId);
            if (current.isEmpty()) {
                return new ProviderWrite.NotFound(providerId);
            }
            if (current.get().version() != expectedVersion) {
                return new ProviderWrite.Conflict(current.get());
            }
            if (ProviderRows.idOf(handle, practiceId, provider.npi()).filter(id -> id != providerId).isPresent()) {
                return new ProviderWrite.DuplicateNpi(provider.npi());
            }
            Optional<Long> supervisor = provider.supervisorNpi()
                    .flatMap(npi -> ProviderRows.idOf(handle, practiceId, npi)).filter(id -> id != providerId);
            if (provider.supervisorNpi().isPresent() && supervisor.isEmpty()) {
                return new ProviderWrite.UnknownSupervisor(provider.supervisorNpi().get());
            }
            if (!ProviderRows.update(handle, practiceId, providerId, expectedVersion, provider, supervisor)) {
                return new ProviderWrite.Conflict(ProviderRows.find(handle, practiceId, providerId).orElseThrow());
            }
            AuditLog.insert(handle, clock, audit, "provider", providerId);
            return new ProviderWrite.Saved(ProviderRows.find(handle, practiceId, providerId).orElseThrow());
        }));
    }

    /** The practice's payer directory, in the order the entries were added. */
    public List<Stored<PayerEntry>> payers(long practiceId) {
        return jdbi.withHandle(handle -> PayerRows.list(handle, practiceId));
    }

    public Optional<Stored<PayerEntry>> payer(long practiceId, long id) {
        return jdbi.withHandle(handle -> PayerRows.find(handle, practiceId, id));
    }

    public PayerWrite addPayer(long practiceId, PayerEntry entry, AuditNote audit) {
        PayerRows.check(entry);
        return payerUnique(entry, () -> jdbi.inTransaction(handle -> {
            if (!exists(handle, practiceId)) {
                return new PayerWrite.NotFound(practiceId);
            }
            Optional<PayerWrite> taken = taken(handle, practiceId, -1, entry);
            if (taken.isPresent()) {
                return taken.get();
            }
            long id = PayerRows.insert(handle, practiceId, entry);
            AuditLog.insert(handle, clock, audit, "payer", id);
            return new PayerWrite.Saved(PayerRows.find(handle, practiceId, id).orElseThrow());
        }));
    }

    /**
     * Saves the entry and replaces its contracted fees if nobody changed it since {@code expectedVersion}. Its
     * directory id changes only while no patient, visit or claim names it.
     */
    public PayerWrite updatePayer(long practiceId, long id, int expectedVersion, PayerEntry entry, AuditNote audit) {
        PayerRows.check(entry);
        return payerUnique(entry, () -> jdbi.inTransaction(handle -> {
            Optional<Stored<PayerEntry>> current = PayerRows.find(handle, practiceId, id);
            if (current.isEmpty()) {
                return new PayerWrite.NotFound(id);
            }
            if (current.get().version() != expectedVersion) {
                return new PayerWrite.Conflict(current.get());
            }
            Optional<PayerWrite> taken = taken(handle, practiceId, id, entry);
            if (taken.isPresent()) {
                return taken.get();
            }
            String oldId = current.get().value().payerId();
            if (!oldId.equals(entry.payerId()) && PayerRows.inUse(handle, practiceId, oldId)) {
                return new PayerWrite.PayerIdInUse(oldId);
            }
            if (!PayerRows.update(handle, practiceId, id, expectedVersion, entry)) {
                return new PayerWrite.Conflict(PayerRows.find(handle, practiceId, id).orElseThrow());
            }
            AuditLog.insert(handle, clock, audit, "payer", id);
            return new PayerWrite.Saved(PayerRows.find(handle, practiceId, id).orElseThrow());
        }));
    }

    /** The practice's fee schedule (empty when none is set) with the version {@link #replaceFees} names. */
    public Stored<FeeSchedule> fees(long practiceId) {
        return jdbi.withHandle(handle -> fees(handle, practiceId))
                .orElseThrow(() -> new IllegalArgumentException("no practice " + practiceId));
    }

    /** Replaces the whole fee schedule if nobody changed it since {@code expectedVersion}. */
    public Update<FeeSchedule> replaceFees(long practiceId, int expectedVersion, FeeSchedule fees, AuditNote audit) {
        FeeRows.check(fees);
        return jdbi.inTransaction(handle -> {
            int changed = handle.createUpdate("""
                            UPDATE practice SET fees_version = fees_version + 1 WHERE id = :id AND fees_version = :version""")
                    .bind("id", practiceId).bind("version", expectedVersion).execute();
            if (changed == 0) {
                return fees(handle, practiceId).<Update<FeeSchedule>>map(Update.Conflict::new)
                        .orElse(new Update.NotFound<>(practiceId));
            }
            FeeRows.replace(handle, practiceId, fees);
            AuditLog.insert(handle, clock, audit, "fee-schedule", practiceId);
            return new Update.Saved<>(fees(handle, practiceId).orElseThrow());
        });
    }

    private static Optional<Stored<FeeSchedule>> fees(Handle handle, long practiceId) {
        return handle.createQuery("SELECT name, fees_version FROM practice WHERE id = :id").bind("id", practiceId)
                .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getInt("fees_version")))
                .findOne()
                .map(row -> new Stored<>(practiceId, row.getValue(),
                        FeeRows.read(handle, practiceId, row.getKey() + " fee schedule")));
    }

    private static boolean exists(Handle handle, long practiceId) {
        return handle.createQuery("SELECT COUNT(*) FROM practice WHERE id = :id").bind("id", practiceId)
                .mapTo(Long.class).one() > 0;
    }

    /** Whether another entry than {@code selfId} already has the entry's directory id or electronic payer id. */
    private static Optional<PayerWrite> taken(Handle handle, long practiceId, long selfId, PayerEntry entry) {
        if (PayerRows.idOfPayerId(handle, practiceId, entry.payerId()).filter(id -> id != selfId).isPresent()) {
            return Optional.of(new PayerWrite.DuplicatePayerId(entry.payerId()));
        }
        String electronicId = entry.account().electronicId();
        if (PayerRows.idOfElectronicId(handle, practiceId, electronicId, entry.account().pack())
                .filter(id -> id != selfId).isPresent()) {
            return Optional.of(new PayerWrite.DuplicateElectronicId(electronicId));
        }
        return Optional.empty();
    }

    /** A writer who saved the same NPI between our check and our insert: the constraint says so, not an error. */
    private static ProviderWrite npiUnique(RenderingProvider provider, Supplier<ProviderWrite> write) {
        try {
            return write.get();
        } catch (JdbiException e) {
            if (Columns.violates(e, ProviderRows.NPI_UNIQUE)) {
                return new ProviderWrite.DuplicateNpi(provider.npi());
            }
            throw e;
        }
    }

    private static PayerWrite payerUnique(PayerEntry entry, Supplier<PayerWrite> write) {
        try {
            return write.get();
        } catch (JdbiException e) {
            if (Columns.violates(e, PayerRows.ELECTRONIC_ID_UNIQUE)) {
                return new PayerWrite.DuplicateElectronicId(entry.account().electronicId());
            }
            if (Columns.violates(e, PayerRows.PAYER_ID_UNIQUE)) {
                return new PayerWrite.DuplicatePayerId(entry.payerId());
            }
            throw e;
        }
    }

    /** Runs a check, naming the part of the practice its refusal is about. */
    private static void within(String part, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(part + ": " + e.getMessage(), e);
        }
    }
}
