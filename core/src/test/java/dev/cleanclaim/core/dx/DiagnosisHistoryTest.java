package dev.cleanclaim.core.dx;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiagnosisHistoryTest {

    private static final DiagnosisHistory HISTORY = new DiagnosisHistory(List.of(
            new DiagnosisHistory.Run("M54.5", 2016, 2021, true),
            new DiagnosisHistory.Run("M54.5", 2022, 2027, false),
            new DiagnosisHistory.Run("M54.50", 2022, 2027, true),
            new DiagnosisHistory.Run("M35.8", 2016, 2021, false),
            new DiagnosisHistory.Run("M35.81", 2021, 2027, true)),
            List.of(new DiagnosisHistory.MidYearChange("M35.8", new FiscalYear(2021), LocalDate.of(2021, 1, 1),
                            DiagnosisCodeSet.Presence.BILLABLE, DiagnosisCodeSet.Presence.HEADER),
                    new DiagnosisHistory.MidYearChange("M35.81", new FiscalYear(2021), LocalDate.of(2021, 1, 1),
                            DiagnosisCodeSet.Presence.UNKNOWN, DiagnosisCodeSet.Presence.BILLABLE)));

    @Test
    void aFiscalYearBeginsOnTheFirstOfOctoberBeforeIt() {
        assertThat(FiscalYear.of(LocalDate.of(2021, 9, 30))).isEqualTo(new FiscalYear(2021));
        assertThat(FiscalYear.of(LocalDate.of(2021, 10, 1))).isEqualTo(new FiscalYear(2022));
        assertThat(new FiscalYear(2022).firstDay()).isEqualTo(LocalDate.of(2021, 10, 1));
        assertThat(new FiscalYear(2022).lastDay()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(new FiscalYear(2027)).hasToString("FY2027");
    }

    @Test
    void eachYearHoldsTheCodesOfItsOwnRuns() {
        assertThat(billable(LocalDate.of(2020, 10, 1))).containsEntry("M54.5", true).doesNotContainKey("M54.50");
        assertThat(billable(LocalDate.of(2021, 10, 1))).containsEntry("M54.5", false).containsEntry("M54.50", true);
    }

    @Test
    void aMidYearChangeCountsFromItsOwnDateOnly() {
        assertThat(billable(LocalDate.of(2020, 10, 1))).containsEntry("M35.8", true).doesNotContainKey("M35.81");
        assertThat(billable(LocalDate.of(2021, 1, 1))).containsEntry("M35.8", false).containsEntry("M35.81", true);
    }

    @Test
    void aCodesRunsAreFoundOldestFirst() {
        assertThat(HISTORY.runsOf("M54.5")).extracting(DiagnosisHistory.Run::firstYear).containsExactly(2016, 2022);
        assertThat(HISTORY.runsOf("M54.51")).isEmpty();
        assertThat(HISTORY.lastYear()).isEqualTo(new FiscalYear(2027));
    }

    @Test
    void descriptionsComeFromTheCallerAndAnUnknownOneIsBlank() {
        List<DiagnosisCodeSet.Entry> entries = HISTORY.entriesOn(LocalDate.of(2021, 10, 1),
                code -> code.equals("M54.50") ? "Low back pain, unspecified" : null);

        assertThat(entries).contains(new DiagnosisCodeSet.Entry("M54.50", true, "Low back pain, unspecified"),
                new DiagnosisCodeSet.Entry("M54.5", false, ""));
    }

    @Test
    void overlappingRunsOfOneCodeAreRefused() {
        assertThatThrownBy(() -> new DiagnosisHistory(List.of(new DiagnosisHistory.Run("M54.5", 2016, 2022, true),
                new DiagnosisHistory.Run("M54.5", 2022, 2027, false)), List.of()))
                .hasMessageContaining("M54.5").hasMessageContaining("listed twice");
    }

    private static Map<String, Boolean> billable(LocalDate from) {
        return HISTORY.entriesOn(from, code -> null).stream()
                .collect(Collectors.toMap(DiagnosisCodeSet.Entry::code, DiagnosisCodeSet.Entry::billable));
    }
}
