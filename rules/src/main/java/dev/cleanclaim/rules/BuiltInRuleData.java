package dev.cleanclaim.rules;

import dev.cleanclaim.core.catalog.CodeCatalog;
import dev.cleanclaim.core.documentation.MedicalNecessityCatalog;
import dev.cleanclaim.core.modifier.ModifierCatalog;
import dev.cleanclaim.core.ncci.MueEditions;
import dev.cleanclaim.core.ncci.PtpTable;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.payer.PayerDirectory;
import dev.cleanclaim.core.region.RegionCatalog;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.ruledata.RuleDefinitions;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads rule data: the built-in set, or a user's rule folder laid over it. */
public final class BuiltInRuleData {

    /** Where an import writes MUE values in the built-in CSV layout. */
    public static final String IMPORTED_MUE = "ncci/mue-imported.csv";
    /** Where an import lists the Medicare fee schedule years it added (year, release, rvus, gpcis), in mpfs/years.csv's layout. */
    public static final String IMPORTED_MPFS_YEARS = "mpfs/years-imported.csv";
    /** Where an import writes the conversion factors it read, in mpfs/conversion-factors.csv's layout. */
    public static final String IMPORTED_CONVERSION_FACTORS = "mpfs/conversion-factors-imported.csv";

    private BuiltInRuleData() {
    }

    /** The starter payer directory a practice may copy payers from; not rule data, so RuleData does not hold it. */
    public static java.util.List<dev.cleanclaim.core.payer.StarterPayer> starterDirectory() {
        return StarterDirectoryReader.builtIn();
    }

    public static RuleData load() {
        return load(RuleDataSource.builtIn());
    }

    /** The built-in data with the rule folder over it, when the folder exists. */
    public static RuleData load(Path rulesFolder) {
        return Files.isDirectory(rulesFolder) ? load(new RuleFolder(rulesFolder, RuleDataSource.builtIn())) : load();
    }

    /** Loads a complete set of rule data files from a source; any bad file stops the load with its location. */
    public static RuleData load(RuleDataSource source) {
        Manifest manifest = Manifest.read(source);
        CodeCatalog codes = CodeCatalogReader.read(source);
        ModifierCatalog modifiers = ModifierCatalogReader.read(source);
        RegionCatalog regions = RegionCatalogReader.read(source);
        RuleDefinitions definitions = RuleDefinitionsReader.read(source);
        MedicalNecessityCatalog conditions = MedicalNecessityReader.read(source);
        PtpTable ptp = source.importedPtp().orElseGet(() -> NcciCsvReader.ptp(source, manifest.ptpEdition(), manifest.ptpQuarter()));
        MueEditions mue = NcciCsvReader.mue(source);
        RuleData data = new RuleData(
                manifest.version(),
                codes,
                modifiers,
                TechniqueMapReader.read(source),
                regions,
                ContiguityReader.read(source, regions),
                new PayerDirectory(payers(source, manifest, definitions)),
                DiagnosisCodeSetReader.read(source),
                FeeScheduleReader.read(source),
                MedicareFeeReader.read(source, modifiers.medicareShares()),
                ptp,
                mue,
                conditions,
                definitions,
                ReferenceCodesReader.read(source),
                RemittanceCodesReader.read(source, definitions));
        requireCatalogCodes(data.techniques().codes(), source.describe(TechniqueMapReader.FILE), data);
        requireCatalogCodes(data.techniques().candidateCodes(), source.describe(TechniqueMapReader.CANDIDATES), data);
        requireCatalogCodes(data.fees().perUnit().keySet(), source.describe(FeeScheduleReader.FILE), data);
        return data;
    }

    /** Built-in packs in manifest order; a pack in the rule folder with the same id replaces the built-in one. */
    private static Collection<Payer> payers(RuleDataSource source, Manifest manifest, RuleDefinitions definitions) {
        Map<String, Payer> byId = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        manifest.payers().forEach(id -> files.add("payers/" + id + ".yaml"));
        source.extraPayerFiles().stream().filter(file -> !files.contains(file)).forEach(files::add);
        for (String file : files) {
            Reader reader = source.open(file);
            try {
                Payer payer = PayerPackReader.read(reader, source.describe(file), definitions);
                String expected = file.substring("payers/".length(), file.length() - ".yaml".length());
                if (!payer.id().equals(expected)) {
                    throw new RuleDataException(source.describe(file), "declares id " + payer.id()
                            + " but its file is named for " + expected + "; name the file " + payer.id() + ".yaml");
                }
                byId.put(payer.id(), payer);
            } finally {
                RuleDataSource.close(reader, source.describe(file));
            }
        }
        return byId.values();
    }

    // A technique or fee for a code the catalog lacks would only surface on some later visit: refuse it at load.
    private static void requireCatalogCodes(Collection<String> codes, String file, RuleData data) {
        for (String code : codes) {
            if (data.codes().find(code).isEmpty()) {
                throw new RuleDataException(file, "names code " + code + ", which is not in " + CodeCatalogReader.FILE);
            }
        }
    }
}
