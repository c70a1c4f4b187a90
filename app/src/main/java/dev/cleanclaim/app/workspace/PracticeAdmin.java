package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.contract.PracticeFile;
import dev.cleanclaim.app.contract.SupervisionCheck;
import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.store.AuditNote;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.PayerEntry;
import dev.cleanclaim.store.PayerWrite;
import dev.cleanclaim.store.ProviderWrite;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.Update;
import dev.cleanclaim.store.UserRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The practice as its admin keeps it: its own facts, rendering providers, payer directory and fees. Anyone signed in
 * may read them (they hold no patient data); only an admin changes them, each change with the version it read and
 * its audit row in the same transaction.
 */
public final class PracticeAdmin {

    private final Database database;
    private final PracticeRef practice;
    private final WorkspacePayers payers;

    PracticeAdmin(Database database, PracticeRef practice, WorkspacePayers payers) {
        this.database = database;
        this.practice = practice;
        this.payers = payers;
    }

    public Stored<Practice> practice() {
        return database.practices().stored(practice.id()).orElseThrow(WorkspaceException.SetupNeeded::new);
    }

    /** Saves the practice's own facts; its providers and payers in {@code changed} are ignored (they have their own). */
    public Stored<Practice> updatePractice(Actor actor, int expectedVersion, Practice changed) {
        requireAdmin(actor);
        Update<Practice> update = database.practices().update(practice.id(), expectedVersion, changed, note(actor, "update", "practice"));
        if (update instanceof Update.Saved<Practice> saved) {
            return saved.stored();
        }
        if (update instanceof Update.Conflict<Practice> conflict) {
            throw new WorkspaceException.Conflict("practice", conflict.current().id(), conflict.current().version());
        }
        throw new WorkspaceException.SetupNeeded();
    }

    public List<Stored<RenderingProvider>> providers() {
        return database.practices().providers(practice.id());
    }

    public Stored<RenderingProvider> provider(long id) {
        return providers().stream().filter(provider -> provider.id() == id).findFirst()
                .orElseThrow(() -> new WorkspaceException.NotFound("provider", id));
    }

    public Stored<RenderingProvider> addProvider(Actor actor, RenderingProvider provider) {
        requireAdmin(actor);
        checkSupervision(provider, providers());
        return provider(database.practices().addProvider(practice.id(), provider, note(actor, "create", provider.type().name())), -1);
    }

    public Stored<RenderingProvider> updateProvider(Actor actor, long id, int expectedVersion, RenderingProvider provider) {
        requireAdmin(actor);
        checkSupervision(provider, providers().stream().filter(stored -> stored.id() != id).toList());
        return provider(database.practices().updateProvider(practice.id(), id, expectedVersion, provider,
                note(actor, "update", provider.type().name() + (provider.active() ? "" : ", inactive"))), id);
    }

    public List<Stored<PayerEntry>> payers() {
        return database.practices().payers(practice.id());
    }

    public Stored<PayerEntry> payer(long id) {
        return database.practices().payer(practice.id(), id).orElseThrow(() -> new WorkspaceException.NotFound("payer", id));
    }

    public Stored<PayerEntry> addPayer(Actor actor, PayerEntry entry) {
        requireAdmin(actor);
        return payer(database.practices().addPayer(practice.id(), entry, note(actor, "create", entry.payerId())), -1);
    }

    public Stored<PayerEntry> updatePayer(Actor actor, long id, int expectedVersion, PayerEntry entry) {
        requireAdmin(actor);
        return payer(database.practices().updatePayer(practice.id(), id, expectedVersion, entry,
                note(actor, "update", entry.payerId())), id);
    }

    public Stored<FeeSchedule> fees() {
        return database.practices().fees(practice.id());
    }

    public Stored<FeeSchedule> replaceFees(Actor actor, int expectedVersion, FeeSchedule fees) {
        requireAdmin(actor);
        Update<FeeSchedule> update = database.practices().replaceFees(practice.id(), expectedVersion, fees,
                note(actor, "update", fees.perUnit().size() + " fee(s), " + fees.sessions().size() + " session price(s)"));
        if (update instanceof Update.Saved<FeeSchedule> saved) {
            return saved.stored();
        }
        if (update instanceof Update.Conflict<FeeSchedule> conflict) {
            throw new WorkspaceException.Conflict("fee schedule", practice.id(), conflict.current().version());
        }
        throw new WorkspaceException.SetupNeeded();
    }

    /** What the practice still lacks before its first claim, with where each item is set. */
    public List<Readiness.Missing> readiness() {
        PracticeRef.Read now = practice.read();
        return Readiness.of(now.practice(), !now.fees().isEmpty(), payers.over(now.practice()));
    }

    /**
     * Sets the workspace up from a practice file, or brings it in line with one, all or nothing: providers matched by
     * NPI and payers by id are changed, new ones added, none removed; the fees are replaced when the file has them.
     */
    public long importFile(Actor actor, String fileName, PracticeFile file) {
        if (practice.idIfSetUp().isPresent()) {
            requireAdmin(actor);
        }
        try {
            return database.practices().importPractice(file.practice(), file.fees(), note(actor, "import", fileName));
        } catch (IllegalArgumentException conflict) {
            throw new InputException(fileName, List.of(new InputProblem("$", conflict.getMessage())));
        }
    }

    /** The practice as a practice file, to keep, edit and import elsewhere. */
    public PracticeFile exportFile() {
        FeeSchedule fees = fees().value();
        return new PracticeFile(practice.practice(), fees.isEmpty() ? Optional.empty() : Optional.of(fees));
    }

    private static AuditNote note(Actor actor, String action, String detail) {
        return new AuditNote(actor.username(), Optional.of(actor.remoteAddress()), action, Optional.of(detail));
    }

    /**
     * A provider written alone against the others stored: its supervisor must be able to supervise it, and those who
     * name it as supervisor must still be supervisable by it. (A supervisor not on file is the store's refusal.)
     */
    private static void checkSupervision(RenderingProvider provider, List<Stored<RenderingProvider>> others) {
        List<RenderingProvider> stored = others.stream().map(Stored::value).toList();
        Optional<RenderingProvider> supervisor = provider.supervisorNpi()
                .flatMap(npi -> stored.stream().filter(other -> other.npi().equals(npi)).findFirst());
        List<InputProblem> problems = new ArrayList<>();
        SupervisionCheck.supervisorProblem(provider, supervisor)
                .ifPresent(problem -> problems.add(new InputProblem("$.supervisor", problem)));
        SupervisionCheck.superviseeProblem(provider, stored).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InputException("provider", problems);
        }
    }

    private static void requireAdmin(Actor actor) {
        if (actor.role() != UserRole.ADMIN) {
            throw new WorkspaceException.Forbidden("only an admin changes the practice, its providers, payers and fees");
        }
    }

    private static Stored<RenderingProvider> provider(ProviderWrite write, long id) {
        if (write instanceof ProviderWrite.Saved saved) {
            return saved.stored();
        }
        if (write instanceof ProviderWrite.Conflict conflict) {
            throw new WorkspaceException.Conflict("provider", conflict.current().id(), conflict.current().version());
        }
        if (write instanceof ProviderWrite.DuplicateNpi duplicate) {
            throw new WorkspaceException.Conflict("another provider of the practice has NPI " + duplicate.npi());
        }
        if (write instanceof ProviderWrite.UnknownSupervisor unknown) {
            throw new InputException("provider", List.of(new InputProblem("$.supervisor",
                    "no other provider of the practice has NPI " + unknown.npi() + "; add the supervisor first")));
        }
        throw new WorkspaceException.NotFound("provider", ((ProviderWrite.NotFound) write).id());
    }

    private static Stored<PayerEntry> payer(PayerWrite write, long id) {
        if (write instanceof PayerWrite.Saved saved) {
            return saved.stored();
        }
        if (write instanceof PayerWrite.Conflict conflict) {
            throw new WorkspaceException.Conflict("payer", conflict.current().id(), conflict.current().version());
        }
        if (write instanceof PayerWrite.DuplicatePayerId duplicate) {
            throw new WorkspaceException.Conflict("another payer of the directory has id \"" + duplicate.payerId() + "\"");
        }
        if (write instanceof PayerWrite.DuplicateElectronicId duplicate) {
            throw new WorkspaceException.Conflict("another payer of the directory has payer id " + duplicate.electronicId());
        }
        if (write instanceof PayerWrite.PayerIdInUse inUse) {
            throw new WorkspaceException.Conflict("patients, visits or claims name payer \"" + inUse.payerId()
                    + "\": keep its id (change its name or payer id instead)");
        }
        throw new WorkspaceException.NotFound("payer", ((PayerWrite.NotFound) write).id());
    }
}
