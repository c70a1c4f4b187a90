package dev.cleanclaim.app.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.visit.Accident;
import dev.cleanclaim.core.submission.PacketLine;

import java.time.LocalDate;
import java.util.List;

import static dev.cleanclaim.app.fhir.FhirValues.JSON;

/**
 * Claims as FHIR R4 Claim resources: CPT procedures (http://www.ama-assn.org/go/cpt), ICD-10-CM diagnoses
 * (http://hl7.org/fhir/sid/icd-10-cm), the lines' units, prices and diagnosis pointers. One claim gives a Claim;
 * several give a Bundle of type collection.
 */
public final class FhirClaims {

    private static final String INCIDENT_CODES = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    private FhirClaims() {
    }

    public static ObjectNode document(List<ClaimPacket> packets, LocalDate created) {
        if (packets.size() == 1) {
            return claim(packets.get(0), created);
        }
        ObjectNode bundle = JSON.objectNode().put("resourceType", "Bundle").put("type", "collection");
        ArrayNode entries = bundle.putArray("entry");
        for (ClaimPacket packet : packets) {
            ObjectNode claim = claim(packet, created);
            entries.addObject().put("fullUrl", "urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
                    packet.patientControlNumber().getBytes(java.nio.charset.StandardCharsets.UTF_8))).set("resource", claim);
        }
        return bundle;
    }

    public static ObjectNode claim(ClaimPacket packet, LocalDate created) {
        ObjectNode claim = JSON.objectNode().put("resourceType", "Claim");
        claim.set("contained", FhirParticipants.contained(packet));
        claim.putArray("identifier").addObject().put("value", packet.patientControlNumber());
        claim.put("status", "active");
        claim.set("type", FhirValues.concept("http://terminology.hl7.org/CodeSystem/claim-type", "professional"));
        claim.put("use", "claim");
        claim.set("patient", FhirValues.reference(FhirParticipants.PATIENT));
        claim.putObject("billablePeriod").put("start", packet.dateOfService().toString())
                .put("end", packet.dateOfService().toString());
        claim.put("created", created.toString());
        claim.set("provider", FhirValues.reference(FhirParticipants.BILLING));
        claim.set("priority", FhirValues.concept("http://terminology.hl7.org/CodeSystem/processpriority", "normal"));
        if (packet.referring().isPresent()) {
            claim.set("referral", FhirValues.reference(FhirParticipants.REFERRAL));
        }
        ObjectNode careTeam = claim.putArray("careTeam").addObject().put("sequence", 1);
        careTeam.set("provider", FhirValues.reference(FhirParticipants.RENDERING));
        careTeam.set("role", FhirValues.concept("http://terminology.hl7.org/CodeSystem/claimcareteamrole", "primary"));
        ArrayNode diagnoses = claim.putArray("diagnosis");
        List<String> codes = packet.claim().diagnoses();
        for (int i = 0; i < codes.size(); i++) {
            diagnoses.addObject().put("sequence", i + 1)
                    .set("diagnosisCodeableConcept", FhirValues.concept(FhirValues.ICD_10_CM, codes.get(i)));
        }
        ObjectNode insurance = claim.putArray("insurance").addObject().put("sequence", 1).put("focal", true);
        insurance.set("coverage", FhirValues.reference(FhirParticipants.COVERAGE));
        packet.circumstances().accident().ifPresent(accident -> claim.set("accident",
                accident(accident, packet.circumstances().employment())));
        ArrayNode items = claim.putArray("item");
        for (PacketLine line : packet.lines()) {
            items.add(item(packet, line));
        }
        claim.set("total", FhirValues.money(packet.totalCharge()));
        return claim;
    }

    /**
     * Claim.accident: its date, its kind as HL7's incident codes name it (a motor vehicle accident, or a workplace
     * accident for another accident at work; none for another accident elsewhere) and an auto accident's state.
     */
    private static ObjectNode accident(Accident accident, boolean atWork) {
        ObjectNode node = JSON.objectNode().put("date", accident.date().toString());
        if (accident instanceof Accident.Auto auto) {
            node.set("type", FhirValues.concept(INCIDENT_CODES, "MVA"));
            node.putObject("locationAddress").put("state", auto.state()).put("country", "US");
        } else if (atWork) {
            node.set("type", FhirValues.concept(INCIDENT_CODES, "WPA"));
        }
        return node;
    }

    private static ObjectNode item(ClaimPacket packet, PacketLine packetLine) {
        ClaimLine line = packetLine.line();
        ObjectNode item = JSON.objectNode().put("sequence", packetLine.number());
        item.putArray("careTeamSequence").add(1);
        ArrayNode pointers = item.putArray("diagnosisSequence");
        line.diagnosisPointers().forEach(letter -> pointers.add(letter.charAt(0) - 'A' + 1));
        ObjectNode procedure = FhirValues.concept(FhirValues.CPT, line.code());
        line.description().ifPresent(text -> procedure.put("text", text));
        item.set("productOrService", procedure);
        if (!line.modifiers().isEmpty()) {
            ArrayNode modifiers = item.putArray("modifier");
            line.modifiers().forEach(modifier -> modifiers.add(FhirValues.modifier(modifier)));
        }
        item.put("servicedDate", packet.dateOfService().toString());
        item.set("locationCodeableConcept", FhirValues.concept(FhirValues.PLACE_OF_SERVICE, packet.placeOfService()));
        item.putObject("quantity").put("value", line.units());
        Money charge = line.charge().orElse(Money.ZERO);
        item.set("unitPrice", FhirValues.money(new Money(charge.cents() / line.units())));
        item.set("net", FhirValues.money(charge));
        return item;
    }
}
