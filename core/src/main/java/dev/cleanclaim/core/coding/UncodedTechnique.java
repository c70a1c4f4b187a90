package dev.cleanclaim.core.coding;

import dev.cleanclaim.core.catalog.CatalogCode;
import dev.cleanclaim.core.catalog.CodeCatalog;
import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.FindingCollector;
import dev.cleanclaim.core.visit.Visit;

import java.util.ArrayList;
import java.util.List;

/**
 * The warning for a technique the map cannot code on its own: nothing is billed for it, and the message names the
 * codes that may fit, each with what it is for, among those the visit's provider may bill on its date. A warning, not
 * an error: the rest of the claim is sound, and the biller's next step is to give the service one of those codes.
 */
final class UncodedTechnique {

    private static final String RULE = "code.technique";

    private final CodeCatalog catalog;

    UncodedTechnique(CodeCatalog catalog) {
        this.catalog = catalog;
    }

    void report(String technique, TechniqueCoding.Uncoded coding, Visit visit, FindingCollector findings) {
        ProviderType provider = visit.provider().type();
        List<String> offered = offered(coding.candidates(), visit);
        String quoted = "\"" + technique + "\"";
        if (coding instanceof TechniqueCoding.SeveralCodes several) {
            if (offered.isEmpty()) {
                String codes = String.join(" or ", several.candidates().stream().map(TechniqueCandidate::code).toList());
                findings.warning(RULE, List.of(), quoted + " is billed as " + codes + ", and a " + provider.title()
                                + " bills none of them on " + visit.dateOfService() + "; nothing was billed for it.",
                        "Bill it under the provider who did it, or leave it off the claim.");
                return;
            }
            findings.warning(RULE, List.of(), quoted + " is billed by what the notes say, so nothing was billed for it"
                            + " yet: " + String.join("; ", offered) + ".",
                    "Give the service the code the notes support.");
            return;
        }
        String why = coding instanceof TechniqueCoding.OtherProviders others
                ? quoted + " is coded " + others.entries().get(0).code() + " only when a "
                        + titles(others.entries().get(0)) + " renders it; for a " + provider.title()
                        + " the notes decide the code, so nothing was billed for it."
                : quoted + " is not in cleanclaim's technique list, so nothing was billed for it.";
        String choices = offered.isEmpty() ? " No code in cleanclaim's list of likely ones is billed by a "
                + provider.title() + "." : " Codes that may fit: " + String.join("; ", offered) + ".";
        findings.warning(RULE, List.of(), why + choices,
                "Give the service the code the notes support, or leave it off the claim if none fits; an administrator"
                        + " can add the technique to cleanclaim's technique list so it is coded next time.");
    }

    // Only codes the provider may bill on the date: offering a code the next scrub refuses would be no way out.
    private List<String> offered(List<TechniqueCandidate> candidates, Visit visit) {
        long epochDay = visit.dateOfService().toEpochDay();
        List<String> offered = new ArrayList<>(candidates.size());
        for (TechniqueCandidate candidate : candidates) {
            CatalogCode entry = catalog.inForce(candidate.code(), epochDay);
            if (entry != null && entry.renderers().contains(visit.provider().type())) {
                offered.add(entry.code() + " for " + candidate.when());
            }
        }
        return offered;
    }

    private static String titles(TechniqueEntry entry) {
        return String.join(" or ", entry.onlyWhen().stream().sorted().map(ProviderType::title).toList());
    }
}
