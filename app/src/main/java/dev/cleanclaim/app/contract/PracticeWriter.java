package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.fees.SessionPrice;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.practice.BillingProvider;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a practice file that {@link PracticeReader} reads back to the same practice and fees: payers as a list of
 * directory entries sorted by id, every text value quoted so that no identifier (an NPI, a ZIP code 02134, a payer
 * id 00851) is ever taken for a number.
 */
public final class PracticeWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());

    public String write(PracticeFile file) {
        Practice practice = file.practice();
        ObjectNode root = facts(practice);
        ArrayNode providers = root.putArray("providers");
        practice.providers().forEach(provider -> providers.add(provider(provider)));
        root.set("payers", payers(practice.payers()));
        file.fees().ifPresent(fees -> fees(fees, root));
        try {
            return "# A cleanclaim practice file (see the README, \"practice file\").\n" + YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The practice's own facts (billing provider, pay-to, clearinghouse, place of service, locality, APM status, test) in the
     * file's shape, without its providers, payers and fees: what the REST API shows and takes for the practice.
     */
    public static ObjectNode facts(Practice practice) {
        ObjectNode root = NODES.objectNode();
        root.set("billingProvider", billing(practice.billing()));
        practice.payTo().ifPresent(payTo -> root.set("payTo", address(payTo)));
        practice.clearinghouse().ifPresent(clearinghouse -> {
            ObjectNode submitter = root.putObject("submitter");
            submitter.put("name", clearinghouse.submitterName());
            submitter.put("id", clearinghouse.submitterId());
            submitter.put("contactName", clearinghouse.contactName());
            submitter.put("contactPhone", clearinghouse.contactPhone());
            ObjectNode receiver = root.putObject("receiver");
            receiver.put("name", clearinghouse.receiverName());
            receiver.put("id", clearinghouse.receiverId());
        });
        root.put("placeOfService", practice.placeOfService());
        practice.medicareLocality().ifPresent(locality -> root.put("medicareLocality", locality));
        if (practice.medicareQualifyingApm()) {
            root.put("medicareQualifyingApm", true);
        }
        if (practice.test()) {
            root.put("test", true);
        }
        return root;
    }

    /** One payer directory entry in the file's list form, {id, name, payerId, pack, ...}. */
    public static ObjectNode payer(String id, PayerAccount account) {
        ObjectNode node = NODES.objectNode();
        node.put("id", id);
        node.setAll(account(account));
        return node;
    }

    /** The fees in the file's shape: {"fees": {"97140": "45.00", "97140-52": "30.00"}, "sessionPrices": [...]}. */
    public static ObjectNode fees(FeeSchedule fees) {
        ObjectNode node = NODES.objectNode();
        fees(fees, node);
        return node;
    }

    private static ObjectNode billing(BillingProvider billing) {
        ObjectNode node = NODES.objectNode();
        node.put("name", billing.name());
        node.put("npi", billing.npi());
        String taxId = billing.taxId();
        node.put("taxId", billing.taxIdIsSsn()
                ? taxId.substring(0, 3) + "-" + taxId.substring(3, 5) + "-" + taxId.substring(5)
                : taxId.substring(0, 2) + "-" + taxId.substring(2));
        if (billing.taxIdIsSsn()) {
            node.put("ssn", true);
        }
        node.put("taxonomy", billing.taxonomy());
        node.set("address", address(billing.address()));
        billing.phone().ifPresent(phone -> node.put("phone", phone));
        return node;
    }

    private static ObjectNode address(Address address) {
        ObjectNode node = NODES.objectNode();
        node.put("line1", address.line1());
        address.line2().ifPresent(line2 -> node.put("line2", line2));
        node.put("city", address.city());
        node.put("state", address.state());
        String zip = address.zip();
        node.put("zip", zip.length() == 9 ? zip.substring(0, 5) + "-" + zip.substring(5) : zip);
        return node;
    }

    /** One rendering provider in the file's shape. */
    public static ObjectNode provider(RenderingProvider provider) {
        ObjectNode node = NODES.objectNode();
        node.put("firstName", provider.firstName());
        node.put("lastName", provider.lastName());
        node.put("type", provider.type().name());
        node.put("npi", provider.npi());
        node.put("taxonomy", provider.taxonomy());
        provider.licenseNumber().ifPresent(license -> node.put("license", license));
        provider.licenseState().ifPresent(state -> node.put("licenseState", state));
        if (!provider.active()) {
            node.put("active", false);
        }
        provider.supervisorNpi().ifPresent(npi -> node.put("supervisor", npi));
        return node;
    }

    // The list form, unless an id from an older map-form file does not fit the list form's ids: then the map form,
    // which reads back the same.
    private static com.fasterxml.jackson.databind.JsonNode payers(Map<String, PayerAccount> payers) {
        Map<String, PayerAccount> sorted = new TreeMap<>(payers);
        boolean listIds = sorted.keySet().stream().allMatch(id -> id.matches("[a-z0-9][a-z0-9-]*"));
        ArrayNode list = NODES.arrayNode();
        ObjectNode map = NODES.objectNode();
        sorted.forEach((id, account) -> {
            ObjectNode node = listIds ? payer(id, account) : account(account);
            if (listIds) {
                list.add(node);
            } else {
                map.set(id, node);
            }
        });
        return listIds ? list : map;
    }

    private static ObjectNode account(PayerAccount account) {
        ObjectNode node = NODES.objectNode();
        node.put("name", account.name());
        node.put("payerId", account.electronicId());
        node.put("pack", account.pack());
        account.claimFilingIndicator().ifPresent(indicator -> node.put("claimFilingIndicator", indicator));
        account.address().ifPresent(address -> node.set("address", address(address)));
        account.timelyFilingDays().ifPresent(days -> node.put("timelyFilingDays", days));
        account.unitMethod().ifPresent(method -> node.put("unitMethod", method.id()));
        account.distinctModifier().ifPresent(modifier -> node.put("distinctModifier", modifier));
        if (!account.contracted().isEmpty()) {
            ObjectNode contracted = node.putObject("contracted");
            new TreeMap<>(account.contracted()).forEach((code, amount) -> contracted.put(code, amount.toString()));
        }
        account.source().ifPresent(source -> node.put("source", source));
        return node;
    }

    private static void fees(FeeSchedule fees, ObjectNode root) {
        ObjectNode byCode = root.putObject("fees");
        Map<String, Money> all = new TreeMap<>(fees.perUnit());
        fees.modifierFees().forEach((code, byModifier) ->
                byModifier.forEach((modifier, amount) -> all.put(code + "-" + modifier, amount)));
        all.forEach((key, amount) -> byCode.put(key, amount.toString()));
        if (!fees.sessions().isEmpty()) {
            ArrayNode sessions = root.putArray("sessionPrices");
            for (SessionPrice session : fees.sessions()) {
                ObjectNode node = sessions.addObject();
                node.put("code", session.code());
                node.put("minutes", session.minutes());
                node.put("price", session.price().toString());
            }
        }
    }
}
