package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.payer.PayerLookup;
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
    private final PracticeRef practice;
    private final Patients patients;
    private final Visits visits;
    private final Claims claims;
    private final Remittances remittances;
    private final PatientAccounts accounts;
    private final NecessityLetters necessityLetters;
    private final TherapyHistory therapy;
    private final WorkspacePayers payers;
    private final PracticeAdmin admin;
    private final Submissions submissions;
    private final Acknowledgments acknowledgments;
    private final AuditRecords auditRecords;
    private final ClientMerges merges;
    private final InsuredMassage massage;
    private final SelfPayChoice selfPay;

    private Workspace(Database database, RuleData rules, Clock clock) {
        this.database = database;
        this.rules = rules;
        this.clock = clock;
        this.practice = new PracticeRef(database);
        AuditTrail audit = new AuditTrail(database.audit());
        this.patients = new Patients(database, practice, audit);
        this.payers = new WorkspacePayers(rules, practice);
        PracticeTerms terms = new PracticeTerms(rules, practice, payers);
        this.therapy = new TherapyHistory(payers, () -> terms.current().rules().medicareFees());
        this.admin = new PracticeAdmin(database, practice, payers);
        VisitScrubber scrubber = new VisitScrubber(rules, () -> LocalDate.now(clock), database.claims(), therapy, terms);
        this.visits = new Visits(database, practice, patients, scrubber, audit);
        ClaimFiles files = new ClaimFiles(rules, clock);
        this.claims = new Claims(database, practice, visits, patients, files, audit, new SecondaryPackets(payers), new ClaimFacts(rules),
                new PatientFacts(rules, payers::current, () -> LocalDate.now(clock)), payers);
        this.submissions = new Submissions(database, claims, clock, audit, payers);
        this.acknowledgments = new Acknowledgments(database, audit);
        this.auditRecords = new AuditRecords(database.audit(), audit);
        this.remittances = new Remittances(database, rules, payers, claims, audit);
        this.merges = new ClientMerges(database, patients, audit);
        this.massage = new InsuredMassage(database, practice, patients, scrubber, () -> LocalDate.now(clock));
        this.selfPay = new SelfPayChoice(database, patients, visits, claims, scrubber, () -> LocalDate.now(clock), audit);
        this.accounts = new PatientAccounts(database, rules, payers, patients, claims, remittances, files, practice, clock, audit);
        this.necessityLetters = new NecessityLetters(database, rules, patients, practice, audit);
    }

    /**
     * The workspace of the database's practice. A database without one opens too: everything that needs the practice
     * refuses with {@link WorkspaceException.SetupNeeded} until the first-run set-up (or a practice import) makes it.
     */
    public static Workspace open(Database database, RuleData rules, Clock clock) {
        return new Workspace(database, rules, clock);
    }

    /** Whether this is a demonstration practice, whose claims are test files and whose identifiers are made up. */
    public boolean isDemo() {
        return isSetUp() && practice.practice().test();
    }

    /** Whether the practice exists yet (the first-run set-up is done). */
    public boolean isSetUp() {
        return practice.idIfSetUp().isPresent();
    }

    /** The admin's view of the audit log. */
    public AuditRecords auditRecords() {
        return auditRecords;
    }

    public Patients patients() {
        return patients;
    }

    /** One client, one record: merging a duplicate record into the one that survives. */
    public ClientMerges merges() {
        return merges;
    }

    /** What an insured client's plan says about their massage. */
    public InsuredMassage insuredMassage() {
        return massage;
    }

    /** Signed financial responsibility notices, and moving a visit the plan won't pay to self-pay. */
    public SelfPayChoice selfPay() {
        return selfPay;
    }

    public Visits visits() {
        return visits;
    }

    public Claims claims() {
        return claims;
    }

    /** Sending ready claims as 837P interchanges, and the files sent. */
    public Submissions submissions() {
        return submissions;
    }

    /** Reading 999 and 277CA files back onto the claims they answer. */
    public Acknowledgments acknowledgments() {
        return acknowledgments;
    }

    public PatientAccounts accounts() {
        return accounts;
    }

    public NecessityLetters necessityLetters() {
        return necessityLetters;
    }

    public Remittances remittances() {
        return remittances;
    }

    /** Patients' Medicare therapy so far in a year, from their stored claims. */
    public TherapyHistory therapy() {
        return therapy;
    }

    /** The practice's own facts, providers, payer directory and fees, as its admin keeps them. */
    public PracticeAdmin admin() {
        return admin;
    }

    /** The payers patients and visits may name: the practice's directory over the rule-data packs. */
    public PayerLookup payers() {
        return payers.current();
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
        return practice.practice();
    }

    public List<Stored<RenderingProvider>> providers() {
        return practice.idIfSetUp().isPresent() ? database.practices().providers(practice.id()) : List.of();
    }

    /** The practice's providers by id, for naming a patient's therapist or a visit's provider. */
    public Map<Long, Stored<RenderingProvider>> providersById() {
        Map<Long, Stored<RenderingProvider>> byId = new LinkedHashMap<>();
        providers().forEach(provider -> byId.put(provider.id(), provider));
        return byId;
    }
}
