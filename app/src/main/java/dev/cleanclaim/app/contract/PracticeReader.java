package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.practice.BillingProvider;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.reference.ReferenceCodes;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.rules.RuleDataException;
import dev.cleanclaim.rules.YamlTree;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a practice file (YAML; see examples/practice.yaml): billing provider, submitter and receiver, rendering
 * providers and payers. NPIs pass the check digit, taxonomies are NUCC codes, states and places of service are real;
 * every problem is reported at once with its path.
 */
public final class PracticeReader {

    private static final Set<String> ROOT = Set.of("billingProvider", "submitter", "receiver", "placeOfService", "providers", "payers");
    private static final Set<String> BILLING = Set.of("name", "npi", "taxId", "ssn", "taxonomy", "address", "phone");
    private static final Set<String> SUBMITTER = Set.of("name", "id", "contactName", "contactPhone");
    private static final Set<String> RECEIVER = Set.of("name", "id");
    private static final Set<String> PROVIDER = Set.of("firstName", "lastName", "type", "npi", "taxonomy", "license",
            "supervisor");
    private static final Set<String> PAYER = Set.of("name", "electronicId", "pack", "address");

    private final RuleData rules;
    private final ReferenceCodes references;

    public PracticeReader(RuleData rules) {
        this.rules = rules;
        this.references = rules.references();
    }

    public Practice read(Path file) {
        String name = file.toString();
        JsonNode root;
        try (Reader reader = Files.newBufferedReader(file)) {
            root = YamlTree.read(reader, name);
        } catch (NoSuchFileException e) {
            throw new InputException(name, List.of(new InputProblem("file", "no such file")));
        } catch (IOException e) {
            throw new InputException(name, List.of(new InputProblem("file", "cannot be read: " + e.getMessage())));
        } catch (RuleDataException e) {
            throw new InputException(name, List.of(new InputProblem("yaml", e.getMessage())));
        }
        return read(name, root);
    }

    /** Reads a practice file's text, e.g. one shipped as a resource; {@code name} names it in every problem. */
    public Practice read(String name, String yaml) {
        try {
            return read(name, YamlTree.read(new java.io.StringReader(yaml), name));
        } catch (RuleDataException e) {
            throw new InputException(name, List.of(new InputProblem("yaml", e.getMessage())));
        }
    }

    private Practice read(String name, JsonNode root) {
        JsonFields fields = new JsonFields();
        if (!fields.object(root, "$", ROOT)) {
            throw new InputException(name, fields.problems());
        }
        Optional<BillingProvider> billing = billing(root.get("billingProvider"), fields);
        JsonNode submitter = root.get("submitter");
        JsonNode receiver = root.get("receiver");
        boolean submitterOk = fields.object(submitter, "$.submitter", SUBMITTER);
        boolean receiverOk = fields.object(receiver, "$.receiver", RECEIVER);
        Optional<String> submitterName = submitterOk ? fields.text(submitter, "name", "$.submitter.name", true, "the submitter's name") : Optional.empty();
        Optional<String> submitterId = submitterOk ? fields.text(submitter, "id", "$.submitter.id", true, "the id the clearinghouse gave the practice") : Optional.empty();
        Optional<String> contact = submitterOk ? fields.text(submitter, "contactName", "$.submitter.contactName", true, "a contact name") : Optional.empty();
        Optional<String> phone = submitterOk ? fields.text(submitter, "contactPhone", "$.submitter.contactPhone", true, "a contact phone number") : Optional.empty();
        Optional<String> receiverName = receiverOk ? fields.text(receiver, "name", "$.receiver.name", true, "the clearinghouse's name") : Optional.empty();
        Optional<String> receiverId = receiverOk ? fields.text(receiver, "id", "$.receiver.id", true, "the clearinghouse's id") : Optional.empty();
        String placeOfService = fields.text(root, "placeOfService", "$.placeOfService", false, "a CMS place-of-service code, e.g. 11").orElse("11");
        if (references.placeOfService(placeOfService).isEmpty()) {
            fields.problem("$.placeOfService", "unknown place of service \"" + placeOfService + "\"; expected a CMS code such as 11 (office)");
        }
        List<RenderingProvider> providers = fields.array(root, "providers", "$.providers", element -> provider(element, fields));
        Map<String, PayerAccount> payers = payers(root.get("payers"), fields);
        if (!fields.problems().isEmpty()) {
            throw new InputException(name, fields.problems());
        }
        return new Practice(billing.orElseThrow(), submitterName.orElseThrow(), submitterId.orElseThrow(), contact.orElseThrow(),
                phone.orElseThrow(), receiverName.orElseThrow(), receiverId.orElseThrow(), placeOfService, providers, payers);
    }

    private Optional<BillingProvider> billing(JsonNode node, JsonFields fields) {
        String path = "$.billingProvider";
        if (!fields.object(node, path, BILLING)) {
            return Optional.empty();
        }
        Optional<String> name = fields.text(node, "name", path + ".name", true, "the practice's legal name");
        Optional<String> npi = fields.npi(node, "npi", path + ".npi", true);
        boolean ssn = node.has("ssn") && fields.text(node, "ssn", path + ".ssn", false, "true or false").orElse("false").equals("true");
        Optional<String> taxId = fields.text(node, "taxId", path + ".taxId", true, "the 9-digit EIN (or SSN)")
                .map(text -> text.replace("-", ""));
        if (taxId.isPresent() && !taxId.get().matches("\\d{9}")) {
            fields.problem(path + ".taxId", "expected 9 digits, e.g. 93-1234567, got \"" + taxId.get() + "\"");
            taxId = Optional.empty();
        }
        Optional<String> taxonomy = taxonomy(node, path, fields);
        Optional<Address> address = node.has("address")
                ? new AddressReader(fields, references).read(node.get("address"), path + ".address")
                : Optional.empty();
        if (!node.has("address")) {
            fields.problem(path + ".address", "missing; expected the practice's street address (no P.O. box)");
        }
        Optional<String> phone = fields.text(node, "phone", path + ".phone", false, "a phone number");
        if (name.isEmpty() || npi.isEmpty() || taxId.isEmpty() || taxonomy.isEmpty() || address.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BillingProvider(name.get(), npi.get(), taxId.get(), ssn, taxonomy.get(), address.get(), phone));
    }

    private Optional<RenderingProvider> provider(JsonFields.Element element, JsonFields fields) {
        JsonNode node = element.node();
        String path = element.path();
        if (!fields.object(node, path, PROVIDER)) {
            return Optional.empty();
        }
        Optional<String> first = fields.text(node, "firstName", path + ".firstName", true, "a first name");
        Optional<String> last = fields.text(node, "lastName", path + ".lastName", true, "a last name");
        Optional<ProviderType> type = fields.text(node, "type", path + ".type", true, "a provider type such as LMT")
                .flatMap(text -> {
                    Optional<ProviderType> parsed = ProviderType.parse(text);
                    if (parsed.isEmpty()) {
                        fields.problem(path + ".type", "unknown provider type \"" + text + "\"; expected LMT, PT, PTA, OT, OTA, DC, MD or DO");
                    }
                    return parsed;
                });
        Optional<String> npi = fields.npi(node, "npi", path + ".npi", true);
        Optional<String> taxonomy = taxonomy(node, path, fields);
        Optional<String> license = fields.text(node, "license", path + ".license", false, "the state licence number");
        // A PTA's or OTA's supervising therapist, an employed massage therapist's chiropractor: claims go out under them.
        Optional<String> supervisor = fields.npi(node, "supervisor", path + ".supervisor", false);
        if (first.isEmpty() || last.isEmpty() || type.isEmpty() || npi.isEmpty() || taxonomy.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RenderingProvider(first.get(), last.get(), type.get(), npi.get(), taxonomy.get(), license,
                Optional.empty(), true, supervisor));
    }

    private Map<String, PayerAccount> payers(JsonNode node, JsonFields fields) {
        Map<String, PayerAccount> payers = new LinkedHashMap<>();
        if (node == null || !node.isObject() || node.isEmpty()) {
            fields.problem("$.payers", "missing; expected the payers the practice bills, by payer id (medicare, bcbs, ...)");
            return payers;
        }
        for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String path = "$.payers." + entry.getKey();
            JsonNode payer = entry.getValue();
            if (!fields.object(payer, path, PAYER)) {
                continue;
            }
            String pack = fields.text(payer, "pack", path + ".pack", false, "a payer pack id").orElse(entry.getKey());
            if (rules.payers().find(pack).isEmpty()) {
                fields.problem(path + ".pack", "no payer pack \"" + pack + "\"; expected one of " + String.join(", ", rules.payers().ids()));
            }
            Optional<String> name = fields.text(payer, "name", path + ".name", true, "the payer's name");
            Optional<String> electronicId = fields.text(payer, "electronicId", path + ".electronicId", true,
                    "the payer id the clearinghouse routes claims by");
            Optional<Address> address = payer.has("address")
                    ? new AddressReader(fields, references).read(payer.get("address"), path + ".address")
                    : Optional.empty();
            if (name.isPresent() && electronicId.isPresent()) {
                payers.put(entry.getKey(), new PayerAccount(pack, name.get(), electronicId.get(), address));
            }
        }
        return payers;
    }

    private Optional<String> taxonomy(JsonNode node, String path, JsonFields fields) {
        Optional<String> code = fields.text(node, "taxonomy", path + ".taxonomy", true,
                "a NUCC taxonomy code, e.g. 225700000X (massage therapist)");
        if (code.isPresent() && references.taxonomy(code.get()).isEmpty()) {
            fields.problem(path + ".taxonomy", "\"" + code.get() + "\" is not a NUCC provider taxonomy code; massage therapist"
                    + " 225700000X, physical therapist 225100000X, chiropractor 111N00000X, occupational therapist 225X00000X");
            return Optional.empty();
        }
        return code;
    }
}
