package dev.cleanclaim.store;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Remedy;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.units.UnitMethod;
import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.Coverage;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.patient.Sex;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.practice.BillingProvider;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.units.UnitMethod;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

/** Plain values for the store tests; every call gives fresh account and control numbers so tests never collide. */
final class Samples {

    private static final AtomicInteger NEXT = new AtomicInteger(1);
    /** Who the store tests write as: the audit and history rows of their writes name this user. */
    static final AuditNote AUDIT = new AuditNote("biller", Optional.of("127.0.0.1"), "update", Optional.empty());
    static final Address OFFICE = new Address("1200 SW Riverside Ave", Optional.of("Suite 4"), "Portland", "OR", "97201");

    private Samples() {
    }

    static Practice practice() {
        return new Practice(new BillingProvider("Riverside Chiropractic and Massage LLC", "1234567893", "93-1234567", false,
                "111N00000X", OFFICE, Optional.of("5035550100")),
                "Riverside", "RCM0042", "Jordan Billing", "5035550101", "Example Clearinghouse", "CLEARHOUSE01", "11",
                List.of(new RenderingProvider("Dana", "Reyes", ProviderType.DC, "1000000004", "111N00000X", Optional.of("OR-DC-4412")),
                        new RenderingProvider("Sam", "Ortiz", ProviderType.LMT, "1295723567", "225700000X", Optional.empty())),
                Map.of("commercial", new PayerAccount("commercial", "Example Commercial Health Plan", "EXC01", Optional.empty())));
    }

    /**
     * A practice using all of the model: a pay-to address, no clearinghouse yet, a locality, a qualifying APM
     * participant, test data; a PTA
     * listed before the PT who supervises her; a directory payer with its own overrides and contracted fees.
     */
    static Practice fullPractice() {
        BillingProvider billing = new BillingProvider("Cedar Physical Therapy PC", "1245319599", "931234568", false,
                "225100000X", new Address("88 Cedar St", Optional.empty(), "Salem", "OR", "973011234"), Optional.empty());
        return new Practice(billing, Optional.of(new Address("PO Box 12", Optional.empty(), "Salem", "OR", "973090012")),
                Optional.empty(), "11", Optional.of("02402-01"), true, true,
                List.of(new RenderingProvider("Kim", "Moss", ProviderType.PTA, "2222222228", "225200000X",
                                Optional.of("OR-PTA-1203"), Optional.of("OR"), true, Optional.of("1558598797")),
                        new RenderingProvider("Lee", "Park", ProviderType.PT, "1558598797", "225100000X",
                                Optional.of("OR-PT-7781"), Optional.of("OR"), true, Optional.empty()),
                        new RenderingProvider("Ann", "Gray", ProviderType.PT, "1003000126", "225100000X",
                                Optional.empty(), Optional.empty(), false, Optional.empty())),
                Map.of("aetna", aetna(), "medicare", new PayerAccount("medicare", "Noridian JF Part B", "03402", Optional.empty())));
    }

    static PayerAccount aetna() {
        return new PayerAccount("commercial", "Aetna", "60054",
                Optional.of(new Address("PO Box 981106", Optional.empty(), "El Paso", "TX", "79998")), Optional.of("CI"),
                OptionalInt.of(180), Optional.of(UnitMethod.AMA), Optional.of("59"),
                Map.of("97110", Money.parse("31.20"), "97140", Money.parse("29.85")), Optional.of("practice contract 2026"));
    }

    static Patient patient(String lastName) {
        Address home = new Address("42 NE Alberta St", Optional.empty(), "Portland", "OR", "97211");
        return new Patient(new Person("Leo", lastName, LocalDate.of(2012, 9, 30), Sex.M, home), "A" + NEXT.incrementAndGet(),
                Optional.of("BCX555000111"), Optional.of("GRP-1"), Relationship.CHILD,
                Optional.of(new Person("Hana", lastName, LocalDate.of(1984, 1, 5), Sex.F, home)), Optional.empty());
    }

    /** A second policy held by the patient's other parent. */
    static Coverage secondary(String payerId, String memberId) {
        Address home = new Address("9 SE Oak St", Optional.of("Apt 2"), "Portland", "OR", "97214");
        return new Coverage(payerId, memberId, Optional.of("G-2"), Relationship.CHILD,
                Optional.of(new Person("Min", "Park", LocalDate.of(1982, 3, 3), Sex.M, home)));
    }

    static ClaimRecord claim(long visitId, long patientId, String payer, LocalDate date, ClaimStatus status) {
        return new ClaimRecord(visitId, patientId, payer, status, "A" + NEXT.incrementAndGet() + "-" + date,
                Money.parse("96.96"), emptyDraft(payer, date));
    }

    /** A claim that bills nothing yet: no lines, no diagnoses, nothing found. */
    static ClaimDraft emptyDraft(String payer, LocalDate date) {
        return new ClaimDraft(date, payer, UnitMethod.MEDICARE, 0, 0, List.of(), List.of(), List.of(), "builtin-test");
    }

    /**
     * A chiropractic and therapy claim with everything a claim holds: modifiers in an order that is not sorted, a line
     * with minutes and one without, charges with and without an allowed amount, a description, and findings with and
     * without a fix and each kind of remedy.
     */
    static ClaimDraft fullDraft(String payer, LocalDate date) {
        return new ClaimDraft(date, payer, UnitMethod.AMA, 38, 3, List.of("M99.03", "M54.50", "M25.512"), List.of(
                new ClaimLine("98941", List.of("AT", "GP"), 1, OptionalInt.empty(), List.of("A", "B"),
                        Optional.of(Money.parse("65.00")), Optional.of(Money.parse("41.17")), Optional.empty()),
                new ClaimLine("97140", List.of("XS", "GP", "KX"), 2, OptionalInt.of(23), List.of("C"),
                        Optional.of(Money.parse("90.00")), Optional.empty(), Optional.empty()),
                new ClaimLine("97139", List.of(), 1, OptionalInt.of(15), List.of("B", "A"), Optional.empty(),
                        Optional.empty(), Optional.of("instrument-assisted soft tissue, thoracic"))),
                List.of(new Finding("cmt.region", Severity.ERROR, List.of("98941"), "3 regions need a diagnosis each",
                                "CMS Pub 100-02 ch. 15 \u00a7240.1.2", Optional.of("add a diagnosis for the left shoulder"),
                                Optional.of(new Remedy.AddDiagnosis("M25.512", "left-shoulder"))),
                        new Finding("ncci.ptp", Severity.WARNING, List.of("98941", "97140"), "bundled unless distinct",
                                "NCCI PTP 2026Q3", Optional.empty(), Optional.of(new Remedy.AppendModifier("97140", "59"))),
                        new Finding("units.dropped", Severity.INFO, List.of(), "a code under 8 minutes bills nothing",
                                "AMA CPT", Optional.of("nothing to do"), Optional.of(new Remedy.DropService("97112"))),
                        new Finding("doc.plan", Severity.WARNING, List.of("97140"), "no plan of care on file",
                                "CMS Pub 100-02 ch. 15 \u00a7220.1.2", Optional.empty(), Optional.empty())),
                "builtin-2026.3");
    }
}
