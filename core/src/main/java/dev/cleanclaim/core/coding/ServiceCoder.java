package dev.cleanclaim.core.coding;

import dev.cleanclaim.core.catalog.CatalogCode;
import dev.cleanclaim.core.catalog.CodeCatalog;
import dev.cleanclaim.core.catalog.CodeLookup;
import dev.cleanclaim.core.claim.FindingCollector;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.visit.Service;
import dev.cleanclaim.core.visit.Visit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns each recorded service into a catalog code: the biller's code checked for the date of service, or the
 * code its technique maps to. A code that contradicts its technique is kept as billed and reported, never
 * silently recoded, because the notes may be what is wrong. A technique with no single code is not billed, and
 * the warning names the codes that may fit, so the biller picks one instead of meeting a dead end.
 */
final class ServiceCoder {

    private final CodeCatalog catalog;
    private final TechniqueMap techniques;
    private final UncodedTechnique uncoded;

    ServiceCoder(CodeCatalog catalog, TechniqueMap techniques) {
        this.catalog = catalog;
        this.techniques = techniques;
        this.uncoded = new UncodedTechnique(catalog);
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
            TechniqueCoding coding = techniques.code(technique, visit.provider().type());
            if (coding instanceof TechniqueCoding.Coded mapped && !mapped.entry().code().equals(entry.get().code())) {
                reportMismatch(entry.get(), technique, mapped.entry(), findings);
            } else if (coding instanceof TechniqueCoding.SeveralCodes several
                    && several.candidates().stream().noneMatch(candidate -> candidate.code().equals(entry.get().code()))) {
                reportNoneOf(entry.get(), technique, several, findings);
            }
        }
        return entry;
    }

    private void reportMismatch(CatalogCode billed, String technique, TechniqueEntry mapped, FindingCollector findings) {
        String right = catalog.find(mapped.code()).map(CatalogCode::description).orElse("");
        findings.add("code.technique", Severity.ERROR, List.of(billed.code()),
                billed.code() + " (" + billed.description() + ") was billed for \"" + technique + "\", which is billed as "
                        + mapped.code() + " (" + right + ")" + mapped.why().map(why -> ": " + why).orElse("") + ".",
                "Bill " + mapped.code() + " instead of " + billed.code()
                        + ", or correct the technique if the notes describe " + billed.description() + ".",
                mapped.technique() + ": " + mapped.source());
    }

    private void reportNoneOf(CatalogCode billed, String technique, TechniqueCoding.SeveralCodes several,
                              FindingCollector findings) {
        List<String> codes = several.candidates().stream().map(TechniqueCandidate::code).toList();
        findings.error("code.technique", List.of(billed.code()),
                billed.code() + " (" + billed.description() + ") was billed for \"" + technique + "\", which is billed as "
                        + String.join(" or ", codes) + ", by what the notes say.",
                "Bill " + String.join(" or ", codes) + " instead of " + billed.code()
                        + ", or correct the technique if the notes describe " + billed.description() + ".");
    }

    private Optional<CatalogCode> techniqueCode(Service service, Visit visit, long epochDay, FindingCollector findings) {
        String technique = service.technique().orElseThrow();
        TechniqueCoding coding = techniques.code(technique, visit.provider().type());
        if (coding instanceof TechniqueCoding.Uncoded notCoded) {
            uncoded.report(technique, notCoded, visit, findings);
            return Optional.empty();
        }
        TechniqueEntry mapped = ((TechniqueCoding.Coded) coding).entry();
        Optional<CatalogCode> entry = inForce(mapped.code(), visit, epochDay, findings);
        entry.ifPresent(code -> findings.add("code.technique", Severity.INFO, List.of(code.code()),
                "Coded \"" + technique + "\" as " + code.code() + " (" + code.description() + ").", null,
                mapped.technique() + ": " + mapped.source()));
        return entry;
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
