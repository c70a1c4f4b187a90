package dev.cleanclaim.bench;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.patient.Sex;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.practice.BillingProvider;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.ReferringProvider;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.scrub.Scrubber;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.submission.ClaimPacketAssembler;
import dev.cleanclaim.core.submission.PacketAssembly;
import dev.cleanclaim.core.submission.Purpose;
import dev.cleanclaim.core.visit.Visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Insurance claim packets from scrubbed synthetic visits (two to five lines, four payers), each with its own
 * patient, some of them dependents with a referral: what a day's 837P batch of a busy clinic looks like.
 */
final class SyntheticClaims {

    private static final Address OFFICE = new Address("1200 SW Riverside Ave", Optional.of("Suite 4"), "Portland", "OR", "97201");
    private static final Practice PRACTICE = new Practice(
            new BillingProvider("Riverside Physical Therapy LLC", "1234567893", "931234567", false, "225100000X", OFFICE,
                    Optional.of("5035550100")),
            "Riverside Physical Therapy", "RPT0042", "Jordan Billing", "5035550101", "Example Clearinghouse",
            "CLEARHOUSE01", "11",
            List.of(new RenderingProvider("Lee", "Park", ProviderType.PT, "1558598797", "225100000X", Optional.empty())),
            Map.of("medicare", new PayerAccount("medicare", "Noridian JF Part B", "02302", Optional.empty()),
                    "commercial", new PayerAccount("commercial", "Example Commercial Health Plan", "EXC01", Optional.empty()),
                    "bcbs", new PayerAccount("bcbs", "Regence BlueCross BlueShield of Oregon", "00851", Optional.empty()),
                    "uhc", new PayerAccount("uhc", "UnitedHealthcare", "87726", Optional.empty())));

    private SyntheticClaims() {
    }

    static List<ClaimPacket> build(RuleData rules, int count, long seed) {
        Random random = new Random(seed);
        SyntheticVisits visits = new SyntheticVisits(rules, random);
        Scrubber scrubber = new Scrubber(rules);
        ClaimPacketAssembler assembler = new ClaimPacketAssembler(PRACTICE);
        List<ClaimPacket> packets = new ArrayList<>(count);
        while (packets.size() < count) {
            Visit generated = visits.next();
            if (generated.payer().id().equals("self-pay")) {
                continue;
            }
            Visit visit = new Visit(generated.dateOfService(), generated.payer(),
                    new dev.cleanclaim.core.visit.Provider(ProviderType.PT, Optional.of("1558598797"), Optional.empty()),
                    generated.diagnoses(), generated.services(), generated.documentation(),
                    Optional.of(patient(packets.size(), random)));
            ClaimDraft claim = scrubber.scrub(visit);
            if (claim.lines().isEmpty()) {
                continue;
            }
            if (assembler.assemble(visit, claim, Purpose.INSURANCE_CLAIM) instanceof PacketAssembly.Assembled assembled) {
                packets.add(assembled.packet());
            }
        }
        return packets;
    }

    private static Patient patient(int number, Random random) {
        Address home = new Address(100 + number + " NE Alberta St", Optional.empty(), "Portland", "OR", "97211");
        Person person = new Person("Pat" + number, "Example", LocalDate.of(1950 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                random.nextBoolean() ? Sex.F : Sex.M, home);
        boolean dependent = random.nextInt(5) == 0;
        Optional<Person> subscriber = dependent
                ? Optional.of(new Person("Sub" + number, "Example", LocalDate.of(1970, 5, 5), Sex.F, home))
                : Optional.empty();
        Optional<ReferringProvider> referral = random.nextBoolean()
                ? Optional.of(new ReferringProvider("Maria", "Lopez", "1745892319", Optional.empty()))
                : Optional.empty();
        return new Patient(person, "A" + (10_000 + number), Optional.of("MEM" + (100_000 + number)), Optional.of("GRP-1"),
                dependent ? Relationship.CHILD : Relationship.SELF, subscriber, referral);
    }
}
