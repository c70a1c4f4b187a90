package dev.cleanclaim.core.ncci;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NcciEditionsTest {

    private static final MueTable JULY_2024 = new MueTable(List.of(new MueEdit("97110", 6, 3, "Clinical: Data")),
            "MUE 2024-07-01", LocalDate.of(2024, 7, 1));
    private static final MueTable APRIL_2026 = new MueTable(List.of(new MueEdit("97110", 5, 3, "Clinical: Data")),
            "MUE 2026-04-01", LocalDate.of(2026, 4, 1));

    @Test
    void aQuarterRunsThreeMonthsFromItsFirstDay() {
        assertThat(NcciQuarter.parse("2024q3").firstDay()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(NcciQuarter.parse("2024Q3").lastDay()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(NcciQuarter.of(LocalDate.of(2026, 12, 31))).hasToString("2026Q4");
        assertThatThrownBy(() -> NcciQuarter.parse("2024-07")).hasMessageContaining("2024Q3");
    }

    @Test
    void aVisitIsCheckedAgainstTheMueTableInForceOnItsDate() {
        MueEditions editions = new MueEditions(List.of(APRIL_2026, JULY_2024));

        assertThat(editions.forDate(LocalDate.of(2026, 3, 31))).isSameAs(JULY_2024);
        assertThat(editions.forDate(LocalDate.of(2026, 4, 1))).isSameAs(APRIL_2026);
        assertThat(editions.forDate(LocalDate.of(2026, 4, 1)).find("97110")).hasValueSatisfying(edit ->
                assertThat(edit.maxUnits()).isEqualTo(5));
        assertThat(editions.newest()).isSameAs(APRIL_2026);
    }

    @Test
    void aDateBeforeEveryTableGetsTheEarliest() {
        assertThat(new MueEditions(List.of(APRIL_2026, JULY_2024)).forDate(LocalDate.of(2023, 1, 5))).isSameAs(JULY_2024);
    }

    @Test
    void twoTablesOfOneDateAreRefused() {
        MueTable again = new MueTable(List.of(), "MUE 2024-07-01 again", LocalDate.of(2024, 7, 1));

        assertThatThrownBy(() -> new MueEditions(List.of(JULY_2024, again))).hasMessageContaining("2024-07-01");
    }

    @Test
    void aTableKnowsTheLatestDateAnyOfItsEditsTookEffect() {
        PackedPtpTable.Builder builder = new PackedPtpTable.Builder();
        builder.add("97140", "97124", LocalDate.of(1996, 1, 1), null, 0, "Standards of medical/surgical practice");
        builder.add("97140", "97530", LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 31).plusYears(1), 1, "Misuse");
        PackedPtpTable table = builder.build("test", NcciQuarter.parse("2020Q1"));

        assertThat(table.latestEffective()).contains(LocalDate.of(2020, 1, 1));
        assertThat(table.inQuarter(NcciQuarter.parse("2026Q2")).quarter()).hasToString("2026Q2");
        assertThat(new PackedPtpTable.Builder().build("empty", NcciQuarter.parse("2020Q1")).latestEffective()).isEmpty();
    }
}
