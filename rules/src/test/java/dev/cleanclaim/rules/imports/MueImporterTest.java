package dev.cleanclaim.rules.imports;

import dev.cleanclaim.core.ncci.MueTable;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.rules.BuiltInRuleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MueImporterTest {

    @TempDir
    Path folder;

    @Test
    void theCmsCsvIsImportedPastItsPreambleAndReplacesTheBuiltInValues() throws IOException {
        Path file = Files.writeString(folder.resolve("MCR_MUE_PractitionerServices_Eff_01-01-2026.csv"), """
                "CPT codes, descriptions and other data only are copyright 2025 American Medical Association."
                "HCPCS/CPT Code","Practitioner Services MUE Values","MUE Adjudication Indicator","MUE Rationale"
                97110,4,"3 Date of Service Edit: Clinical","Clinical: Data"
                98940,1,"2 Date of Service Edit: Policy","CMS Policy"
                """);
        Path rules = folder.resolve("rules");

        MueImporter.Report report = MueImporter.importFile(file, rules);
        RuleData data = BuiltInRuleData.load(rules);

        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.effective()).contains(LocalDate.of(2026, 1, 1));
        MueTable january = data.mue().forDate(LocalDate.of(2026, 2, 10));
        assertThat(january.find("97110")).hasValueSatisfying(edit -> {
            assertThat(edit.maxUnits()).isEqualTo(4);
            assertThat(edit.adjudication()).isEqualTo(3);
        });
        assertThat(january.find("98940")).hasValueSatisfying(edit -> assertThat(edit.adjudication()).isEqualTo(2));
        assertThat(january.edition()).contains("MCR_MUE_PractitionerServices_Eff_01-01-2026.csv");
    }

    @Test
    void anImportedTableServesDatesFromItsEffectiveDateAndTheBuiltInTablesTheDatesAround() throws IOException {
        Path file = Files.writeString(folder.resolve("MCR_MUE_PractitionerServices_Eff_01-01-2026.csv"),
                "HCPCS/CPT Code,MUE\n97110,4,3 Clinical,Clinical: Data\n");
        Path rules = folder.resolve("rules");
        MueImporter.importFile(file, rules);

        RuleData data = BuiltInRuleData.load(rules);

        assertThat(data.mue().forDate(LocalDate.of(2025, 12, 31)).edition()).isEqualTo("CMS NCCI MUE practitioner services 2024-07-01");
        assertThat(data.mue().forDate(LocalDate.of(2026, 1, 1)).edition()).contains("Eff_01-01-2026");
        assertThat(data.mue().forDate(LocalDate.of(2026, 4, 1)).edition()).isEqualTo("CMS NCCI MUE practitioner services 2026-04-01");
    }

    @Test
    void aTableWhoseDateIsNotKnownServesEveryDateAsBeforeAndForgetsAnEarlierImportsDate() throws IOException {
        Path rules = folder.resolve("rules");
        MueImporter.importFile(Files.writeString(folder.resolve("MCR_MUE_PractitionerServices_Eff_01-01-2026.csv"),
                "HCPCS/CPT Code,MUE\n97110,4,3 Clinical,x\n"), rules);
        MueImporter.Report report = MueImporter.importFile(Files.writeString(folder.resolve("mue.csv"),
                "HCPCS/CPT Code,MUE\n97110,5,3 Clinical,x\n"), rules);

        RuleData data = BuiltInRuleData.load(rules);

        assertThat(report.effective()).isEmpty();
        assertThat(data.mue().tables()).singleElement().satisfies(table ->
                assertThat(table.find("97110")).hasValueSatisfying(edit -> assertThat(edit.maxUnits()).isEqualTo(5)));
        assertThat(data.mue().forDate(LocalDate.of(2024, 8, 1)).edition()).contains("mue.csv");
    }

    @Test
    void aRowWithAnImpossibleValueNamesTheFileAndLine() throws IOException {
        Path file = Files.writeString(folder.resolve("mue.csv"), "HCPCS/CPT Code,MUE\n97110,four,3 Clinical,x\n");

        assertThatThrownBy(() -> MueImporter.importFile(file, folder.resolve("rules")))
                .hasMessageContaining("mue.csv line 2").hasMessageContaining("whole number");
    }
}
