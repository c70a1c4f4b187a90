package dev.cleanclaim.x12;

import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.ReferringProvider;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.submission.PacketLine;

import java.util.ArrayList;
import java.util.List;

/**
 * One claim's loops: 2000B subscriber with 2010BA and 2010BB, 2000C patient when the patient is not the
 * subscriber, then 2300 claim, 2310A referring and 2310B rendering providers, and a 2400 loop per line.
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
        out.segment("SBR", "P", self ? Relationship.SELF.x12Code() : "",
                patient.groupNumber().map(group -> X12Text.clean(group, 50)).orElse(""), "", "", "", "", "",
                packet.payerPack().claimFilingIndicator());
        Person subscriber = patient.subscriber().orElse(patient.person());
        person("IL", subscriber, patient.memberId().orElseThrow());
        X12Values.address(out, subscriber.address());
        if (self) {
            demographics(subscriber);
        }
        payer(packet.payer().orElseThrow());
        int next = subscriberHl + 1;
        if (!self) {
            out.segment("HL", Integer.toString(next), Integer.toString(subscriberHl), "23", "0");
            out.segment("PAT", patient.relationship().x12Code());
            person("QC", patient.person(), "");
            X12Values.address(out, patient.person().address());
            demographics(patient.person());
            next++;
        }
        claim(packet);
        return next;
    }

    private void claim(ClaimPacket packet) {
        out.segment("CLM", packet.patientControlNumber(), X12Values.amount(packet.totalCharge()), "", "",
                new String[]{packet.placeOfService(), "B", "1"}, "Y", "A", "Y", "Y");
        packet.referring().flatMap(ReferringProvider::referralNumber)
                .ifPresent(number -> out.segment("REF", "9F", X12Text.clean(number, 50)));
        out.segment("HI", diagnoses(packet.claim().diagnoses()));
        packet.referring().ifPresent(referring -> out.segment("NM1", "DN", "1",
                X12Text.clean(referring.lastName(), 60), X12Text.clean(referring.firstName(), 35), "", "", "",
                "XX", referring.npi()));
        RenderingProvider rendering = packet.rendering();
        out.segment("NM1", "82", "1", X12Text.clean(rendering.lastName(), 60),
                X12Text.clean(rendering.firstName(), 35), "", "", "", "XX", rendering.npi());
        out.segment("PRV", "PE", "PXC", rendering.taxonomy());
        for (PacketLine line : packet.lines()) {
            serviceLine(packet, line);
        }
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

    private void person(String entity, Person person, String memberId) {
        out.segment("NM1", entity, "1", X12Text.clean(person.lastName(), 60), X12Text.clean(person.firstName(), 35),
                "", "", "", memberId.isEmpty() ? "" : "MI", X12Text.clean(memberId, 80));
    }

    private void demographics(Person person) {
        out.segment("DMG", "D8", X12Values.date(person.birthDate()), person.sex().name());
    }

    private void payer(PayerAccount payer) {
        out.segment("NM1", "PR", "2", X12Text.clean(payer.name(), 60), "", "", "", "", "PI", payer.electronicId());
        payer.address().ifPresent(address -> X12Values.address(out, address));
    }
}
