package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.Stored;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One practice's workspace: its patients, visits and claims over the database, scrubbed with the rule data in
 * force. Everything that touches patient data takes an {@link Actor}, is checked against their role and is audited.
 */
public final class Workspace {

    private final Database database;
    private final RuleData rules;
    private final Clock clock;
    private final long practiceId;
    private final Patients patients;
    private final Visits visits;
    private final Claims claims;
    private final Remittances remittances;
    private final PatientAccounts accounts;
    private final TherapyHistory therapy;

    private Workspace(Database database, RuleData rules, Clock clock, long practiceId, Practice practice) {
        this.database = database;
        this.rules = rules;
        this.clock = clock;
        this.practiceId = practiceId;
        AuditTrail audit = new AuditTrail(database.audit());
        this.patients = new Patients(database, practiceId, audit);
        this.therapy = new TherapyHistory(rules);
        this.visits = new Visits(database, practiceId, patients,
                new VisitScrubber(rules, () -> LocalDate.now(clock), database.claims(), therapy), audit);
        ClaimFiles files = new ClaimFiles(rules, practice, clock);
        this.claims = new Claims(database, practice, visits, patients, files, audit, new SecondaryPackets(rules));
        this.remittances = new Remittances(database, rules, claims, audit);
        this.accounts = new PatientAccounts(database, rules, patients, claims, remittances, files, practice, clock, audit);
    }

    /** The workspace of the database's practice; the database must have one (see {@link DemoPractice}). */
    public static Workspace open(Database database, RuleData rules, Clock clock) {
        long practiceId = database.practices().firstId()
                .orElseThrow(() -> new IllegalStateException("the database has no practice yet"));
        Practice practice = database.practices().find(practiceId).orElseThrow();
        return new Workspace(database, rules, clock, practiceId, practice);
    }

    public Patients patients() {
        return patients;
    }

    public Visits visits() {
        return visits;
    }

    public Claims claims() {
        return claims;
    }

    public PatientAccounts accounts() {
        return accounts;
    }

    public Remittances remittances() {
        return remittances;
    }

    /** Patients' Medicare therapy so far in a year, from their stored claims. */
    public TherapyHistory therapy() {
        return therapy;
    }

    public RuleData rules() {
        return rules;
    }

    public Database database() {
        return database;
    }

    /** The clock the workspace reads: what "today" is for a report, in the zone its dates are told in. */
    public Clock clock() {
        return clock;
    }

    /** The practice as stored now (providers and payers included). */
    public Practice practice() {
        return database.practices().find(practiceId).orElseThrow();
    }

    public List<Stored<RenderingProvider>> providers() {
        return database.practices().providers(practiceId);
    }

    /** The practice's providers by id, for naming a patient's therapist or a visit's provider. */
    public Map<Long, Stored<RenderingProvider>> providersById() {
        Map<Long, Stored<RenderingProvider>> byId = new LinkedHashMap<>();
        providers().forEach(provider -> byId.put(provider.id(), provider));
        return byId;
    }
}
