package dev.cleanclaim.core.ruledata;

import dev.cleanclaim.core.catalog.CodeCatalog;
import dev.cleanclaim.core.coding.TechniqueMap;
import dev.cleanclaim.core.documentation.MedicalNecessityCatalog;
import dev.cleanclaim.core.dx.DiagnosisCodeSets;
import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.fees.MedicareFeeSchedule;
import dev.cleanclaim.core.fees.MedicarePricingTerms;
import dev.cleanclaim.core.modifier.ModifierCatalog;
import dev.cleanclaim.core.ncci.MueEditions;
import dev.cleanclaim.core.ncci.PtpTable;
import dev.cleanclaim.core.payer.PayerDirectory;
import dev.cleanclaim.core.reference.ReferenceCodes;
import dev.cleanclaim.core.region.RegionCatalog;
import dev.cleanclaim.core.region.RegionContiguity;
import dev.cleanclaim.core.remit.RemittanceCodes;

import java.util.Objects;

/**
 * Everything the engine knows that is not code: catalogs of codes and modifiers, maps, edits, payers, fees and
 * citations, and the code lists remittances are explained with.
 *
 * @param version identifies the data a claim was scrubbed with, e.g. "builtin-2026.11.1"
 */
public record RuleData(
        String version,
        CodeCatalog codes,
        ModifierCatalog modifiers,
        TechniqueMap techniques,
        RegionCatalog regions,
        RegionContiguity contiguity,
        PayerDirectory payers,
        DiagnosisCodeSets diagnoses,
        FeeSchedule fees,
        MedicareFeeSchedule medicareFees,
        PtpTable ptp,
        MueEditions mue,
        MedicalNecessityCatalog conditions,
        RuleDefinitions definitions,
        ReferenceCodes references,
        RemittanceCodes remittance) {

    public RuleData {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(codes, "codes");
        Objects.requireNonNull(modifiers, "modifiers");
        Objects.requireNonNull(techniques, "techniques");
        Objects.requireNonNull(regions, "regions");
        Objects.requireNonNull(contiguity, "contiguity");
        Objects.requireNonNull(payers, "payers");
        Objects.requireNonNull(diagnoses, "diagnoses");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(medicareFees, "medicareFees");
        Objects.requireNonNull(ptp, "ptp");
        Objects.requireNonNull(mue, "mue");
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(definitions, "definitions");
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(remittance, "remittance");
    }

    /** The same rule data pricing lines with the practice's own fee schedule instead of the built-in one. */
    public RuleData withFees(FeeSchedule practiceFees) {
        return new RuleData(version, codes, modifiers, techniques, regions, contiguity, payers, diagnoses, practiceFees, medicareFees,
                ptp, mue, conditions, definitions, references, remittance);
    }

    /** The same rule data pricing Medicare lines at a practice's locality and conversion factor. */
    public RuleData withMedicareTerms(MedicarePricingTerms terms) {
        return new RuleData(version, codes, modifiers, techniques, regions, contiguity, payers, diagnoses, fees,
                medicareFees.pricedFor(terms), ptp, mue, conditions, definitions, references, remittance);
    }
}
