package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.payer.PayerLookup;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.visit.Documentation;
import dev.cleanclaim.core.visit.Provider;
import dev.cleanclaim.core.visit.Visit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the visit contract (README, "Visit file") into a {@link Visit}. Every problem in the file is reported
 * at once, each with its JSON path and what was expected, so a biller fixes a file in one pass.
 */
public final class VisitReader {

    /** Older dates are typing errors ("0026-03-02"), not claims anyone can still file. */
    static final LocalDate EARLIEST_DATE_OF_SERVICE = LocalDate.of(2000, 1, 1);
    /** A condition may have begun long before it is treated, but not before anyone now living was born. */
    static final LocalDate EARLIEST_CONDITION_DATE = LocalDate.of(1900, 1, 1);

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // Exact decimals for money: a double would turn 0.10 into 0.1000000000000000055...
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Set<String> VISIT_FIELDS =
            Set.of("dateOfService", "payer", "provider", "diagnoses", "services", "documentation", "patient", "condition");
    private static final Set<String> PROVIDER_FIELDS = Set.of("type", "npi", "employedBy");
    private static final Set<String> DOCUMENTATION_FIELDS = Set.of("referral", "clinicalRationale",
            "medicalNecessity", "activeTreatment", "abn", "therapyAmountYearToDate");

    private final RuleData rules;
    private final PayerLookup payers;
    private final LocalDate today;

    /** @param today the clock's date, so a visit cannot be dated in the future */
    public VisitReader(RuleData rules, LocalDate today) {
        this(rules, rules.payers(), today);
    }

    /**
     * A reader whose visits name payers of {@code payers}: the practice's directory (a real insurer such as "aetna",
     * billed under its pack) as well as the packs themselves.
     */
    public VisitReader(RuleData rules, PayerLookup payers, LocalDate today) {
        this.rules = rules;
        this.payers = payers;
        this.today = today;
    }

    public Visit read(Path file) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InputException(name, List.of(new InputProblem("file", "no such file")));
        } catch (IOException e) {
            throw new InputException(name, List.of(new InputProblem("file", "cannot be read: " + e.getMessage())));
        }
        return read(name, text);
    }

    /** Reads visit JSON text; {@code name} identifies it in error messages. */
    public Visit read(String name, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String at = where == null ? "json" : "line " + where.getLineNr() + ", column " + where.getColumnNr();
            throw new InputException(name, List.of(new InputProblem(at, "not valid JSON: " + e.getOriginalMessage())));
        }
        JsonFields fields = new JsonFields();
        if (root == null || root.isMissingNode()) {
            throw new InputException(name, List.of(new InputProblem("$", "the file is empty; expected a visit object")));
        }
        if (!fields.object(root, "$", VISIT_FIELDS)) {
            throw new InputException(name, fields.problems());
        }
        Optional<LocalDate> date = dateOfService(root, fields);
        Optional<Payer> payer = payer(root, fields);
        Optional<Provider> provider = provider(root.get("provider"), fields);
        ServicesReader parts = new ServicesReader(rules, fields);
        var diagnoses = parts.diagnoses(root);
        var services = parts.services(root);
        Documentation documentation = documentation(root.get("documentation"), fields);
        var patient = new PatientReader(fields, rules.references(), today).read(root.get("patient"));
        var circumstances = new ConditionReader(fields, rules.references()).read(root.get("condition"), date);
        if (!fields.problems().isEmpty()) {
            throw new InputException(name, fields.problems());
        }
        return new Visit(date.orElseThrow(), payer.orElseThrow(), provider.orElseThrow(), diagnoses, services, documentation,
                patient, circumstances);
    }

    private Optional<LocalDate> dateOfService(JsonNode root, JsonFields fields) {
        Optional<String> text = fields.text(root, "dateOfService", "$.dateOfService", true, "a date YYYY-MM-DD");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.get());
        } catch (DateTimeParseException e) {
            fields.problem("$.dateOfService", "expected a real calendar date YYYY-MM-DD, got \"" + text.get() + "\"");
            return Optional.empty();
        }
        if (date.isAfter(today)) {
            fields.problem("$.dateOfService", "date of service " + date + " is in the future; bill a visit after it happens");
            return Optional.empty();
        }
        if (date.isBefore(EARLIEST_DATE_OF_SERVICE)) {
            fields.problem("$.dateOfService", "date of service " + date + " is before " + EARLIEST_DATE_OF_SERVICE
                    + "; check the year");
            return Optional.empty();
        }
        return Optional.of(date);
    }

    private Optional<Payer> payer(JsonNode root, JsonFields fields) {
        List<String> ids = payers.ids();
        Optional<String> id = fields.text(root, "payer", "$.payer", true, "a payer id, one of " + String.join(", ", ids));
        Optional<Payer> payer = id.flatMap(payers::find);
        if (id.isPresent() && payer.isEmpty()) {
            fields.problem("$.payer", "unknown payer \"" + id.get() + "\"; expected one of " + String.join(", ", ids));
        }
        return payer;
    }

    private static Optional<Provider> provider(JsonNode node, JsonFields fields) {
        if (!fields.object(node, "$.provider", PROVIDER_FIELDS)) {
            return Optional.empty();
        }
        Optional<ProviderType> type = providerType(node, "type", "$.provider.type", true, fields);
        Optional<String> npi = fields.npi(node, "npi", "$.provider.npi", false);
        Optional<ProviderType> employer = providerType(node, "employedBy", "$.provider.employedBy", false, fields);
        return type.map(t -> new Provider(t, npi, employer));
    }

    private static Optional<ProviderType> providerType(JsonNode node, String field, String path, boolean required,
                                                       JsonFields fields) {
        String allowed = String.join(", ", Arrays.stream(ProviderType.values()).map(Enum::name).toList());
        Optional<String> text = fields.text(node, field, path, required, "a provider type, one of " + allowed);
        Optional<ProviderType> type = text.flatMap(ProviderType::parse);
        if (text.isPresent() && type.isEmpty()) {
            fields.problem(path, "unknown provider type \"" + text.get() + "\"; expected one of " + allowed);
        }
        return type;
    }

    private Documentation documentation(JsonNode node, JsonFields fields) {
        if (node == null || node.isNull()) {
            return Documentation.NONE;
        }
        if (!fields.object(node, "$.documentation", DOCUMENTATION_FIELDS)) {
            return Documentation.NONE;
        }
        List<String> known = rules.conditions().ids();
        List<String> necessity = fields.array(node, "medicalNecessity", "$.documentation.medicalNecessity",
                element -> element.node().isTextual() && known.contains(element.node().asText().trim())
                        ? Optional.of(element.node().asText().trim())
                        : reject(fields, element, "a documented condition id, one of " + String.join(", ", known)));
        return new Documentation(
                fields.bool(node, "referral", "$.documentation.referral"),
                fields.bool(node, "clinicalRationale", "$.documentation.clinicalRationale"),
                necessity,
                fields.bool(node, "activeTreatment", "$.documentation.activeTreatment"),
                fields.bool(node, "abn", "$.documentation.abn"),
                MoneyField.read(node, "therapyAmountYearToDate", "$.documentation.therapyAmountYearToDate", fields));
    }

    static <T> Optional<T> reject(JsonFields fields, JsonFields.Element element, String expected) {
        fields.problem(element.path(), "expected " + expected + ", got " + JsonFields.describe(element.node()));
        return Optional.empty();
    }
}
