package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.core.dx.DiagnosisCodeSet;
import dev.cleanclaim.core.dx.DiagnosisSyntax;
import dev.cleanclaim.core.letter.NecessityLetter;
import dev.cleanclaim.core.letter.Physician;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.store.NecessityLetterStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a letter of medical necessity sent to POST /api/v1/patients/{id}/necessity-letters (or typed on the client's
 * papers page): the physician (name, credential, NPI with its check digit, address and phone), ICD-10-CM diagnoses
 * billable on the letter's first day, the condition treated, the treatment with its frequency and duration, and the
 * period it is valid: {@code validThrough}, or {@code validMonths} from {@code validFrom} (twelve unless said).
 * Every bad field is named at once; nothing is kept until all are right.
 */
public final class NecessityLetterReader {

    private static final Set<String> FIELDS = Set.of("issuedOn", "validFrom", "validThrough", "validMonths", "physician",
            "diagnoses", "condition", "treatment", "frequency", "duration");
    private static final Set<String> PHYSICIAN_FIELDS = Set.of("firstName", "lastName", "credential", "npi", "address", "phone");
    /** Administrators renew letters yearly; two years is the longest any accepts. */
    private static final int MOST_MONTHS = 24;
    private static final int DEFAULT_MONTHS = 12;
    private static final int MOST_DIAGNOSES = 12;

    private final RuleData rules;

    public NecessityLetterReader(RuleData rules) {
        this.rules = rules;
    }

    /** @param today the day a letter without {@code issuedOn} is dated; a letter dated after it is refused */
    public NecessityLetter read(String name, JsonNode body, LocalDate today) {
        JsonFields fields = new JsonFields();
        if (!fields.object(body, "$", FIELDS)) {
            throw new InputException(name, fields.problems());
        }
        LocalDate issued = fields.date(body, "issuedOn", "$.issuedOn", false, "the day the physician dated the letter")
                .orElse(today);
        if (issued.isAfter(today)) {
            fields.problem("$.issuedOn", "is after today (" + today + "); date the letter the day the physician signs it");
        }
        LocalDate from = fields.date(body, "validFrom", "$.validFrom", false, "the first day the letter covers").orElse(issued);
        OptionalInt months = fields.wholeNumber(body, "validMonths", "$.validMonths", 1, MOST_MONTHS, "months of validity");
        Optional<LocalDate> through = fields.date(body, "validThrough", "$.validThrough", false, "the last day it covers");
        if (through.isPresent() && body.hasNonNull("validMonths")) {
            fields.problem("$.validMonths", "give validThrough or validMonths, not both");
        }
        LocalDate last = through.orElse(from.plusMonths(months.orElse(DEFAULT_MONTHS)).minusDays(1));
        if (last.isBefore(from)) {
            fields.problem("$.validThrough", "the letter ends (" + last + ") before it starts (" + from + ")");
        } else if (last.isAfter(from.plusMonths(MOST_MONTHS))) {
            fields.problem("$.validThrough", "more than " + MOST_MONTHS + " months after " + from
                    + "; HSA and FSA administrators want a letter renewed at least every year or two");
        }
        Optional<Physician> physician = physician(body, fields);
        List<String> diagnoses = diagnoses(body, fields, from);
        Optional<String> condition = text(body, fields, "condition", true, "the condition treated, in words",
                NecessityLetterStore.CONDITION);
        Optional<String> treatment = text(body, fields, "treatment", false, "the treatment, e.g. therapeutic massage",
                NecessityLetterStore.TREATMENT);
        Optional<String> frequency = text(body, fields, "frequency", true, "how often, e.g. once a week",
                NecessityLetterStore.TERM);
        Optional<String> duration = text(body, fields, "duration", true, "for how long, e.g. 12 weeks",
                NecessityLetterStore.TERM);
        if (!fields.problems().isEmpty()) {
            throw new InputException(name, fields.problems());
        }
        return new NecessityLetter(issued, from, last, physician.orElseThrow(), diagnoses, condition.orElseThrow(),
                treatment.orElse("Massage therapy"), frequency.orElseThrow(), duration.orElseThrow());
    }

    private Optional<Physician> physician(JsonNode body, JsonFields fields) {
        JsonNode node = body.get("physician");
        if (node == null || node.isNull()) {
            fields.problem("$.physician", "missing; expected the physician's firstName, lastName, credential, npi,"
                    + " address and phone");
            return Optional.empty();
        }
        if (!fields.object(node, "$.physician", PHYSICIAN_FIELDS)) {
            return Optional.empty();
        }
        Optional<String> first = fields.claimText(node, "firstName", "$.physician.firstName", true,
                "the physician's first name", NecessityLetterStore.NAME);
        Optional<String> last = fields.claimText(node, "lastName", "$.physician.lastName", true,
                "the physician's last name", NecessityLetterStore.NAME);
        Optional<String> credential = fields.claimText(node, "credential", "$.physician.credential", false,
                "the physician's credential, e.g. MD, DO or NP", NecessityLetterStore.CREDENTIAL);
        Optional<String> npi = fields.npi(node, "npi", "$.physician.npi", true);
        Optional<Address> address = Optional.empty();
        if (!node.hasNonNull("address")) {
            fields.problem("$.physician.address", "missing; expected the physician's office address (line1, city, state, zip)");
        } else {
            address = new AddressReader(fields, rules.references()).read(node.get("address"), "$.physician.address");
        }
        Optional<String> phone = fields.text(node, "phone", "$.physician.phone", true, "the physician's office phone")
                .map(text -> text.replaceAll("[\\s().+-]", ""));
        if (phone.isPresent() && phone.get().matches("1\\d{10}")) {
            phone = Optional.of(phone.get().substring(1));
        }
        if (phone.isPresent() && !phone.get().matches("\\d{10}")) {
            fields.problem("$.physician.phone", "expected a 10-digit phone number, e.g. (503) 555-0142, got \""
                    + node.get("phone").asText() + "\"");
            phone = Optional.empty();
        }
        if (first.isEmpty() || last.isEmpty() || npi.isEmpty() || address.isEmpty() || phone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Physician(first.get(), last.get(), credential.orElse(""), npi.get(), address.get(), phone.get()));
    }

    /** ICD-10-CM codes billable on the letter's first day, each once. */
    private List<String> diagnoses(JsonNode body, JsonFields fields, LocalDate on) {
        if (!body.hasNonNull("diagnoses") || (body.get("diagnoses").isArray() && body.get("diagnoses").isEmpty())) {
            fields.problem("$.diagnoses", "missing; expected the ICD-10-CM codes of the condition treated, e.g. [\"M62.830\"]");
            return List.of();
        }
        DiagnosisCodeSet codeSet = rules.diagnoses().forDate(on).codeSet();
        List<String> codes = new ArrayList<>(fields.array(body, "diagnoses", "$.diagnoses", element -> {
            if (!element.node().isTextual()) {
                fields.problem(element.path(), "expected an ICD-10-CM code such as M62.830, got " + JsonFields.describe(element.node()));
                return Optional.empty();
            }
            DiagnosisSyntax.Outcome syntax = DiagnosisSyntax.check(element.node().asText().trim());
            if (syntax instanceof DiagnosisSyntax.Invalid invalid) {
                fields.problem(element.path(), invalid.explanation());
                return Optional.empty();
            }
            String code = ((DiagnosisSyntax.Valid) syntax).dottedCode();
            switch (codeSet.presence(code)) {
                case UNKNOWN -> fields.problem(element.path(), "unknown ICD-10-CM code \"" + code + "\" on " + on);
                case HEADER -> fields.problem(element.path(), "\"" + code + "\" is a category, not a billable code;"
                        + " give the full code, e.g. one of " + codeSet.billableUnder(code, 3).stream()
                        .map(DiagnosisCodeSet.Entry::code).toList());
                case BILLABLE -> {
                    return Optional.of(code);
                }
            }
            return Optional.empty();
        }));
        List<String> distinct = codes.stream().distinct().toList();
        if (distinct.size() > MOST_DIAGNOSES) {
            fields.problem("$.diagnoses", "at most " + MOST_DIAGNOSES + " diagnoses, got " + distinct.size());
        }
        if (String.join(",", distinct).length() > NecessityLetterStore.DIAGNOSES) {
            fields.problem("$.diagnoses", "too many codes to keep on one letter");
        }
        return distinct;
    }

    private static Optional<String> text(JsonNode body, JsonFields fields, String field, boolean required, String example,
                                         int max) {
        Optional<String> text = fields.text(body, field, "$." + field, required, example);
        if (text.isPresent() && text.get().length() > max) {
            fields.problem("$." + field, "too long: " + text.get().length() + " characters, at most " + max);
            return Optional.empty();
        }
        return text;
    }
}
