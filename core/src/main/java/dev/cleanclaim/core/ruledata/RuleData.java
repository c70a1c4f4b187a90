package dev.cleanclaim.core.ruledata;

import dev.cleanclaim.core.catalog.CodeCatalog;
import dev.cleanclaim.core.coding.TechniqueMap;
import dev.cleanclaim.core.dx.DiagnosisCodeSets;
import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.payer.PayerDirectory;
import dev.cleanclaim.core.region.RegionCatalog;

import java.util.Objects;

/**
 * Everything the engine knows that is not code: catalogs, maps, payers, fees and citations.
 *
 * @param version identifies the data a claim was coded with, e.g. "builtin-2026.11"
 */
public record RuleData(
        String version,
        CodeCatalog codes,
        TechniqueMap techniques,
        RegionCatalog regions,
        PayerDirectory payers,
        DiagnosisCodeSets diagnoses,
        FeeSchedule fees,
        RuleSources sources) {

    public RuleData {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(codes, "codes");
        Objects.requireNonNull(techniques, "techniques");
        Objects.requireNonNull(regions, "regions");
        Objects.requireNonNull(payers, "payers");
        Objects.requireNonNull(diagnoses, "diagnoses");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(sources, "sources");
    }
}
