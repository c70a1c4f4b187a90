package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.core.patient.Coverage;
import dev.cleanclaim.core.patient.MedicareSecondaryType;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.practice.Address;

import java.util.Locale;
import java.util.Optional;

/**
 * A patient in the field names of the visit contract's patient block, with the payer and the second policy: what the
 * API's patient resource shows and {@link PatientResourceReader} reads back, so what is written here reads again.
 */
public final class PatientWriter {

    private PatientWriter() {
    }

    /** A patient on its own, as a claim keeps the patient it billed. */
    public static ObjectNode write(Patient patient, Optional<String> payerId, Optional<Coverage> secondary) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        write(node, patient, payerId, secondary);
        return node;
    }

    /** Adds the patient's fields to {@code node}, after whatever it holds already. */
    public static void write(ObjectNode node, Patient patient, Optional<String> payerId, Optional<Coverage> secondary) {
        person(node, patient.person());
        node.put("accountNumber", patient.accountNumber());
        node.put("payer", payerId.orElse(null));
        if (payerId.isPresent()) {
            ObjectNode insurance = node.putObject("insurance");
            insurance.put("memberId", patient.memberId().orElse(null));
            insurance.put("groupNumber", patient.groupNumber().orElse(null));
            insurance.put("relationship", patient.relationship().name().toLowerCase(Locale.ROOT));
            patient.subscriber().ifPresent(subscriber -> person(insurance.putObject("subscriber"), subscriber));
        } else {
            node.putNull("insurance");
        }
        if (secondary.isPresent()) {
            Coverage second = secondary.get();
            ObjectNode insurance = node.putObject("secondaryInsurance").put("payer", second.payerId())
                    .put("memberId", second.memberId());
            insurance.put("groupNumber", second.groupNumber().orElse(null));
            insurance.put("relationship", second.relationship().name().toLowerCase(Locale.ROOT));
            second.subscriber().ifPresent(subscriber -> person(insurance.putObject("subscriber"), subscriber));
            insurance.put(PatientResourceReader.MSP_TYPE, second.medicareSecondary()
                    .map(MedicareSecondaryType::x12Code).orElse(null));
        } else {
            node.putNull("secondaryInsurance");
        }
    }

    private static void person(ObjectNode node, Person person) {
        node.put("firstName", person.firstName()).put("lastName", person.lastName())
                .put("birthDate", person.birthDate().toString()).put("sex", person.sex().name());
        Address address = person.address();
        ObjectNode out = node.putObject("address").put("line1", address.line1());
        address.line2().ifPresent(line2 -> out.put("line2", line2));
        out.put("city", address.city()).put("state", address.state()).put("zip", address.zip());
    }
}
