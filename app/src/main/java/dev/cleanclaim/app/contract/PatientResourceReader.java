package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.core.patient.Coverage;
import dev.cleanclaim.core.patient.MedicareSecondaryType;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.payer.PayerLookup;
import dev.cleanclaim.core.ruledata.RuleData;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the REST API's patient resource (POST and PUT /api/v1/patients): the visit contract's patient fields at the
 * top level, and next to them the payer billed, a second policy ("secondaryInsurance": its payer and the insurance
 * fields), the therapist and, for an update, the version read. Referrals are not part of it: they are kept with their
 * dates and visit counts under /api/v1/patients/{id}/referrals.
 */
public final class PatientResourceReader {

    /** "id" is read-only: a patient as GET returns it can be sent back with a change. */
    private static final Set<String> RESOURCE_FIELDS = Set.of("id", "version", "payer", "secondaryInsurance", "therapist");
    private static final String SECONDARY = "$.secondaryInsurance";
    /** Only the therapist's id is read; their name, type and NPI are there for people and are ignored. */
    private static final Set<String> THERAPIST_FIELDS = Set.of("id", "firstName", "lastName", "type", "npi");

    private final RuleData rules;
    private final PayerLookup payers;
    private final LocalDate today;
    private final Set<Long> providerIds;

    /**
     * @param today       the clock's date, so a birth date is a living person's
     * @param providerIds the practice's providers, one of whom may be the patient's therapist
     */
    public PatientResourceReader(RuleData rules, LocalDate today, Set<Long> providerIds) {
        this(rules, rules.payers(), today, providerIds);
    }

    /** @param payers the payers a patient may be insured by: the practice's payer directory over the packs */
    public PatientResourceReader(RuleData rules, PayerLookup payers, LocalDate today, Set<Long> providerIds) {
        this.rules = rules;
        this.payers = payers;
        this.today = today;
        this.providerIds = Set.copyOf(providerIds);
    }

    /** Reads the body; every problem is reported at once, each named by its JSON path. */
    public PatientInput read(String name, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InputException(name, List.of(new InputProblem("$", "expected a patient object, got "
                    + JsonFields.describe(body))));
        }
        JsonFields fields = new JsonFields();
        PatientReader patients = new PatientReader(fields, rules.references(), today, "$", RESOURCE_FIELDS);
        Optional<Patient> patient = patients.read(body);
        if (body.hasNonNull("referredBy")) {
            fields.problem("$.referredBy", "add the referral under /api/v1/patients/{id}/referrals, with its dates and"
                    + " visits authorized");
        }
        Optional<String> payer = payer(body, "$.payer", fields);
        if (payer.isEmpty() && body.hasNonNull("insurance") && !body.hasNonNull("payer")) {
            fields.problem("$.payer", "missing; name the payer of this insurance, one of " + payerIds());
        }
        Optional<Coverage> secondary = secondary(body, patients, payer, fields);
        Optional<Long> therapist = therapist(body.get("therapist"), fields);
        OptionalInt version = fields.wholeNumber(body, "version", "$.version", 0, Integer.MAX_VALUE, "the version you read");
        if (!fields.problems().isEmpty()) {
            throw new InputException(name, fields.problems());
        }
        return new PatientInput(patient.orElseThrow(), payer, secondary, therapist, version);
    }

    /** The payer at {@code path} ("payer" of its object), when it is one of the rule data's payer packs. */
    private Optional<String> payer(JsonNode node, String path, JsonFields fields) {
        Optional<String> id = fields.text(node, "payer", path, false, "a payer id, one of " + payerIds());
        Optional<Payer> payer = id.flatMap(payers::find);
        if (id.isPresent() && payer.isEmpty()) {
            fields.problem(path, "unknown payer \"" + id.get() + "\"; expected one of " + payerIds());
        }
        return payer.map(Payer::id);
    }

    static final String MSP_TYPE = "medicareSecondaryPayerType";
    private static final List<String> MSP_CODES = Arrays.stream(MedicareSecondaryType.values())
            .map(MedicareSecondaryType::x12Code).toList();

    /**
     * The policy billed after the primary: a known payer other than the primary's, and the member id on its card,
     * since a secondary claim names the patient by it. Null or absent means none.
     */
    private Optional<Coverage> secondary(JsonNode body, PatientReader patients, Optional<String> primary,
                                        JsonFields fields) {
        JsonNode node = body.get("secondaryInsurance");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        Optional<PatientReader.Policy> policy = patients.insurance(node, SECONDARY, Set.of("payer", MSP_TYPE), true);
        if (!node.isObject()) {
            return Optional.empty();
        }
        Optional<String> payer = payer(node, SECONDARY + ".payer", fields);
        if (!node.hasNonNull("payer")) {
            fields.problem(SECONDARY + ".payer", "missing; name the payer of the second policy, one of " + payerIds());
        }
        if (!body.hasNonNull("payer")) {
            fields.problem(SECONDARY, "a second policy is billed after the primary one: name the primary payer first,"
                    + " or leave the secondary insurance out for a client who pays themselves");
        } else if (payer.isPresent() && payer.equals(primary)) {
            fields.problem(SECONDARY + ".payer", "\"" + payer.get() + "\" is the primary payer too; a secondary claim"
                    + " goes to another payer, so name the second policy's payer");
        }
        boolean selfPay = payer.flatMap(payers::find).filter(PatientResourceReader::selfPay).isPresent();
        if (selfPay) {
            fields.problem(SECONDARY + ".payer", "\"" + payer.get() + "\" is the self-pay pack, not a policy; name the"
                    + " payer of the second policy, or leave the secondary insurance out");
        }
        Optional<MedicareSecondaryType> msp = medicareSecondary(node, payer, fields);
        if (payer.isEmpty() || primary.isEmpty() || payer.equals(primary) || selfPay || policy.isEmpty()) {
            return Optional.empty();
        }
        PatientReader.Policy read = policy.get();
        return Optional.of(new Coverage(payer.get(), read.memberId().orElseThrow(), read.groupNumber(),
                read.relationship(), read.subscriber(), msp));
    }

    /**
     * Why Medicare pays second, as the patient's MSP questionnaire says (837P SBR05): one of the codes, and only on a
     * second policy that is Medicare. Absent or null leaves the claim to infer it from the primary plan and the age.
     */
    private Optional<MedicareSecondaryType> medicareSecondary(JsonNode node, Optional<String> payer, JsonFields fields) {
        JsonNode value = node.get(MSP_TYPE);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return Optional.empty();
        }
        String path = SECONDARY + "." + MSP_TYPE;
        Optional<MedicareSecondaryType> type = value.isTextual()
                ? MedicareSecondaryType.ofX12Code(value.asText().strip()) : Optional.empty();
        if (type.isEmpty()) {
            fields.problem(path, "expected one of " + MSP_CODES + " (12 working aged, 13 end-stage renal disease, 14 no-fault,"
                    + " 15 workers' compensation, 16 federal agency, 41 black lung, 42 VA, 43 disabled, 47 liability), got "
                    + value);
            return Optional.empty();
        }
        boolean medicare = payer.flatMap(payers::find).filter(Payer::medicareAllowed).isPresent();
        if (payer.isPresent() && !medicare) {
            fields.problem(path, "says why Medicare pays second, but the second policy is \"" + payer.get()
                    + "\", not Medicare; leave it out");
            return Optional.empty();
        }
        return type;
    }

    /** The self-pay pack files as 09 (self-pay): its "claims" are superbills, never billed to anyone second. */
    private static boolean selfPay(Payer payer) {
        return payer.selfPay();
    }

    private Optional<Long> therapist(JsonNode node, JsonFields fields) {
        if (node == null || node.isNull() || !fields.object(node, "$.therapist", THERAPIST_FIELDS)) {
            return Optional.empty();
        }
        if (!node.hasNonNull("id")) {
            fields.problem("$.therapist.id", "missing; the provider id from GET /api/v1/providers, or null for no therapist");
            return Optional.empty();
        }
        OptionalInt id = fields.wholeNumber(node, "id", "$.therapist.id", 1, Integer.MAX_VALUE, "a provider id");
        if (id.isPresent() && !providerIds.contains((long) id.getAsInt())) {
            fields.problem("$.therapist.id", "no provider " + id.getAsInt() + " in this practice; see GET /api/v1/providers");
            return Optional.empty();
        }
        return id.isPresent() ? Optional.of((long) id.getAsInt()) : Optional.empty();
    }

    private String payerIds() {
        return String.join(", ", payers.ids());
    }

    /**
     * A patient as sent.
     *
     * @param payerId     the payer of the primary insurance; empty for a client who pays themselves
     * @param secondary   the second policy, billed after the primary; empty for none
     * @param therapistId the provider whose patient this is; empty for none
     * @param version     the version the sender read (updates only)
     */
    public record PatientInput(Patient patient, Optional<String> payerId, Optional<Coverage> secondary,
                               Optional<Long> therapistId, OptionalInt version) {
        public PatientInput {
            Objects.requireNonNull(patient, "patient");
            Objects.requireNonNull(payerId, "payerId");
            Objects.requireNonNull(secondary, "secondary");
            Objects.requireNonNull(therapistId, "therapistId");
            Objects.requireNonNull(version, "version");
        }
    }
}
