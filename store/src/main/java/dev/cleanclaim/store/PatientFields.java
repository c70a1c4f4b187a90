package dev.cleanclaim.store;

import dev.cleanclaim.core.identifier.Identifiers;
import dev.cleanclaim.core.patient.Coverage;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.practice.Address;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A patient flattened to the fields their history is told in, named as the API's patient JSON names them
 * ("address.city", "insurance.memberId", "secondaryInsurance.payer", "therapist.id").
 */
final class PatientFields {

    /**
     * Nine digits, dashed as an SSN or not. Some plans still use the subscriber's SSN as the member or group id;
     * such a value is masked before the history keeps it.
     */
    private static final Pattern SSN_LIKE = Pattern.compile("\\d{3}-?\\d{2}-?\\d{4}");

    private PatientFields() {
    }

    static Map<String, String> of(PatientRecord record) {
        Map<String, String> fields = new LinkedHashMap<>();
        Patient patient = record.patient();
        person(fields, "", patient.person());
        fields.put("accountNumber", patient.accountNumber());
        record.payerId().ifPresent(payer -> {
            fields.put("payer", payer);
            identifier(fields, "insurance.memberId", patient.memberId());
            identifier(fields, "insurance.groupNumber", patient.groupNumber());
            fields.put("insurance.relationship", patient.relationship().name().toLowerCase(Locale.ROOT));
            patient.subscriber().ifPresent(subscriber -> person(fields, "insurance.subscriber.", subscriber));
        });
        record.secondary().ifPresent(secondary -> coverage(fields, secondary));
        record.therapistId().ifPresent(therapist -> fields.put("therapist.id", Long.toString(therapist)));
        return fields;
    }

    private static void coverage(Map<String, String> fields, Coverage coverage) {
        fields.put("secondaryInsurance.payer", coverage.payerId());
        identifier(fields, "secondaryInsurance.memberId", Optional.of(coverage.memberId()));
        identifier(fields, "secondaryInsurance.groupNumber", coverage.groupNumber());
        fields.put("secondaryInsurance.relationship", coverage.relationship().name().toLowerCase(Locale.ROOT));
        coverage.subscriber().ifPresent(subscriber -> person(fields, "secondaryInsurance.subscriber.", subscriber));
        coverage.medicareSecondary().ifPresent(type ->
                fields.put("secondaryInsurance.medicareSecondaryPayerType", type.x12Code()));
    }

    private static void person(Map<String, String> fields, String prefix, Person person) {
        fields.put(prefix + "firstName", person.firstName());
        fields.put(prefix + "lastName", person.lastName());
        fields.put(prefix + "birthDate", person.birthDate().toString());
        fields.put(prefix + "sex", person.sex().name());
        Address address = person.address();
        fields.put(prefix + "address.line1", address.line1());
        address.line2().ifPresent(line2 -> fields.put(prefix + "address.line2", line2));
        fields.put(prefix + "address.city", address.city());
        fields.put(prefix + "address.state", address.state());
        fields.put(prefix + "address.zip", address.zip());
    }

    private static void identifier(Map<String, String> fields, String field, Optional<String> value) {
        value.ifPresent(text -> fields.put(field, masked(text)));
    }

    /** An identifier as the history keeps it: an SSN-like one only by its last four digits. */
    static String masked(String identifier) {
        return SSN_LIKE.matcher(identifier.strip()).matches() ? Identifiers.maskSsn(identifier) : identifier;
    }
}
