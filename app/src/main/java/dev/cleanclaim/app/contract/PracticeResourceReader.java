package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.ruledata.RuleData;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one part of the practice at a time (its own facts, one provider, one payer, the fees) from a JSON body in
 * the practice file's own shape, with the practice file's checks: the REST API and the admin pages accept exactly
 * what a practice file accepts. A body's "version" (the version read, for optimistic locking) is left to the caller.
 */
public final class PracticeResourceReader {

    /** The practice file's keys that are the practice's own facts, as PUT /api/v1/practice takes them. */
    public static final Set<String> FACTS = Set.of("billingProvider", "payTo", "submitter", "receiver", "placeOfService",
            "medicareLocality", "medicareQualifyingApm", "test");

    private final PracticeReader reader;

    public PracticeResourceReader(RuleData rules) {
        this.reader = new PracticeReader(rules);
    }

    /** The practice's own facts; its providers and payers are not part of them. */
    public Practice facts(String name, JsonNode body) {
        ObjectNode root = object(name, body, "the practice");
        root.remove("version");
        for (String key : List.of("providers", "payers", "fees", "sessionPrices")) {
            if (root.has(key)) {
                throw new InputException(name, List.of(new InputProblem("$." + key, "not part of the practice's own"
                        + " facts; " + key + " have their own resource")));
            }
        }
        return reader.readTree(name, root).practice();
    }

    /** One rendering provider; its supervisor, named by NPI, must be a provider the practice has (the store checks). */
    public RenderingProvider provider(String name, JsonNode body, Practice current) {
        ObjectNode entry = object(name, body, "a provider");
        entry.remove("version");
        ObjectNode root = minimal(current);
        root.putArray("providers").add(entry);
        try {
            return reader.readTree(name, root, true).practice().providers().get(0);
        } catch (InputException e) {
            throw unprefixed(e, "$.providers[0]");
        }
    }

    /** One payer directory entry in the practice file's list form: {id, name, payerId, pack, ...}. */
    public Map.Entry<String, PayerAccount> payer(String name, JsonNode body, Practice current) {
        ObjectNode entry = object(name, body, "a payer");
        entry.remove("version");
        ObjectNode root = minimal(current);
        root.putArray("payers").add(entry);
        try {
            return reader.readTree(name, root).practice().payers().entrySet().iterator().next();
        } catch (InputException e) {
            throw unprefixed(e, "$.payers[0]");
        }
    }

    /** The whole fee schedule: {"fees": {"97140": "45.00", "97140-52": "30.00"}, "sessionPrices": [...]}. */
    public FeeSchedule fees(String name, JsonNode body, Practice current) {
        ObjectNode given = object(name, body, "the fee schedule");
        given.remove("version");
        ObjectNode root = minimal(current);
        root.set("fees", given.has("fees") ? given.get("fees") : JsonNodeFactory.instance.objectNode());
        if (given.has("sessionPrices")) {
            root.set("sessionPrices", given.get("sessionPrices"));
        }
        given.fieldNames().forEachRemaining(key -> {
            if (!key.equals("fees") && !key.equals("sessionPrices")) {
                throw new InputException(name, List.of(new InputProblem("$." + key, "unknown field; expected fees and sessionPrices")));
            }
        });
        return reader.readTree(name, root).fees().orElse(new FeeSchedule(PracticeFile.FEE_SCHEDULE_NAME, Map.of()));
    }

    /** The practice's own facts as a practice file root, so one part can be read in the whole file's context. */
    private static ObjectNode minimal(Practice current) {
        return PracticeWriter.facts(current);
    }

    private static ObjectNode object(String name, JsonNode body, String what) {
        if (body == null || !body.isObject()) {
            throw new InputException(name, List.of(new InputProblem("$", "expected " + what + " as a JSON object, got "
                    + JsonFields.describe(body))));
        }
        return ((ObjectNode) body).deepCopy();
    }

    private static InputException unprefixed(InputException e, String prefix) {
        return new InputException(e.file(), e.problems().stream()
                .map(problem -> new InputProblem(problem.path().startsWith(prefix)
                        ? "$" + problem.path().substring(prefix.length()) : problem.path(), problem.message()))
                .toList());
    }
}
