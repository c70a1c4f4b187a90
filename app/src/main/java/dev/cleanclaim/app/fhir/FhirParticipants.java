package dev.cleanclaim.app.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.practice.BillingProvider;
import dev.cleanclaim.core.submission.ClaimPacket;

import java.util.Locale;

import static dev.cleanclaim.app.fhir.FhirValues.JSON;

/**
 * The people and organisations a Claim points to, written as contained resources so one Claim stands alone:
 * the patient, the billing organisation, the rendering practitioner, the payer, the coverage and the referral.
 */
final class FhirParticipants {

    static final String PATIENT = "patient";
    static final String BILLING = "billing";
    static final String RENDERING = "rendering";
    static final String PAYER = "payer";
    static final String COVERAGE = "coverage";
    static final String REFERRER = "referrer";
    static final String REFERRAL = "referral";

    private FhirParticipants() {
    }

    static ArrayNode contained(ClaimPacket packet) {
        ArrayNode contained = JSON.arrayNode();
        contained.add(patient(packet.patient().person()));
        contained.add(billing(packet.practice().billing()));
        ObjectNode rendering = contained.addObject().put("resourceType", "Practitioner").put("id", RENDERING);
        rendering.putArray("identifier").add(FhirValues.npi(packet.rendering().npi()));
        rendering.set("name", FhirValues.name(packet.rendering().lastName(), packet.rendering().firstName()));
        ObjectNode payer = contained.addObject().put("resourceType", "Organization").put("id", PAYER);
        payer.put("name", packet.payer().map(account -> account.name()).orElse(packet.payerPack().name()));
        packet.payer().ifPresent(account -> payer.putArray("identifier").addObject()
                .put("system", "urn:cleanclaim:payer-id").put("value", account.electronicId()));
        contained.add(coverage(packet.patient()));
        packet.referring().ifPresent(referring -> {
            ObjectNode referrer = contained.addObject().put("resourceType", "Practitioner").put("id", REFERRER);
            referrer.putArray("identifier").add(FhirValues.npi(referring.npi()));
            referrer.set("name", FhirValues.name(referring.lastName(), referring.firstName()));
            ObjectNode referral = contained.addObject().put("resourceType", "ServiceRequest").put("id", REFERRAL)
                    .put("status", "active").put("intent", "order");
            referring.referralNumber().ifPresent(number -> referral.putArray("identifier").addObject().put("value", number));
            referral.set("subject", FhirValues.reference(PATIENT));
            referral.set("requester", FhirValues.reference(REFERRER));
        });
        return contained;
    }

    private static ObjectNode patient(Person person) {
        ObjectNode patient = JSON.objectNode().put("resourceType", "Patient").put("id", PATIENT);
        patient.set("name", FhirValues.name(person.lastName(), person.firstName()));
        patient.put("gender", switch (person.sex()) {
            case F -> "female";
            case M -> "male";
            case U -> "unknown";
        });
        patient.put("birthDate", person.birthDate().toString());
        patient.set("address", FhirValues.address(person.address()));
        return patient;
    }

    private static ObjectNode billing(BillingProvider billing) {
        ObjectNode organization = JSON.objectNode().put("resourceType", "Organization").put("id", BILLING);
        ArrayNode identifiers = organization.putArray("identifier");
        identifiers.add(FhirValues.npi(billing.npi()));
        identifiers.addObject().put("system", "urn:oid:2.16.840.1.113883.4.4").put("value", billing.taxId());
        organization.put("name", billing.name());
        organization.set("address", FhirValues.address(billing.address()));
        return organization;
    }

    private static ObjectNode coverage(Patient patient) {
        ObjectNode coverage = JSON.objectNode().put("resourceType", "Coverage").put("id", COVERAGE).put("status", "active");
        patient.memberId().ifPresent(id -> coverage.put("subscriberId", id));
        coverage.set("beneficiary", FhirValues.reference(PATIENT));
        String relationship = patient.relationship() == Relationship.SELF ? "self"
                : patient.relationship().name().toLowerCase(Locale.ROOT);
        coverage.set("relationship", FhirValues.concept("http://terminology.hl7.org/CodeSystem/subscriber-relationship",
                relationship));
        coverage.putArray("payor").add(FhirValues.reference(PAYER));
        return coverage;
    }
}
