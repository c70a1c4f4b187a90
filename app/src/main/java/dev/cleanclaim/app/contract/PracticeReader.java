package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.identifier.Identifiers;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.practice.BillingProvider;
import dev.cleanclaim.core.practice.Clearinghouse;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.reference.ReferenceCodes;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.rules.RuleDataException;
import dev.cleanclaim.rules.StarterDirectoryReader;
import dev.cleanclaim.rules.YamlTree;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a practice file (YAML; see examples/practice.yaml and the README's "practice file"): billing provider,
 * pay-to address, clearinghouse (submitter and receiver), Medicare locality and APM status, rendering providers, the payer
 * directory and the practice's fees. NPIs pass the check digit, taxonomies are NUCC codes, states and places of
 * service are real, identifiers fit the X12 character set and text fits the columns that keep it. Every problem is
 * reported at once with its path and line; nothing of a broken file is used.
 */
public final class PracticeReader {

    private static final Set<String> ROOT = Set.of("billingProvider", "payTo", "submitter", "receiver", "placeOfService",
            "medicareLocality", "medicareQualifyingApm", "test", "providers", "payers", "fees", "sessionPrices");
    private static final Set<String> BILLING = Set.of("name", "npi", "taxId", "ssn", "taxonomy", "address", "phone");
    private static final Set<String> SUBMITTER = Set.of("name", "id", "contactName", "contactPhone");
    private static final Set<String> RECEIVER = Set.of("name", "id");

    /** Column widths of the practice table (store migration V1). */
    static final int PRACTICE_NAME = 120;
    static final int CLEARINGHOUSE_NAME = 60;
    static final int CLEARINGHOUSE_ID = 15;

    private final RuleData rules;
    private final ReferenceCodes references;

    public PracticeReader(RuleData rules) {
        this.rules = rules;
        this.references = rules.references();
    }

    public Practice read(Path file) {
        return readFile(file).practice();
    }

    /** Reads a practice file's text, e.g. one shipped as a resource; {@code name} names it in every problem. */
    public Practice read(String name, String yaml) {
        return readFile(name, yaml).practice();
    }

    /** The practice and its fees. */
    public PracticeFile readFile(Path file) {
        String name = file.toString();
        // A folder opens like a file on some systems and fails only on its first read, with a message about reading.
        if (Files.isDirectory(file)) {
            throw new InputException(name, List.of(new InputProblem("file", "is a folder, not a practice file")));
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            return read(name, reader);
        } catch (NoSuchFileException e) {
            throw new InputException(name, List.of(new InputProblem("file", "no such file")));
        } catch (IOException e) {
            throw new InputException(name, List.of(new InputProblem("file", "cannot be read: " + e.getMessage())));
        }
    }

    public PracticeFile readFile(String name, String yaml) {
        return read(name, new StringReader(yaml));
    }

    /**
     * Reads a practice-file-shaped JSON tree (an API body or a form turned into one); every problem names its path.
     * Used by {@link PracticeResourceReader} for one part of the practice at a time.
     */
    PracticeFile readTree(String name, JsonNode root) {
        return readTree(name, root, false);
    }

    /** @param supervisorsStored a provider's supervisor may be a stored provider rather than one of this tree's */
    PracticeFile readTree(String name, JsonNode root, boolean supervisorsStored) {
        JsonFields json = new JsonFields();
        Optional<PracticeFile> file = read(root, new PracticeFields(json), supervisorsStored);
        if (!json.problems().isEmpty() || file.isEmpty()) {
            throw new InputException(name, json.problems());
        }
        return file.get();
    }

    private PracticeFile read(String name, Reader reader) {
        YamlTree.Located document;
        try {
            document = YamlTree.readLocated(reader, name);
        } catch (RuleDataException e) {
            throw new InputException(name, List.of(new InputProblem("yaml", e.getMessage())));
        }
        JsonFields json = new JsonFields();
        Optional<PracticeFile> file = read(document.tree(), new PracticeFields(json));
        if (!json.problems().isEmpty() || file.isEmpty()) {
            throw new InputException(name, json.problems().stream().map(problem -> withLine(problem, document)).toList());
        }
        return file.get();
    }

    // The path says which field; the line says where to look in the file.
    private static InputProblem withLine(InputProblem problem, YamlTree.Located document) {
        var line = document.lineOf(problem.path());
        return line.isPresent() ? new InputProblem(problem.path(), problem.message() + " (line " + line.getAsInt() + ")") : problem;
    }

    private Optional<PracticeFile> read(JsonNode root, PracticeFields fields) {
        return read(root, fields, false);
    }

    private Optional<PracticeFile> read(JsonNode root, PracticeFields fields, boolean supervisorsStored) {
        JsonFields json = fields.json();
        if (!json.object(root, "$", ROOT)) {
            return Optional.empty();
        }
        Optional<BillingProvider> billing = billing(root.get("billingProvider"), fields);
        Optional<Address> payTo = root.has("payTo")
                ? new AddressReader(json, references).read(root.get("payTo"), "$.payTo")
                : Optional.empty();
        Optional<Clearinghouse> clearinghouse = clearinghouse(root, fields);
        String placeOfService = json.text(root, "placeOfService", "$.placeOfService", false, "a CMS place-of-service code, e.g. 11").orElse("11");
        if (references.placeOfService(placeOfService).isEmpty()) {
            json.problem("$.placeOfService", "unknown place of service \"" + placeOfService + "\"; expected a CMS code such as 11 (office)");
        }
        Optional<String> locality = medicareLocality(root, json);
        boolean qualifyingApm = fields.flag(root, "medicareQualifyingApm", "$.medicareQualifyingApm", false);
        boolean test = fields.flag(root, "test", "$.test", false);
        List<RenderingProvider> providers = new ProvidersReader(fields, references).read(root, supervisorsStored);
        Map<String, PayerAccount> payers = new PayerEntriesReader(fields, rules).read(root.get("payers"));
        Optional<FeeSchedule> fees = new FeesReader(fields, rules).read(root);
        if (!json.problems().isEmpty() || billing.isEmpty()) {
            return Optional.empty();
        }
        Practice practice = new Practice(billing.get(), payTo, clearinghouse, placeOfService, locality, qualifyingApm, test,
                providers, payers);
        return Optional.of(new PracticeFile(practice, fees));
    }

    private Optional<BillingProvider> billing(JsonNode node, PracticeFields fields) {
        JsonFields json = fields.json();
        String path = "$.billingProvider";
        if (!json.object(node, path, BILLING)) {
            return Optional.empty();
        }
        Optional<String> name = fields.text(node, "name", path + ".name", true, "the practice's legal name", PRACTICE_NAME);
        Optional<String> npi = json.npi(node, "npi", path + ".npi", true);
        boolean ssn = fields.flag(node, "ssn", path + ".ssn", false);
        Optional<String> taxId = taxId(node, path, ssn, json);
        Optional<String> taxonomy = ProvidersReader.taxonomy(node, path, json, references);
        Optional<Address> address = node.has("address")
                ? new AddressReader(json, references).read(node.get("address"), path + ".address", true)
                : Optional.empty();
        if (!node.has("address")) {
            json.problem(path + ".address", "missing; expected the practice's street address (no P.O. box)");
        }
        Optional<String> phone = fields.phone(node, "phone", path + ".phone", false);
        if (name.isEmpty() || npi.isEmpty() || taxId.isEmpty() || taxonomy.isEmpty() || address.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BillingProvider(name.get(), npi.get(), taxId.get(), ssn, taxonomy.get(), address.get(), phone));
    }

    private static Optional<String> taxId(JsonNode node, String path, boolean ssn, JsonFields json) {
        Optional<String> text = json.text(node, "taxId", path + ".taxId", true,
                ssn ? "the owner's 9-digit SSN" : "the 9-digit EIN, e.g. 93-1234567");
        if (text.isEmpty()) {
            return text;
        }
        Function<String, Optional<String>> check = ssn ? Identifiers::ssn : Identifiers::ein;
        Optional<String> taxId = check.apply(text.get());
        if (taxId.isEmpty()) {
            // An SSN is never echoed back: a problem list is shown and logged.
            json.problem(path + ".taxId", ssn
                    ? "expected a social security number the SSA could have issued, 9 digits such as 123-45-6789, got "
                            + Identifiers.maskSsn(text.get())
                    : "expected 9 digits, e.g. 93-1234567, got \"" + text.get() + "\" (for a sole proprietor's SSN add ssn: true)");
        }
        return taxId;
    }

    private Optional<Clearinghouse> clearinghouse(JsonNode root, PracticeFields fields) {
        JsonFields json = fields.json();
        JsonNode submitter = root.get("submitter");
        JsonNode receiver = root.get("receiver");
        if (submitter == null && receiver == null) {
            return Optional.empty();
        }
        if (submitter == null || receiver == null) {
            String missing = submitter == null ? "$.submitter" : "$.receiver";
            json.problem(missing, "missing; a clearinghouse needs both the submitter and the receiver (or leave out both"
                    + " until the practice has a clearinghouse)");
            return Optional.empty();
        }
        boolean submitterOk = json.object(submitter, "$.submitter", SUBMITTER);
        boolean receiverOk = json.object(receiver, "$.receiver", RECEIVER);
        if (!submitterOk || !receiverOk) {
            return Optional.empty();
        }
        Optional<String> submitterName = fields.text(submitter, "name", "$.submitter.name", true, "the submitter's name", CLEARINGHOUSE_NAME);
        Optional<String> submitterId = fields.x12(submitter, "id", "$.submitter.id", true, "the id the clearinghouse gave the practice", CLEARINGHOUSE_ID);
        Optional<String> contact = fields.text(submitter, "contactName", "$.submitter.contactName", true, "a contact name", CLEARINGHOUSE_NAME);
        Optional<String> phone = fields.phone(submitter, "contactPhone", "$.submitter.contactPhone", true);
        Optional<String> receiverName = fields.text(receiver, "name", "$.receiver.name", true, "the clearinghouse's name", CLEARINGHOUSE_NAME);
        Optional<String> receiverId = fields.x12(receiver, "id", "$.receiver.id", true, "the clearinghouse's id", CLEARINGHOUSE_ID);
        if (submitterName.isEmpty() || submitterId.isEmpty() || contact.isEmpty() || phone.isEmpty()
                || receiverName.isEmpty() || receiverId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Clearinghouse(submitterName.get(), submitterId.get(), contact.get(), phone.get(),
                receiverName.get(), receiverId.get()));
    }

    /** MAC contractor number and locality as CMS's GPCI file lists them, e.g. 02302-01 (Portland, Oregon). */
    private static Optional<String> medicareLocality(JsonNode root, JsonFields json) {
        Optional<String> text = json.text(root, "medicareLocality", "$.medicareLocality", false,
                "the Medicare payment locality: contractor number and locality, e.g. 02302-01");
        if (text.isEmpty()) {
            return text;
        }
        if (!text.get().matches("\\d{5}-\\d{2}")) {
            json.problem("$.medicareLocality", "expected the Medicare contractor number and locality number, e.g. 02302-01"
                    + " (Oregon, Portland), got \"" + text.get() + "\"");
            return Optional.empty();
        }
        String contractor = text.get().substring(0, 5);
        boolean known = StarterDirectoryReader.builtIn().stream()
                .anyMatch(payer -> payer.pack().equals("medicare") && payer.payerId().filter(contractor::equals).isPresent());
        if (!known) {
            json.problem("$.medicareLocality", "no Medicare Part B contractor " + contractor + "; the locality starts with"
                    + " the state's contractor number, e.g. 02302 for Oregon");
            return Optional.empty();
        }
        return text;
    }
}
