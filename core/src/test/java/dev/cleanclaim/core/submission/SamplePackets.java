package dev.cleanclaim.core.submission;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.Coverage;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.patient.Sex;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.practice.BillingProvider;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.ReferringProvider;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.remit.Adjustment;
import dev.cleanclaim.core.remit.AdjustmentGroup;
import dev.cleanclaim.core.units.UnitMethod;
import dev.cleanclaim.core.visit.Accident;
import dev.cleanclaim.core.visit.Circumstances;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Claim packets built from plain values as the assembler would build them, shared by the tests of every writer
 * (837P, CMS-1500, superbill) through core's test jar.
 */
public final class SamplePackets {

    public static final Address OFFICE = new Address("1200 SW Riverside Ave", Optional.of("Suite 4"), "Portland", "OR", "97201-1234");
    public static final RenderingProvider CHIROPRACTOR = new RenderingProvider("Dana", "Reyes", ProviderType.DC, "1000000004",
            "111N00000X", Optional.of("OR-DC-4412"));
    public static final RenderingProvider MASSAGE_THERAPIST = new RenderingProvider("Sam", "Ortiz", ProviderType.LMT,
            "1295723567", "225700000X", Optional.of("OR-LMT-20931"));
    public static final Practice PRACTICE = new Practice(
            new BillingProvider("Riverside Chiropractic and Massage LLC", "1234567893", "93-1234567", false,
                    "111N00000X", OFFICE, Optional.of("503-555-0100")),
            "Riverside Chiropractic and Massage", "RCM0042", "Jordan Billing", "5035550101",
            "Example Clearinghouse", "CLEARHOUSE01", "11", List.of(CHIROPRACTOR, MASSAGE_THERAPIST),
            Map.of("commercial", new PayerAccount("commercial", "Example Commercial Health Plan", "EXC01", Optional.empty()),
                    "bcbs", new PayerAccount("bcbs", "Regence BlueCross BlueShield of Oregon", "00851", Optional.empty())));

    /** Medicare as a secondary payer: not in the practice file's payers, so it reaches packets directly. */
    public static final PayerAccount MEDICARE = new PayerAccount("medicare", "Noridian JF Part B", "02402",
            Optional.of(new Address("PO Box 6775", Optional.empty(), "Fargo", "ND", "58108")));

    private SamplePackets() {
    }

    public static Payer payer(String id, String filingIndicator) {
        return new Payer(id, id, UnitMethod.AMA, "test", "XS", List.of(), List.of(), false, filingIndicator);
    }

    public static Person person(String first, String last, LocalDate birth, Sex sex) {
        return new Person(first, last, birth, sex, new Address("42 NE Alberta St", Optional.empty(), "Portland", "OR", "97211"));
    }

    public static Patient selfInsured() {
        return new Patient(person("Ana", "García", LocalDate.of(1980, 4, 12), Sex.F), "A1001", Optional.of("XYZ123456789"),
                Optional.of("GRP-77"), Relationship.SELF, Optional.empty(),
                Optional.of(new ReferringProvider("Maria", "Lopez", "1558598797", Optional.of("REF-2026-114"))));
    }

    public static Patient dependent() {
        return new Patient(person("Leo", "Park", LocalDate.of(2012, 9, 30), Sex.M), "A1002", Optional.of("BCX555000111"),
                Optional.empty(), Relationship.CHILD, Optional.of(person("Hana", "Park", LocalDate.of(1984, 1, 5), Sex.F)),
                Optional.empty());
    }

    public static ClaimLine line(String code, List<String> modifiers, int units, String charge, String... pointers) {
        return new ClaimLine(code, modifiers, units, OptionalInt.empty(), List.of(pointers),
                Optional.of(Money.parse(charge).times(units)), Optional.empty(), Optional.empty());
    }

    public static ClaimPacket packet(Payer payer, Patient patient, RenderingProvider rendering, LocalDate date,
                              List<String> diagnoses, List<ClaimLine> lines, Map<String, String> descriptions) {
        ClaimDraft draft = new ClaimDraft(date, payer.id(), payer.unitMethod(), 0, 0, diagnoses, lines, List.of(), "test");
        String control = patient.accountNumber() + "-" + DateTimeFormatter.BASIC_ISO_DATE.format(date);
        List<PacketLine> packetLines = new ArrayList<>();
        for (ClaimLine line : lines) {
            int number = packetLines.size() + 1;
            ClaimLine described = new ClaimLine(line.code(), line.modifiers(), line.units(), line.minutes(),
                    line.diagnosisPointers(), line.charge(), line.allowed(), Optional.ofNullable(descriptions.get(line.code())));
            packetLines.add(new PacketLine(number, described, control + "-" + number));
        }
        return new ClaimPacket(draft, PRACTICE, payer, PRACTICE.payer(payer.id()), patient, rendering,
                patient.referredBy(), control, "11", packetLines);
    }

    public static ClaimPacket chiropracticVisit() {
        return packet(payer("commercial", "CI"), selfInsured(), CHIROPRACTOR, LocalDate.of(2026, 7, 8),
                List.of("M99.01", "M99.02", "M99.03", "M25.512"),
                List.of(line("98941", List.of(), 1, "65.00", "A", "B", "C"),
                        line("97140", List.of("XS"), 1, "42.50", "D")),
                Map.of());
    }

    /**
     * A delivery driver rear-ended in New York on the job, seen by the chiropractor on 2026-07-08: related to employment
     * and an auto accident, with every date the record keeps.
     */
    public static Circumstances autoAccidentAtWork() {
        return new Circumstances(true, Optional.of(new Accident.Auto("NY", LocalDate.of(2026, 6, 29))),
                Optional.of(LocalDate.of(2026, 6, 30)), Optional.of(LocalDate.of(2026, 7, 1)),
                Optional.of(LocalDate.of(2026, 7, 2)));
    }

    public static ClaimPacket cuppingForADependent() {
        return packet(payer("bcbs", "BL"), dependent(), MASSAGE_THERAPIST, LocalDate.of(2026, 7, 6),
                List.of("M62.830"),
                List.of(line("97124", List.of("U7"), 2, "40.00", "A"),
                        line("97139", List.of(), 1, "35.00", "A")),
                Map.of("97139", "Myofascial cupping: lumbar paraspinals*10 min"));
    }

    /**
     * What the commercial plan did with {@link #chiropracticVisit()}, balanced as an 835 is: each line paid in part
     * with a contractual write-off and coinsurance or deductible left to the patient, and sequestration taken from
     * the claim as a whole (65 = 40 + 15 + 10; 42.50 = 20 + 12.50 + 10; paid 60 - 1.20 = 58.80).
     */
    public static PriorPayer commercialPaid() {
        return new PriorPayer(PRACTICE.payer("commercial").orElseThrow(), selfInsured(), "CI", "EXC2026073000417",
                Money.parse("58.80"), LocalDate.of(2026, 7, 30),
                List.of(adjustment(AdjustmentGroup.CO, "253", "1.20")),
                List.of(new PriorPayer.LineAdjudication(1, "98941", List.of(), Money.parse("40.00"), 1,
                                List.of(adjustment(AdjustmentGroup.CO, "45", "15.00"),
                                        adjustment(AdjustmentGroup.PR, "2", "10.00"))),
                        new PriorPayer.LineAdjudication(2, "97140", List.of("XS"), Money.parse("20.00"), 1,
                                List.of(adjustment(AdjustmentGroup.CO, "45", "12.50"),
                                        adjustment(AdjustmentGroup.PR, "1", "10.00")))));
    }

    public static Adjustment adjustment(AdjustmentGroup group, String reason, String amount) {
        return new Adjustment(group, reason, Money.parse(amount), Optional.empty());
    }

    /** Ana's second policy, with Regence BCBS: she holds it herself. */
    public static Coverage secondaryBlueCross() {
        return new Coverage("bcbs", "RBX700200300", Optional.of("SEC-9"), Relationship.SELF, Optional.empty());
    }

    /**
     * {@link #chiropracticVisit()} billed to a secondary payer after {@code primary} adjudicated it: the packet's
     * payer, account and patient are the secondary's, as the workspace would assemble them.
     */
    public static ClaimPacket secondaryClaim(Payer pack, PayerAccount account, Coverage coverage, PriorPayer primary) {
        ClaimPacket billed = chiropracticVisit();
        return new ClaimPacket(billed.claim(), billed.practice(), pack, Optional.of(account),
                coverage.covering(billed.patient()), billed.rendering(), billed.referring(),
                billed.patientControlNumber(), billed.placeOfService(), billed.lines()).withPrior(primary);
    }

    /** {@link #chiropracticVisit()} to the primary, naming Ana's second policy as the payer after it. */
    public static ClaimPacket primaryWithSecondPolicy() {
        ClaimPacket billed = chiropracticVisit();
        return billed.withNext(new NextPayer(PRACTICE.payer("bcbs").orElseThrow(),
                secondaryBlueCross().covering(billed.patient()), "BL"));
    }
}
