package dev.cleanclaim.app.web.page;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.PracticeResourceReader;
import dev.cleanclaim.app.contract.PracticeWriter;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The practice's forms in the practice file's own shape: a stored practice, provider or payer becomes form values
 * through the practice file writer (so a form shows exactly what an export would), and a posted form becomes the JSON
 * the practice file's reader checks.
 */
public final class PracticeForms {

    /** Checkboxes of the practice forms; whole numbers read as numbers. */
    static final FormJson JSON = new FormJson(Set.of("timelyFilingDays", "minutes"), Set.of("ssn", "active", "test",
            "medicareQualifyingApm"),
            Set.of(), Set.of());

    private PracticeForms() {
    }

    /** The practice's own facts as form values (an SSN is never written into a page: see {@link #facts}). */
    static Map<String, List<String>> facts(Practice practice) {
        Map<String, List<String>> values = new LinkedHashMap<>(FormJson.flatten(PracticeWriter.facts(practice)));
        if (practice.billing().taxIdIsSsn()) {
            values.remove("billingProvider.taxId");
        }
        return values;
    }

    static Map<String, List<String>> provider(RenderingProvider provider) {
        return FormJson.flatten(PracticeWriter.provider(provider));
    }

    static Map<String, List<String>> payer(String id, PayerAccount account) {
        return FormJson.flatten(PracticeWriter.payer(id, account));
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
}
