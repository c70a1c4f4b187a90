package dev.cleanclaim.app.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.PatientResourceReader;
import dev.cleanclaim.app.contract.PatientWriter;
import dev.cleanclaim.core.payer.PayerLookup;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The patient as a claim billed them, kept beside it in the patient resource's JSON: a later move, new card or new
 * name is for the claims made after it, while a sent claim's documents keep saying what was sent.
 */
final class PatientFacts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RuleData rules;
    private final Supplier<PayerLookup> payers;
    private final Supplier<LocalDate> today;

    PatientFacts(RuleData rules, Supplier<PayerLookup> payers, Supplier<LocalDate> today) {
        this.rules = rules;
        this.payers = payers;
        this.today = today;
    }

    /** The patient, their payer and second policy; the therapist is the practice's business, not the claim's. */
    String write(PatientRecord patient) {
        return PatientWriter.write(patient.patient(), patient.payerId(), patient.secondary()).toString();
    }

    /**
     * The patient as the claim billed them, in the place of the patient of now; the patient of now when the claim kept
     * no snapshot (made before claims kept one) or it no longer reads (a payer since removed from the directory).
     */
    Stored<PatientRecord> asBilled(long claimId, Optional<String> facts, Stored<PatientRecord> now) {
        try {
            return facts.map(text -> {
                PatientResourceReader.PatientInput input = new PatientResourceReader(rules, payers.get(), today.get(),
                        Set.of()).read("claim " + claimId + " patient facts", tree(text));
                PatientRecord record = now.value();
                return new Stored<>(now.id(), now.version(), new PatientRecord(record.practiceId(), input.patient(),
                        input.payerId(), record.therapistId(), input.secondary()));
            }).orElse(now);
        } catch (InputException unreadable) {
            return now;
        }
    }

    /** The kept text parsed; text that is not JSON reads as nothing, which the reader refuses. */
    private static JsonNode tree(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return NullNode.instance;
        }
    }
}
