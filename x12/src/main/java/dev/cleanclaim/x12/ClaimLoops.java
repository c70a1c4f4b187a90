package dev.cleanclaim.x12;

import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.MedicareSecondaryType;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.payer.ClaimFilingIndicator;
import dev.cleanclaim.core.practice.ReferringProvider;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.submission.NextPayer;
import dev.cleanclaim.core.submission.PacketLine;
import dev.cleanclaim.core.submission.PriorPayer;
import dev.cleanclaim.core.visit.Circumstances;
import dev.cleanclaim.core.visit.RelatedCause;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One claim's loops: 2000B subscriber with 2010BA and 2010BB, 2000C patient when the patient is not the
 * subscriber, then 2300 claim, 2310A referring and 2310B rendering providers, and a 2400 loop per line. A claim to
 * a secondary payer adds the primary's adjudication ({@link PriorPayerLoops}): 2320 with 2330A and 2330B after the
 * provider loops, and a 2430 under each line the primary adjudicated. A payer known to pay after this one gets a
 * 2320 of its own, without amounts.
 */
final class ClaimLoops {

    /** HI holds at most 12 diagnoses, as box 21 does (A-L). */
    private static final int MAX_DIAGNOSES = 12;

    private final SegmentWriter out;

    ClaimLoops(SegmentWriter out) {
        this.out = out;
    }

    /** Writes the claim under billing provider HL 1 and returns the next free HL number. */
    int write(ClaimPacket packet, int hl) {
        Patient patient = packet.patient();
        boolean self = patient.relationship() == Relationship.SELF;
        int subscriberHl = hl;
        out.segment("HL", Integer.toString(subscriberHl), "1", "22", self ? "0" : "1");
        out.segment("SBR", packet.secondary() ? "S" : "P", self ? Relationship.SELF.x12Code() : "",
                patient.groupNumber().map(group -> X12Text.clean(group, 50)).orElse(""), "", insuranceType(packet),
                "", "", "", packet.payerPack().claimFilingIndicator());
        Person subscriber = patient.subscriber().orElse(patient.person());
        X12Values.person(out, "IL", subscriber, patient.memberId().orElseThrow());
        X12Values.address(out, subscriber.address());
        if (self) {
            demographics(subscriber);
        }
        X12Values.payer(out, packet.payer().orElseThrow());
        int next = subscriberHl + 1;
        if (!self) {
            out.segment("HL", Integer.toString(next), Integer.toString(subscriberHl), "23", "0");
            out.segment("PAT", patient.relationship().x12Code());
            X12Values.person(out, "QC", patient.person(), "");
            X12Values.address(out, patient.person().address());
            demographics(patient.person());
            next++;
        }
        claim(packet);
        return next;
    }

    private void claim(ClaimPacket packet) {
        Circumstances circumstances = packet.circumstances();
        out.segment("CLM", packet.patientControlNumber(), X12Values.amount(packet.totalCharge()), "", "",
                new String[]{packet.placeOfService(), "B", packet.frequency().code()}, "Y", "A", "Y", "Y", "",
                relatedCauses(circumstances));
        claimDates(circumstances);
        packet.referring().flatMap(ReferringProvider::referralNumber)
                .ifPresent(number -> out.segment("REF", "9F", X12Text.clean(number, 50)));
        // A replacement or void names the payer's number for the claim it corrects; the guide puts REF*F8 after 9F.
        packet.correction().ifPresent(correction -> out.segment("REF", "F8",
                X12Text.clean(correction.payerClaimNumber(), 50)));
        out.segment("HI", diagnoses(packet.claim().diagnoses()));
        packet.referring().ifPresent(referring -> out.segment("NM1", "DN", "1",
                X12Text.clean(referring.lastName(), 60), X12Text.clean(referring.firstName(), 35), "", "", "",
                "XX", referring.npi()));
        RenderingProvider rendering = packet.rendering();
        out.segment("NM1", "82", "1", X12Text.clean(rendering.lastName(), 60),
                X12Text.clean(rendering.firstName(), 35), "", "", "", "XX", rendering.npi());
        out.segment("PRV", "PE", "PXC", rendering.taxonomy());
        Optional<PriorPayerLoops> prior = packet.prior().map(primary -> new PriorPayerLoops(out, primary));
        prior.ifPresent(PriorPayerLoops::claim);
        packet.next().ifPresent(next -> nextPayer(packet, next));
        for (PacketLine line : packet.lines()) {
            serviceLine(packet, line);
            prior.ifPresent(loops -> loops.line(line.number()));
        }
    }

    /**
     * CLM11: employment (EM) and the accident (AA, OA), at most the two the guide fills (CLM11-1, CLM11-2), and an
     * auto accident's state in CLM11-4. Empty when the condition is related to neither, which the guide reads as no.
     */
    private static String[] relatedCauses(Circumstances circumstances) {
        List<RelatedCause> causes = circumstances.causes();
        if (causes.isEmpty()) {
            return new String[0];
        }
        return new String[]{causes.get(0).x12Code(), causes.size() > 1 ? causes.get(1).x12Code() : "", "",
                circumstances.autoAccidentState().orElse("")};
    }

    /**
     * The 2300 dates the visit records, in the guide's order: onset of current illness or injury (431), initial
     * treatment (454), accident (439), last x-ray (455).
     */
    private void claimDates(Circumstances circumstances) {
        circumstances.onset().ifPresent(date -> out.segment("DTP", "431", "D8", X12Values.date(date)));
        circumstances.initialTreatment().ifPresent(date -> out.segment("DTP", "454", "D8", X12Values.date(date)));
        circumstances.accidentDate().ifPresent(date -> out.segment("DTP", "439", "D8", X12Values.date(date)));
        circumstances.lastXray().ifPresent(date -> out.segment("DTP", "455", "D8", X12Values.date(date)));
    }

    /**
     * The 2320 loop of the payer that pays after this one: the guide requires it whenever another payer is known to be
     * involved. It has not adjudicated anything, so no CAS, AMT, claim number or adjudication date; it pays second
     * on a claim to the primary and third on a claim to the secondary.
     */
    private void nextPayer(ClaimPacket packet, NextPayer next) {
        // SBR05 of this 2320 when the payer after this one is Medicare: Medicare pays after another payer only under an
        // MSP rule, and clearinghouses reject a claim naming Medicare as a later payer without it.
        String insuranceType = ClaimFilingIndicator.isMedicare(next.filingIndicator())
                ? mspType(next.medicareSecondary(), packet.payerPack().claimFilingIndicator(), packet) : "";
        OtherPayerSegments.subscriberInformation(out, packet.secondary() ? "T" : "S", next.coverage(), insuranceType,
                next.filingIndicator());
        OtherPayerSegments.otherInsurance(out);
        OtherPayerSegments.subscriberAndPayer(out, next.coverage(), next.payer());
    }

    /**
     * SBR05 of 2000B. The guide wants the insurance type code only when the claim goes to Medicare and Medicare is
     * not the primary payer: it tells Medicare which Medicare Secondary Payer (MSP) rule put the other payer first,
     * and Medicare rejects the claim outright without it.
     */
    private static String insuranceType(ClaimPacket packet) {
        if (!packet.secondary() || !ClaimFilingIndicator.isMedicare(packet.payerPack().claimFilingIndicator())) {
            return "";
        }
        PriorPayer primary = packet.prior().orElseThrow();
        return mspType(primary.medicareSecondary(), primary.filingIndicator(), packet);
    }

    /**
     * The MSP type: the biller's where they gave one, else what the primary's kind of plan and the patient's age
     * point to ({@link MedicareSecondaryType#inferred}), else 47 (other liability insurance is primary), the one
     * code that asserts nothing about the patient's employment, age or health.
     */
    private static String mspType(Optional<MedicareSecondaryType> given, String primaryFilingIndicator, ClaimPacket packet) {
        return given.or(() -> MedicareSecondaryType.inferred(primaryFilingIndicator, packet.patient().person().birthDate(),
                packet.dateOfService())).orElse(MedicareSecondaryType.OTHER_LIABILITY).x12Code();
    }

    private void serviceLine(ClaimPacket packet, PacketLine packetLine) {
        ClaimLine line = packetLine.line();
        String[] procedure = new String[7];
        procedure[0] = "HC";
        procedure[1] = line.code();
        for (int i = 0; i < Math.min(4, line.modifiers().size()); i++) {
            procedure[2 + i] = line.modifiers().get(i);
        }
        procedure[6] = line.description().map(text -> X12Text.clean(text, 80)).orElse("");
        String[] pointers = line.diagnosisPointers().stream().limit(4).map(X12Values::pointer).toArray(String[]::new);
        out.segment("LX", Integer.toString(packetLine.number()));
        out.segment("SV1", procedure, X12Values.amount(line.charge().orElse(Money.ZERO)), "UN",
                Integer.toString(line.units()), "", "", pointers);
        out.segment("DTP", "472", "D8", X12Values.date(packet.dateOfService()));
        out.segment("REF", "6R", packetLine.controlNumber());
    }

    private Object[] diagnoses(List<String> codes) {
        List<Object> composites = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_DIAGNOSES, codes.size()); i++) {
            composites.add(new String[]{i == 0 ? "ABK" : "ABF", X12Values.icd(codes.get(i))});
        }
        return composites.toArray();
    }

    private void demographics(Person person) {
        out.segment("DMG", "D8", X12Values.date(person.birthDate()), person.sex().name());
    }
}
