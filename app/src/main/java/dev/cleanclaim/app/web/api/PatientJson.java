package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.core.patient.Coverage;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;

import java.util.Locale;
import java.util.Map;

/**
 * A stored patient as the API shows it: the field names of the visit contract's patient block, plus id, version,
 * payer, the second policy and therapist, so what GET returns can be changed and sent back with PUT.
 */
public final class PatientJson {

    private PatientJson() {
    }

    public static ObjectNode write(Stored<PatientRecord> stored, Map<Long, Stored<RenderingProvider>> providers) {
        PatientRecord record = stored.value();
        Patient patient = record.patient();
        ObjectNode node = ApiJson.object().put("id", stored.id()).put("version", stored.version());
        person(node, patient.person());
        node.put("accountNumber", patient.accountNumber());
        node.put("payer", record.payerId().orElse(null));
        if (record.payerId().isPresent()) {
            ObjectNode insurance = node.putObject("insurance");
            insurance.put("memberId", patient.memberId().orElse(null));
            insurance.put("groupNumber", patient.groupNumber().orElse(null));
            insurance.put("relationship", patient.relationship().name().toLowerCase(Locale.ROOT));
            patient.subscriber().ifPresent(subscriber -> person(insurance.putObject("subscriber"), subscriber));
        } else {
            node.putNull("insurance");
        }
        if (record.secondary().isPresent()) {
            Coverage secondary = record.secondary().get();
            ObjectNode insurance = node.putObject("secondaryInsurance").put("payer", secondary.payerId())
                    .put("memberId", secondary.memberId());
            insurance.put("groupNumber", secondary.groupNumber().orElse(null));
            insurance.put("relationship", secondary.relationship().name().toLowerCase(Locale.ROOT));
            secondary.subscriber().ifPresent(subscriber -> person(insurance.putObject("subscriber"), subscriber));
        } else {
            node.putNull("secondaryInsurance");
        }
        Stored<RenderingProvider> therapist = record.therapistId().map(providers::get).orElse(null);
        if (therapist == null) {
            node.putNull("therapist");
        } else {
            node.putObject("therapist").put("id", therapist.id())
                    .put("firstName", therapist.value().firstName()).put("lastName", therapist.value().lastName())
                    .put("type", therapist.value().type().name()).put("npi", therapist.value().npi());
        }
        return node;
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
