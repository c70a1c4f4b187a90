package dev.cleanclaim.rules.imports;

import dev.cleanclaim.core.fees.ConversionFactor;
import dev.cleanclaim.core.fees.MedicareLocality;
import dev.cleanclaim.core.fees.MedicarePrice;
import dev.cleanclaim.core.fees.MedicarePricingTerms;
import dev.cleanclaim.core.fees.MedicareRates;
import dev.cleanclaim.core.fees.Rvu;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.rules.BuiltInRuleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CMS's PPRRVU file, in the 2026 layout and the older one, read by its column names into a rule folder. */
class RvuImporterTest {

    // A made-up 2027 release: 97140 up a little from 2026, so an import shows.
    private static final List<PprrvuFiles.Row> ROWS_2027 = List.of(
            new PprrvuFiles.Row("97140", "", "A", "0.44", "0.40", "0.01", "0.85"),
            new PprrvuFiles.Row("97140", "GP", "A", "9.99", "9.99", "9.99", "29.97"),
            new PprrvuFiles.Row("98941", "", "A", "0.68", "0.44", "0.01", "1.13"),
            new PprrvuFiles.Row("97010", "", "B", "0.06", "0.13", "0.01", "0.20"));

    // RVU25D's own figures for two codes.
    private static final List<PprrvuFiles.Row> ROWS_2025 = List.of(
            new PprrvuFiles.Row("97140", "", "A", "0.43", "0.40", "0.01", "0.84"),
            new PprrvuFiles.Row("98941", "", "A", "0.71", "0.47", "0.01", "1.19"));

    @TempDir
    Path folder;

    @Test
    void the2026LayoutOf32ColumnsIsReadByItsHeaderNamesAndAddsItsYear() throws IOException {
        Path file = PprrvuFiles.csv2026(folder, "PPRRVU2027_Jan_nonQPP.csv", "34.1000", ROWS_2027);

        RvuImporter.Report report = RvuImporter.importFile(file, OptionalInt.empty(), folder.resolve("rules"));
        RuleData data = BuiltInRuleData.load(folder.resolve("rules"));

        assertThat(report.year()).isEqualTo(2027);
        assertThat(report.rows()).as("the GP row is a modifier's, not the code's").isEqualTo(3);
        assertThat(data.medicareFees().rvu("97140", LocalDate.of(2027, 3, 1))).contains(new Rvu("97140", "A",
                new BigDecimal("0.44"), new BigDecimal("0.40"), new BigDecimal("0.01")));
        assertThat(data.medicareFees().conversionFactor(LocalDate.of(2027, 3, 1))).contains(new BigDecimal("34.1000"));
        // national (no 2027 GPCIs): 0.85 x 34.1000 = 28.985 -> 28.99
        MedicareRates rates = data.medicareFees().ratesOn(LocalDate.of(2027, 3, 1));
        assertThat(rates).isInstanceOfSatisfying(MedicareRates.Known.class, known -> {
            assertThat(known.price("97140")).isEqualTo(new MedicarePrice.Allowed(Money.parse("28.99")));
            assertThat(known.year().release()).contains("PPRRVU2027_Jan_nonQPP.csv");
        });
    }

    @Test
    void theOlderLayoutOf31ColumnsIsReadTheSameWayAndReplacesTheBuiltInReleaseOfItsYear() throws IOException {
        Path file = PprrvuFiles.csv2025(folder, "PPRRVU25_OCT.csv", "32.3465", ROWS_2025);

        RvuImporter.importFile(file, OptionalInt.empty(), folder.resolve("rules"));
        RuleData data = BuiltInRuleData.load(folder.resolve("rules"));

        assertThat(data.medicareFees().year(2025)).hasValueSatisfying(year -> {
            assertThat(year.release()).contains("PPRRVU25_OCT.csv");
            assertThat(year.rvus()).hasSize(2);
            assertThat(year.gpcis()).as("the year keeps its built-in GPCIs").hasSize(109);
        });
        // Portland 2025, as MedicarePricingTest works it out: 98941 is $40.26 a unit
        RuleData portland = data.withMedicareTerms(new MedicarePricingTerms(
                Optional.of(MedicareLocality.parse("02302-01")), false));
        assertThat(((MedicareRates.Known) portland.medicareFees().ratesOn(LocalDate.of(2025, 6, 2))).price("98941"))
                .isEqualTo(new MedicarePrice.Allowed(Money.parse("40.26")));
    }

    @Test
    void bothLayoutsGiveTheSameRvusForTheSameFigures() throws IOException {
        Path older = PprrvuFiles.csv2025(folder, "PPRRVU25_OCT.csv", "32.3465", ROWS_2025);
        Path newer = PprrvuFiles.csv2026(folder, "PPRRVU2026_Oct_nonQPP.csv", "32.3465", ROWS_2025);

        RvuImporter.importFile(older, OptionalInt.empty(), folder.resolve("older"));
        RvuImporter.importFile(newer, OptionalInt.of(2025), folder.resolve("newer"));

        assertThat(Files.readString(folder.resolve("newer/mpfs/rvu-imported-2025.csv")))
                .isEqualTo(Files.readString(folder.resolve("older/mpfs/rvu-imported-2025.csv")));
    }

    @Test
    void aSpreadsheetWithItsColumnsInAnotherOrderIsReadByName() throws IOException {
        Path file = PprrvuFiles.xlsx(folder, "PPRRVU2027_Jan_nonQPP.xlsx", "34.1", ROWS_2027);

        RvuImporter.importFile(file, OptionalInt.empty(), folder.resolve("rules"));
        RuleData data = BuiltInRuleData.load(folder.resolve("rules"));

        assertThat(data.medicareFees().rvu("98941", LocalDate.of(2027, 1, 2))).contains(new Rvu("98941", "A",
                new BigDecimal("0.68"), new BigDecimal("0.44"), new BigDecimal("0.01")));
        assertThat(data.medicareFees().conversionFactor(LocalDate.of(2027, 1, 2))).contains(new BigDecimal("34.1"));
    }

    @Test
    void cmsZipWithTheUsualAndTheQualifyingApmFilesGivesBothConversionFactors() throws IOException {
        Path usual = PprrvuFiles.csv2026(folder, "PPRRVU2027_Jan_nonQPP.csv", "34.1000", ROWS_2027);
        Path qualifying = PprrvuFiles.csv2026(folder, "PPRRVU2027_Jan_QPP.csv", "34.2500", ROWS_2027);
        Path unrelated = Files.writeString(folder.resolve("GPCI2027.csv"), "not an RVU file\n");
        Path zip = PprrvuFiles.zip(folder, "RVU27A.zip", unrelated, qualifying, usual);

        RvuImporter.Report report = RvuImporter.importFile(zip, OptionalInt.empty(), folder.resolve("rules"));
        RuleData data = BuiltInRuleData.load(folder.resolve("rules"));

        assertThat(report.factors()).extracting(ConversionFactor::appliesTo).containsExactly(
                ConversionFactor.AppliesTo.NON_QUALIFYING_APM, ConversionFactor.AppliesTo.QUALIFYING_APM);
        LocalDate date = LocalDate.of(2027, 5, 1);
        assertThat(data.medicareFees().conversionFactor(date)).contains(new BigDecimal("34.1000"));
        assertThat(data.medicareFees().pricedFor(new MedicarePricingTerms(Optional.empty(), true))
                .conversionFactor(date)).contains(new BigDecimal("34.2500"));
    }

    @Test
    void importingAYearAgainReplacesWhatTheFirstImportWrote() throws IOException {
        Path first = PprrvuFiles.csv2026(folder, "PPRRVU2027_Jan_nonQPP.csv", "34.1000", ROWS_2027);
        Path second = PprrvuFiles.csv2026(folder, "PPRRVU2027_Apr_nonQPP.csv", "34.2000", ROWS_2027);
        Path rules = folder.resolve("rules");

        RvuImporter.importFile(first, OptionalInt.empty(), rules);
        RvuImporter.importFile(second, OptionalInt.empty(), rules);

        assertThat(Files.readAllLines(rules.resolve(BuiltInRuleData.IMPORTED_MPFS_YEARS))).hasSize(2)
                .last().asString().contains("PPRRVU2027_Apr_nonQPP.csv");
        assertThat(BuiltInRuleData.load(rules).medicareFees().conversionFactor(LocalDate.of(2027, 5, 1)))
                .contains(new BigDecimal("34.2000"));
    }

    @Test
    void aFileLackingANamedColumnIsRefusedNamingIt() throws IOException {
        Path file = Files.writeString(folder.resolve("PPRRVU2027.csv"),
                "HCPCS,MOD,STATUS CODE,WORK RVU,MP RVU,NON-FACILITY TOTAL,CONV FACTOR\n97140,,A,0.44,0.01,0.85,34.1\n");

        assertThatThrownBy(() -> RvuImporter.importFile(file, OptionalInt.empty(), folder.resolve("rules")))
                .hasMessageContaining("PPRRVU2027.csv line 1").hasMessageContaining("no column \"NON-FAC PE RVU\"");
    }

    @Test
    void rvusThatDoNotAddUpToTheirTotalAreRefusedAsMisreadColumns() throws IOException {
        Path file = PprrvuFiles.csv2026(folder, "PPRRVU2027_Jan_nonQPP.csv", "34.1000",
                List.of(new PprrvuFiles.Row("97140", "", "A", "0.44", "0.40", "0.01", "0.95")));

        assertThatThrownBy(() -> RvuImporter.importFile(file, OptionalInt.empty(), folder.resolve("rules")))
                .hasMessageContaining("line 9").hasMessageContaining("do not add up");
    }

    @Test
    void aFileWhoseNameDoesNotSayItsYearNeedsTheYearGiven() throws IOException {
        Path file = PprrvuFiles.csv2026(folder, "fee-schedule.csv", "34.1000", ROWS_2027);

        assertThatThrownBy(() -> RvuImporter.importFile(file, OptionalInt.empty(), folder.resolve("rules")))
                .hasMessageContaining("does not say its year");
        assertThat(RvuImporter.importFile(file, OptionalInt.of(2027), folder.resolve("rules")).year()).isEqualTo(2027);
    }

    @Test
    void theYearAndWhomTheFactorPaysComeFromCmssFileNames() {
        assertThat(RvuImporter.yearOf("PPRRVU2026_Jul_nonQPP.csv")).contains(2026);
        assertThat(RvuImporter.yearOf("PPRRVU25_JAN.csv")).contains(2025);
        assertThat(RvuImporter.yearOf("RVU26C.zip")).contains(2026);
        assertThat(RvuImporter.participation("PPRRVU2026_Jul_nonQPP.csv")).isEqualTo(ConversionFactor.AppliesTo.NON_QUALIFYING_APM);
        assertThat(RvuImporter.participation("PPRRVU2026_Jul_QPP.csv")).isEqualTo(ConversionFactor.AppliesTo.QUALIFYING_APM);
        assertThat(RvuImporter.participation("PPRRVU25_JAN.csv")).isEqualTo(ConversionFactor.AppliesTo.ALL);
    }
}
