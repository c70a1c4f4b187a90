package dev.cleanclaim.core.coding;

import dev.cleanclaim.core.catalog.CatalogCode;
import dev.cleanclaim.core.catalog.CodeCatalog;
import dev.cleanclaim.core.catalog.CodeLookup;
import dev.cleanclaim.core.claim.FindingCollector;
import dev.cleanclaim.core.visit.Service;
import dev.cleanclaim.core.visit.Visit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns each recorded service into a catalog code: the biller's code checked for the date of service, or the
 * code its technique maps to. A code that contradicts its technique is kept as billed and reported, never
 * silently recoded, because the notes may be what is wrong.
 */
final class ServiceCoder {

    private final CodeCatalog catalog;
    private final TechniqueMap techniques;

    ServiceCoder(CodeCatalog catalog, TechniqueMap techniques) {
        this.catalog = catalog;
        this.techniques = techniques;
    }

    List<CodedService> code(Visit visit, FindingCollector findings) {
        List<CodedService> coded = new ArrayList<>(visit.services().size());
        long epochDay = visit.dateOfService().toEpochDay();
        for (Service service : visit.services()) {
            Optional<CatalogCode> entry = service.code().isPresent()
                    ? billedCode(service, visit, epochDay, findings)
                    : techniqueCode(service, visit, epochDay, findings);
            entry.ifPresent(code -> coded.add(new CodedService(service, code)));
        }
        return coded;
    }

    private Optional<CatalogCode> billedCode(Service service, Visit visit, long epochDay, FindingCollector findings) {
        Optional<CatalogCode> entry = inForce(service.code().orElseThrow(), visit, epochDay, findings);
        if (entry.isPresent() && service.technique().isPresent()) {
            String technique = service.technique().orElseThrow();
            techniques.resolve(technique, visit.provider().type())
                    .filter(mapped -> !mapped.code().equals(entry.get().code()))
                    .ifPresent(mapped -> reportMismatch(entry.get(), technique, mapped, findings));
        }
        return entry;
    }

    private void reportMismatch(CatalogCode billed, String technique, TechniqueEntry mapped, FindingCollector findings) {
        String right = catalog.find(mapped.code()).map(CatalogCode::description).orElse("");
        findings.error("code.technique", List.of(billed.code()),
                billed.code() + " (" + billed.description() + ") was billed for \"" + technique + "\", which is billed as "
                        + mapped.code() + " (" + right + "): " + mapped.source(),
                "Bill " + mapped.code() + " instead of " + billed.code()
                        + ", or correct the technique if the notes describe " + billed.description() + ".");
    }

    private Optional<CatalogCode> techniqueCode(Service service, Visit visit, long epochDay, FindingCollector findings) {
        String technique = service.technique().orElseThrow();
        Optional<TechniqueEntry> mapped = techniques.resolve(technique, visit.provider().type());
        if (mapped.isEmpty()) {
            reportUnmapped(technique, visit, findings);
            return Optional.empty();
        }
        Optional<CatalogCode> entry = inForce(mapped.get().code(), visit, epochDay, findings);
        entry.ifPresent(code -> findings.info("code.technique", List.of(code.code()),
                "Coded \"" + technique + "\" as " + code.code() + " (" + code.description() + ")."));
        return entry;
    }

    private void reportUnmapped(String technique, Visit visit, FindingCollector findings) {
        List<TechniqueEntry> elsewhere = techniques.candidates(technique);
        if (elsewhere.isEmpty()) {
            findings.error("code.technique", List.of(),
                    "No code is known for the technique \"" + technique + "\".",
                    "Give the service's CPT code in \"code\", or add the technique to the technique map.");
            return;
        }
        TechniqueEntry entry = elsewhere.get(0);
        findings.error("code.technique", List.of(entry.code()),
                "\"" + technique + "\" is coded " + entry.code() + " only when rendered by "
                        + String.join(" or ", entry.onlyWhen().stream().map(Enum::name).sorted().toList())
                        + "; this visit's provider is " + visit.provider().type().name() + ".",
                "Give the code that describes what the " + visit.provider().type().title() + " did in \"code\".");
    }

    private Optional<CatalogCode> inForce(String code, Visit visit, long epochDay, FindingCollector findings) {
        CatalogCode current = catalog.inForce(code, epochDay);
        if (current != null) {
            return Optional.of(current);
        }
        CodeLookup lookup = catalog.lookup(code, visit.dateOfService());
        if (lookup instanceof CodeLookup.Found found) {
            return Optional.of(found.entry());
        }
        if (lookup instanceof CodeLookup.Unknown unknown) {
            findings.error("code.unknown", List.of(unknown.code()), unknown.explanation() + ".",
                    "Check the code against the visit notes; bill a code from cleanclaim's catalog.");
        } else if (lookup instanceof CodeLookup.Deleted deleted) {
            CatalogCode entry = deleted.entry();
            findings.error("code.deleted", List.of(entry.code()),
                    entry.code() + " (" + entry.description() + ") was deleted after " + deleted.deletedAfter()
                            + " and cannot be billed for a visit on " + visit.dateOfService() + ".",
                    entry.replacedBy().isEmpty()
                            ? "Bill the code in force on " + visit.dateOfService() + " for this service."
                            : "Bill its replacement: " + String.join(" or ", entry.replacedBy()) + ".");
        } else if (lookup instanceof CodeLookup.NotYetEffective early) {
            findings.error("code.not-effective", List.of(early.code()),
                    early.code() + " (" + early.entry().description() + ") took effect on " + early.effectiveFrom()
                            + ", after the date of service " + visit.dateOfService() + ".",
                    "Bill the code that was in force on " + visit.dateOfService() + ".");
        }
        return Optional.empty();
    }
}
