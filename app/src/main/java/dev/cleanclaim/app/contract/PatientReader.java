package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.core.identifier.FieldWidths;
import dev.cleanclaim.core.identifier.MedicareBeneficiaryId;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.patient.Sex;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.practice.ReferringProvider;
import dev.cleanclaim.core.reference.ReferenceCodes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the optional "patient" object of a visit: the patient, the account number, and the insurance billed.
 * Scrubbing needs none of it; sending a claim (837P, CMS-1500) needs all of it.
 */
final class PatientReader {

    private static final Set<String> PATIENT_FIELDS =
            Set.of("firstName", "lastName", "birthDate", "sex", "address", "accountNumber", "insurance", "referredBy");
    private static final Set<String> INSURANCE_FIELDS = Set.of("memberId", "groupNumber", "relationship", "subscriber");
    private static final Set<String> PERSON_FIELDS = Set.of("firstName", "lastName", "birthDate", "sex", "address");
    private static final Set<String> REFERRER_FIELDS = Set.of("firstName", "lastName", "npi", "referralNumber");
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9-]{1," + FieldWidths.ACCOUNT_NUMBER + "}");

    private final JsonFields fields;
    private final AddressReader addresses;
    private final LocalDate today;
    private final String base;
    private final Set<String> patientFields;

    /** The patient block of a visit, at $.patient. */
    PatientReader(JsonFields fields, ReferenceCodes references, LocalDate today) {
        this(fields, references, today, "$.patient", Set.of());
    }

    /**
     * The same fields at another place, e.g. the REST API's patient resource at the root "$", which adds fields of
     * its own ({@code extraFields}, read by the caller) next to the patient's.
     */
    PatientReader(JsonFields fields, ReferenceCodes references, LocalDate today, String base, Set<String> extraFields) {
        this.fields = fields;
        this.addresses = new AddressReader(fields, references);
        this.today = today;
        this.base = base;
        Set<String> allowed = new java.util.HashSet<>(PATIENT_FIELDS);
        allowed.addAll(extraFields);
        this.patientFields = Set.copyOf(allowed);
    }

    Optional<Patient> read(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!fields.object(node, base, patientFields)) {
            return Optional.empty();
        }
        Optional<Person> person = person(node, base);
        Optional<String> account = fields.text(node, "accountNumber", base + ".accountNumber", true,
                "the practice's account number for the patient (letters, digits, hyphens; at most 20)");
        if (account.isPresent() && !ACCOUNT.matcher(account.get()).matches()) {
            fields.problem(base + ".accountNumber", "expected letters, digits or hyphens, at most 20, got \"" + account.get() + "\"");
            account = Optional.empty();
        }
        JsonNode insurance = node.get("insurance");
        Optional<Policy> policy = insurance == null || insurance.isNull()
                ? Optional.of(Policy.NONE)
                : insurance(insurance, base + ".insurance", Set.of(), false);
        Optional<ReferringProvider> referredBy = referrer(node.get("referredBy"));
        if (person.isEmpty() || account.isEmpty() || policy.isEmpty()) {
            return Optional.empty();
        }
        Policy read = policy.get();
        return Optional.of(new Patient(person.get(), account.get(), read.memberId(), read.groupNumber(),
                read.relationship(), read.subscriber(), referredBy));
    }

    /**
     * An insurance object at {@code path}: the member id on the card, the group, the patient's relationship to the
     * subscriber and, when the patient does not hold the policy, the subscriber. Empty when it cannot be used; every
     * problem is reported under its path.
     *
     * @param otherFields fields the caller reads itself next to these (a secondary policy's payer)
     * @param memberIdRequired whether the member id must be given (a second policy is only kept when it can be billed)
     */
    /**
     * A Medicare number typed as the card prints it (1EG4-TE5-MK73) is kept as claims carry it (1EG4TE5MK73). Only an
     * id that is an MBI once its dashes are gone is changed: another payer's dashes may be part of its id.
     */
    static String withoutCardDashes(String memberId) {
        String normalised = MedicareBeneficiaryId.normalise(memberId);
        return MedicareBeneficiaryId.isValid(normalised) ? normalised : memberId;
    }

    Optional<Policy> insurance(JsonNode insurance, String path, Set<String> otherFields, boolean memberIdRequired) {
        Set<String> allowed = new java.util.HashSet<>(INSURANCE_FIELDS);
        allowed.addAll(otherFields);
        if (!fields.object(insurance, path, allowed)) {
            return Optional.empty();
        }
        // Both go into X12 elements as typed: a character the 837P cannot carry is refused here, not rewritten there.
        Optional<String> memberId = PracticeFields.inX12(fields, path + ".memberId", longest(fields.text(insurance,
                "memberId", path + ".memberId", memberIdRequired, "the member id on the card"), path + ".memberId",
                FieldWidths.MEMBER_ID)).map(PatientReader::withoutCardDashes);
        Optional<String> group = PracticeFields.inX12(fields, path + ".groupNumber", longest(fields.text(insurance,
                "groupNumber", path + ".groupNumber", false, "the group number"), path + ".groupNumber",
                FieldWidths.GROUP_NUMBER));
        Relationship relationship = relationship(insurance, path);
        Optional<Person> subscriber = Optional.empty();
        if (relationship != Relationship.SELF) {
            subscriber = insurance.has("subscriber")
                    ? subscriberOf(insurance.get("subscriber"), path + ".subscriber")
                    : missingSubscriber(path + ".subscriber");
            if (subscriber.isEmpty()) {
                return Optional.empty();
            }
        }
        if (memberIdRequired && memberId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Policy(memberId, group, relationship, subscriber));
    }

    /** The text if it fits its column, else empty with a problem saying how long it may be. */
    private Optional<String> longest(Optional<String> text, String path, int max) {
        if (text.isPresent() && text.get().length() > max) {
            fields.problem(path, "too long: " + text.get().length() + " characters, at most " + max);
            return Optional.empty();
        }
        return text;
    }

    /** One insurance policy as read, before its payer is known. */
    record Policy(Optional<String> memberId, Optional<String> groupNumber, Relationship relationship,
                  Optional<Person> subscriber) {
        /** No insurance object: a self-pay client, or one whose card details are still to come. */
        static final Policy NONE = new Policy(Optional.empty(), Optional.empty(), Relationship.SELF, Optional.empty());
    }

    /** The physician whose referral or prescription is on file (box 17, loop 2310A). */
    private Optional<ReferringProvider> referrer(JsonNode node) {
        String path = base + ".referredBy";
        if (node == null || node.isNull() || !fields.object(node, path, REFERRER_FIELDS)) {
            return Optional.empty();
        }
        Optional<String> first = fields.claimText(node, "firstName", path + ".firstName", true,
                "the physician's first name", FieldWidths.FIRST_NAME);
        Optional<String> last = fields.claimText(node, "lastName", path + ".lastName", true, "the physician's last name",
                FieldWidths.LAST_NAME);
        Optional<String> npi = fields.npi(node, "npi", path + ".npi", true);
        // An identifier the payer matches: refused, never rewritten, when a character cannot go into an X12 element.
        Optional<String> number = PracticeFields.inX12(fields, path + ".referralNumber", fields.claimText(node, "referralNumber",
                path + ".referralNumber", false, "the payer's referral or authorization number", FieldWidths.REFERRAL_NUMBER));
        if (first.isEmpty() || last.isEmpty() || npi.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReferringProvider(first.get(), last.get(), npi.get(), number));
    }

    private Relationship relationship(JsonNode insurance, String path) {
        Optional<String> text = fields.text(insurance, "relationship", path + ".relationship", false,
                "self, spouse, child or other");
        if (text.isEmpty()) {
            return Relationship.SELF;
        }
        Optional<Relationship> parsed = Relationship.parse(text.get());
        if (parsed.isEmpty()) {
            fields.problem(path + ".relationship", "expected self, spouse, child or other, got \"" + text.get() + "\"");
        }
        return parsed.orElse(Relationship.SELF);
    }

    private Optional<Person> subscriberOf(JsonNode node, String path) {
        if (!fields.object(node, path, PERSON_FIELDS)) {
            return Optional.empty();
        }
        return person(node, path);
    }

    private Optional<Person> missingSubscriber(String path) {
        fields.problem(path, "missing; a patient who is not the subscriber needs the"
                + " subscriber's name, birth date, sex and address");
        return Optional.empty();
    }

    private Optional<Person> person(JsonNode node, String path) {
        Optional<String> first = fields.claimText(node, "firstName", path + ".firstName", true, "a first name",
                FieldWidths.FIRST_NAME);
        Optional<String> last = fields.claimText(node, "lastName", path + ".lastName", true, "a last name",
                FieldWidths.LAST_NAME);
        Optional<LocalDate> birth = birthDate(node, path + ".birthDate");
        Optional<Sex> sex = fields.text(node, "sex", path + ".sex", true, "F, M or U").flatMap(text -> {
            Optional<Sex> parsed = Sex.parse(text);
            if (parsed.isEmpty()) {
                fields.problem(path + ".sex", "expected F, M or U, got \"" + text + "\"");
            }
            return parsed;
        });
        Optional<Address> address = node.has("address")
                ? addresses.read(node.get("address"), path + ".address")
                : missing(path + ".address", "the postal address");
        if (first.isEmpty() || last.isEmpty() || birth.isEmpty() || sex.isEmpty() || address.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Person(first.get(), last.get(), birth.get(), sex.get(), address.get()));
    }

    private Optional<LocalDate> birthDate(JsonNode node, String path) {
        Optional<String> text = fields.text(node, "birthDate", path, true, "a birth date YYYY-MM-DD");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text.get());
            if (date.isAfter(today) || date.isBefore(today.minusYears(125))) {
                fields.problem(path, "birth date " + date + " is not a living person's; check the year");
                return Optional.empty();
            }
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            fields.problem(path, "expected a real calendar date YYYY-MM-DD, got \"" + text.get() + "\"");
            return Optional.empty();
        }
    }

    private <T> Optional<T> missing(String path, String expected) {
        fields.problem(path, "missing; expected " + expected);
        return Optional.empty();
    }
}
