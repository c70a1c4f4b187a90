package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.referral.Referral;
import dev.cleanclaim.store.ClaimLinks;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.VisitRecord;

import java.util.List;
import java.util.Optional;

/**
 * Where a stored claim's packet reads what it is assembled from: the store one question at a time (a document of one
 * claim), or answers read beforehand for a whole batch ({@link SendingReads}, sending thousands of claims).
 */
interface ClaimSources {

    /** The practice facts the claim was made with; empty for a claim made before claims kept them. */
    Optional<String> practiceFacts(long claimId);

    /** The patient as the claim billed them; empty for a claim made before claims kept them. */
    Optional<String> patientFacts(long claimId);

    /** The primary claim a secondary claim was made from; empty for a primary claim. */
    Optional<Long> primaryOf(long claimId);

    ClaimLinks links(long claimId);

    Optional<Stored<VisitRecord>> visit(long visitId);

    Optional<Stored<PatientRecord>> patient(long patientId);

    /** The patient's referrals, newest first. */
    List<Stored<Referral>> referrals(long patientId);

    /** Each answer read from the store when asked. */
    static ClaimSources of(Database database) {
        return new ClaimSources() {
            @Override
            public Optional<String> practiceFacts(long claimId) {
                return database.claims().practiceFacts(claimId);
            }

            @Override
            public Optional<String> patientFacts(long claimId) {
                return database.claims().patientFacts(claimId);
            }

            @Override
            public Optional<Long> primaryOf(long claimId) {
                return database.claims().primaryOf(claimId);
            }

            @Override
            public ClaimLinks links(long claimId) {
                return database.claims().links(claimId);
            }

            @Override
            public Optional<Stored<VisitRecord>> visit(long visitId) {
                return database.visits().find(visitId);
            }

            @Override
            public Optional<Stored<PatientRecord>> patient(long patientId) {
                return database.patients().find(patientId);
            }

            @Override
            public List<Stored<Referral>> referrals(long patientId) {
                return database.referrals().forPatient(patientId);
            }
        };
    }
}
