package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.PatientWriter;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;

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
        PatientWriter.write(node, patient, record.payerId(), record.secondary());
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
}
