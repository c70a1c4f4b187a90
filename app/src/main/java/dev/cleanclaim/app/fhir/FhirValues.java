package dev.cleanclaim.app.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.practice.Address;

/** FHIR R4 data types as Jackson nodes: CodeableConcept, Reference, Money, Address, HumanName. */
final class FhirValues {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final String CPT = "http://www.ama-assn.org/go/cpt";
    static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    static final String PLACE_OF_SERVICE = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";

    private FhirValues() {
    }

    static ObjectNode concept(String system, String code) {
        ObjectNode concept = JSON.objectNode();
        concept.putArray("coding").addObject().put("system", system).put("code", code);
        return concept;
    }

    static ObjectNode reference(String containedId) {
        return JSON.objectNode().put("reference", "#" + containedId);
    }

    static ObjectNode money(Money amount) {
        return JSON.objectNode().put("value", amount.toBigDecimal()).put("currency", "USD");
    }

    static ObjectNode npi(String npi) {
        return JSON.objectNode().put("system", NPI).put("value", npi);
    }

    static ArrayNode name(String family, String given) {
        ArrayNode names = JSON.arrayNode();
        ObjectNode name = names.addObject().put("family", family);
        name.putArray("given").add(given);
        return names;
    }

    static ArrayNode address(Address address) {
        ArrayNode addresses = JSON.arrayNode();
        ObjectNode node = addresses.addObject();
        ArrayNode lines = node.putArray("line").add(address.line1());
        address.line2().ifPresent(lines::add);
        node.put("city", address.city()).put("state", address.state()).put("postalCode", address.zip()).put("country", "US");
        return addresses;
    }

    /** Numeric modifiers (25, 59) are CPT's; letter modifiers (GP, XS, KX, AT) are HCPCS Level II. */
    static ObjectNode modifier(String modifier) {
        return concept(Character.isDigit(modifier.charAt(0)) ? CPT : HCPCS, modifier);
    }
}
