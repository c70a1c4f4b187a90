package dev.cleanclaim.app.web.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cleanclaim.app.contract.PracticeFile;
import dev.cleanclaim.app.contract.PracticeResourceReader;
import dev.cleanclaim.app.contract.PracticeWriter;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The practice's forms in the practice file's own shape: a stored practice, provider or payer becomes form values
 * through the practice file writer (so a form shows exactly what an export would), and a posted form becomes the JSON
 * the practice file's reader checks.
 */
public final class PracticeForms {

    /** Checkboxes of the practice forms; whole numbers read as numbers. */
    static final FormJson JSON = new FormJson(Set.of("timelyFilingDays", "minutes"), Set.of("ssn", "active", "test"),
            Set.of(), Set.of());

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private PracticeForms() {
    }

    /** The practice's own facts as form values (an SSN is never written into a page: see {@link #facts}). */
    static Map<String, List<String>> facts(Practice practice) {
        ObjectNode root = file(practice.withProviders(List.of()).withPayers(Map.of()));
        root.remove("providers");
        root.remove("payers");
        Map<String, List<String>> values = new LinkedHashMap<>(FormJson.flatten(root));
        if (practice.billing().taxIdIsSsn()) {
            values.remove("billingProvider.taxId");
        }
        return values;
    }

    static Map<String, List<String>> provider(Practice practice, RenderingProvider provider) {
        ObjectNode root = file(practice.withProviders(List.of(provider)).withPayers(Map.of()));
        return FormJson.flatten(root.get("providers").get(0));
    }

    static Map<String, List<String>> payer(Practice practice, String id, PayerAccount account) {
        ObjectNode root = file(practice.withProviders(List.of()).withPayers(Map.of(id, account)));
        JsonNode payers = root.get("payers");
        JsonNode entry = payers.isArray() ? payers.get(0) : payers.get(id);
        Map<String, List<String>> values = new LinkedHashMap<>(FormJson.flatten(entry));
        values.put("id", List.of(id));
        return values;
    }

    /** The practice's own facts of a posted form as the practice file's JSON; the form's other fields are left out. */
    public static ObjectNode factsJson(Map<String, List<String>> form) {
        Map<String, List<String>> facts = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (PracticeResourceReader.FACTS.contains(name.split("\\.", 2)[0])) {
                facts.put(name, values);
            }
        });
        return JSON.read(facts);
    }

    /** "***-**-6789": how a stored SSN is shown. */
    static String maskedSsn(String taxId) {
        return "***-**-" + taxId.substring(Math.max(0, taxId.length() - 4));
    }

    private static ObjectNode file(Practice practice) {
        try {
            return (ObjectNode) YAML.readTree(new PracticeWriter().write(new PracticeFile(practice, Optional.empty())));
        } catch (IOException e) {
            throw new UncheckedIOException("the practice writer wrote YAML its reader cannot read", e);
        }
    }
}
