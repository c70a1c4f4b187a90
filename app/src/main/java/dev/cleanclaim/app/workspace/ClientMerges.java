package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.core.patient.Coverage;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.PatientMerge;
import dev.cleanclaim.store.PatientMergeStore;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One client, one record: merging a duplicate record into the one that survives. Billing staff merge; the two
 * records must agree on the facts a merge cannot choose between (birth date, sex, each policy both have, the
 * therapist), and each disagreement is named so someone corrects one record first. The survivor keeps its own
 * name, address and account number; the duplicate is kept read-only, pointing at it.
 */
public final class ClientMerges {

    /** Why a therapist is refused: a merge moves claims and payments, which is billing staff's work. */
    static final String MERGING_IS_BILLING_WORK = "billing staff merge client records: a merge moves their claims and"
            + " payments; ask a biller or an admin";

    private final Database database;
    private final Patients patients;
    private final AuditTrail audit;

    ClientMerges(Database database, Patients patients, AuditTrail audit) {
        this.database = database;
        this.patients = patients;
        this.audit = audit;
    }

    /**
     * Merges {@code duplicateId} into {@code survivorId}.
     *
     * @param survivorVersion the survivor's version the user read; empty: as it stands
     */
    public PatientMerge merge(Actor actor, long survivorId, Optional<Integer> survivorVersion, long duplicateId,
                              String reason) {
        actor.requireBillingStaff(MERGING_IS_BILLING_WORK);
        List<InputProblem> problems = new ArrayList<>();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            problems.add(new InputProblem("$.reason", "missing; say why these are one person (e.g. \"entered twice at"
                    + " the desk\")"));
        } else if (why.length() > 400) {
            problems.add(new InputProblem("$.reason", "at most 400 characters"));
        }
        if (duplicateId == survivorId) {
            problems.add(new InputProblem("$.duplicate", "is this record itself; name the other record of the same person"));
        }
        if (!problems.isEmpty()) {
            throw new InputException("merge", problems);
        }
        Stored<PatientRecord> survivor = patients.visible(actor, survivorId);
        Stored<PatientRecord> duplicate = patients.visible(actor, duplicateId);
        refuseMerged(survivorId, "the record that survives");
        refuseMerged(duplicateId, "the duplicate");
        List<String> disagreements = disagreements(survivor.value(), duplicate.value());
        if (!disagreements.isEmpty()) {
            throw new WorkspaceException.Conflict("patients " + survivorId + " and " + duplicateId + " disagree on "
                    + String.join("; ", disagreements) + ". A merge keeps one of each: correct the record that is wrong"
                    + " so they agree, then merge");
        }
        int expected = survivorVersion.orElse(survivor.version());
        PatientMergeStore.Outcome outcome = database.patientMerges().merge(survivorId, expected, duplicateId,
                duplicate.version(), why, AuditTrail.note(actor, "merge"));
        if (outcome instanceof PatientMergeStore.Outcome.Merged merged) {
            return merged.merge();
        }
        long changed = ((PatientMergeStore.Outcome.Changed) outcome).patientId();
        int now = database.patients().find(changed).map(Stored::version).orElse(-1);
        throw new WorkspaceException.Conflict("patient", changed, now);
    }

    private void refuseMerged(long id, String role) {
        database.patients().mergedInto(id).ifPresent(into -> {
            throw new WorkspaceException.Conflict("patient " + id + " (" + role + ") was already merged into patient "
                    + into + "; merge into patient " + into + " instead");
        });
    }

    /** The facts the two records state differently, each named with both values. */
    static List<String> disagreements(PatientRecord survivor, PatientRecord duplicate) {
        List<String> found = new ArrayList<>();
        Person kept = survivor.patient().person();
        Person other = duplicate.patient().person();
        differs(found, "birthDate", kept.birthDate(), other.birthDate());
        differs(found, "sex", kept.sex(), other.sex());
        if (survivor.payerId().isPresent() && duplicate.payerId().isPresent()) {
            differs(found, "payer", survivor.payerId().get(), duplicate.payerId().get());
            differs(found, "insurance.memberId", survivor.patient().memberId().orElse("none"),
                    duplicate.patient().memberId().orElse("none"));
            differs(found, "secondaryInsurance", survivor.secondary().map(ClientMerges::policy).orElse("none"),
                    duplicate.secondary().map(ClientMerges::policy).orElse("none"));
        }
        if (survivor.therapistId().isPresent() && duplicate.therapistId().isPresent()) {
            differs(found, "therapist.id", survivor.therapistId().get(), duplicate.therapistId().get());
        }
        return found;
    }

    private static String policy(Coverage coverage) {
        return coverage.payerId() + " " + coverage.memberId();
    }

    private static void differs(List<String> found, String field, Object kept, Object other) {
        if (!Objects.equals(kept, other)) {
            found.add(field + " (" + kept + " on the record that survives, " + other + " on the duplicate)");
        }
    }

    /** The merges the client took part in, newest first: seen by whoever may see the client, audited as a read. */
    public List<PatientMerge> ofPatient(Actor actor, long patientId) {
        patients.visible(actor, patientId);
        audit.read(actor, "patient-merge", patientId);
        return database.patientMerges().ofPatient(patientId);
    }
}
