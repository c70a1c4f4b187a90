package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.referral.Referral;
import dev.cleanclaim.store.ClaimLinks;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.SendingFacts;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.VisitRecord;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a batch of claims is sent with, read for all of them before any packet is assembled: their sending facts,
 * visits, patients and referrals, a few queries per few hundred claims instead of about seven per claim. Anything not
 * read ahead (a visit that names another patient than its claim) is asked of the store as it is needed, so a packet
 * comes out the same either way.
 */
final class SendingReads implements ClaimSources {

    private final ClaimSources store;
    private final Map<Long, SendingFacts> facts;
    private final Map<Long, Stored<VisitRecord>> visits;
    private final Map<Long, Stored<PatientRecord>> patients;
    private final Map<Long, List<Stored<Referral>>> referrals;

    private SendingReads(ClaimSources store, Map<Long, SendingFacts> facts, Map<Long, Stored<VisitRecord>> visits,
                         Map<Long, Stored<PatientRecord>> patients, Map<Long, List<Stored<Referral>>> referrals) {
        this.store = store;
        this.facts = facts;
        this.visits = visits;
        this.patients = patients;
        this.referrals = referrals;
    }

    static SendingReads of(Database database, List<Stored<ClaimRecord>> claims) {
        Map<Long, SendingFacts> facts = database.claims().sendingFacts(claims.stream().map(Stored::id).toList());
        Map<Long, Stored<VisitRecord>> visits = database.visits().find(
                claims.stream().map(claim -> claim.value().visitId()).toList());
        Set<Long> patientIds = new HashSet<>();
        claims.forEach(claim -> patientIds.add(claim.value().patientId()));
        visits.values().forEach(visit -> patientIds.add(visit.value().patientId()));
        return new SendingReads(ClaimSources.of(database), facts, visits, database.patients().find(patientIds),
                database.referrals().forPatients(patientIds));
    }

    @Override
    public Optional<String> practiceFacts(long claimId) {
        SendingFacts read = facts.get(claimId);
        return read == null ? store.practiceFacts(claimId) : read.practiceFacts();
    }

    @Override
    public Optional<String> patientFacts(long claimId) {
        SendingFacts read = facts.get(claimId);
        return read == null ? store.patientFacts(claimId) : read.patientFacts();
    }

    @Override
    public Optional<Long> primaryOf(long claimId) {
        SendingFacts read = facts.get(claimId);
        return read == null ? store.primaryOf(claimId) : read.primaryClaimId();
    }

    @Override
    public ClaimLinks links(long claimId) {
        SendingFacts read = facts.get(claimId);
        return read == null ? store.links(claimId) : read.links();
    }

    @Override
    public Optional<Stored<VisitRecord>> visit(long visitId) {
        Stored<VisitRecord> read = visits.get(visitId);
        return read == null ? store.visit(visitId) : Optional.of(read);
    }

    @Override
    public Optional<Stored<PatientRecord>> patient(long patientId) {
        Stored<PatientRecord> read = patients.get(patientId);
        return read == null ? store.patient(patientId) : Optional.of(read);
    }

    @Override
    public List<Stored<Referral>> referrals(long patientId) {
        List<Stored<Referral>> read = referrals.get(patientId);
        return read == null ? store.referrals(patientId) : List.copyOf(read);
    }
}
