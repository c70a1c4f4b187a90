package dev.cleanclaim.forms;

import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.patient.Coverage;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.patient.Sex;
import dev.cleanclaim.core.practice.ReferringProvider;
import dev.cleanclaim.core.submission.ClaimFrequency;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.submission.Correction;
import dev.cleanclaim.core.submission.NextPayer;
import dev.cleanclaim.core.submission.SamplePackets;
import dev.cleanclaim.core.visit.Accident;
import dev.cleanclaim.core.visit.Circumstances;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A claim with every CMS-1500 box the claim record can fill: a child on a parent's plan, referred with an
 * authorization number, a second policy on file, twelve diagnoses, six lines (four modifiers, four pointers, an
 * unlisted code's narrative, a charge in the thousands), hurt in an auto accident in Washington with the onset,
 * initial treatment and last x-ray dates on file, sent as a replacement of a claim the payer decided.
 */
final class FullClaims {

    static final Person MOTHER = SamplePackets.person("Hana", "Park", LocalDate.of(1984, 1, 5), Sex.F);

    static final Circumstances AUTO_ACCIDENT_IN_WASHINGTON = new Circumstances(false,
            Optional.of(new Accident.Auto("WA", LocalDate.of(2026, 6, 29))), Optional.of(LocalDate.of(2026, 6, 29)),
            Optional.of(LocalDate.of(2026, 7, 1)), Optional.of(LocalDate.of(2026, 7, 2)));

    private FullClaims() {
    }

    static ClaimPacket everyBoxTheRecordKnows() {
        Patient leo = new Patient(SamplePackets.person("Leo", "Park", LocalDate.of(2012, 9, 30), Sex.M), "A1002",
                Optional.of("BCX555000111"), Optional.of("GRP-4410"), Relationship.CHILD, Optional.of(MOTHER),
                Optional.of(new ReferringProvider("Maria", "Lopez", "1558598797", Optional.of("AUTH-2026-0042"))));
        List<ClaimLine> lines = List.of(
                SamplePackets.line("98941", List.of(), 1, "65.00", "A", "B", "C"),
                SamplePackets.line("97140", List.of("XS"), 1, "42.50", "D"),
                SamplePackets.line("97112", List.of("GP", "KX"), 2, "48.25", "E"),
                SamplePackets.line("97110", List.of("GP", "KX", "59", "XU"), 3, "40.00", "F", "G", "H", "I"),
                SamplePackets.line("97124", List.of(), 4, "250.00", "J", "K"),
                SamplePackets.line("97139", List.of(), 1, "35.00", "L"));
        ClaimPacket billed = SamplePackets.packet(SamplePackets.payer("bcbs", "BL"), leo, SamplePackets.CHIROPRACTOR,
                LocalDate.of(2026, 7, 8),
                List.of("M99.01", "M99.02", "M99.03", "M25.512", "M54.50", "M54.2", "M62.830", "M79.18",
                        "S13.4XXA", "G44.209", "M54.6", "M53.3"),
                lines, Map.of("97139", "Myofascial cupping: lumbar paraspinals*10 min"));
        Coverage fathers = new Coverage("commercial", "XYZ-123 456", Optional.of("GRP-77"), Relationship.CHILD,
                Optional.of(SamplePackets.person("Min", "Park", LocalDate.of(1982, 3, 14), Sex.M)));
        return billed.withCircumstances(AUTO_ACCIDENT_IN_WASHINGTON).withNext(new NextPayer(SamplePackets.PRACTICE.payer("commercial").orElseThrow(),
                        fathers.covering(leo), "CI"))
                .correcting(new Correction(ClaimFrequency.REPLACEMENT, "2026309BC00117"),
                        billed.patientControlNumber() + "R");
    }
}
