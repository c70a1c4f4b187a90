package dev.cleanclaim.core.dx;

import dev.cleanclaim.core.time.EffectivePeriod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DiagnosisCodeSetTest {

    private static final EffectivePeriod FY2026 = EffectivePeriod.of(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30));

    private final DiagnosisCodeSet codeSet = new DiagnosisCodeSet("ICD-10-CM FY2026", FY2026, List.of(
            new DiagnosisCodeSet.Entry("M62", false, "Other disorders of muscle"),
            new DiagnosisCodeSet.Entry("M62.8", false, "Other specified disorders of muscle"),
            new DiagnosisCodeSet.Entry("M62.83", false, "Muscle spasm"),
            new DiagnosisCodeSet.Entry("M62.830", true, "Muscle spasm of back"),
            new DiagnosisCodeSet.Entry("M62.838", true, "Other muscle spasm"),
            new DiagnosisCodeSet.Entry("M62.9", true, "Disorder of muscle, unspecified"),
            new DiagnosisCodeSet.Entry("M63", false, "Disorders of muscle in diseases classified elsewhere")));

    @Test
    void codesAreFoundWithTheirBillableFlag() {
        assertThat(codeSet.find("M62.830")).hasValueSatisfying(entry -> assertThat(entry.billable()).isTrue());
        assertThat(codeSet.find("M62.83")).hasValueSatisfying(entry -> assertThat(entry.billable()).isFalse());
        assertThat(codeSet.find("M62.831")).isEmpty();
    }

    @Test
    void billableCodesUnderAHeaderAreListedInCodeOrderAndStopAtTheNextHeader() {
        assertThat(codeSet.billableUnder("M62.83", 10)).extracting(DiagnosisCodeSet.Entry::code)
                .containsExactly("M62.830", "M62.838");
        assertThat(codeSet.billableUnder("M62", 10)).extracting(DiagnosisCodeSet.Entry::code)
                .containsExactly("M62.830", "M62.838", "M62.9");
        assertThat(codeSet.billableUnder("M62", 1)).hasSize(1);
    }

    @Test
    void theYearInForceIsChosenByDateOfServiceAndLoadedOnlyOnce() {
        AtomicInteger loads = new AtomicInteger();
        DiagnosisCodeSets sets = new DiagnosisCodeSets(List.of(new DiagnosisCodeSets.Year("ICD-10-CM FY2026", FY2026, () -> {
            loads.incrementAndGet();
            return codeSet;
        })));

        assertThat(sets.forDate(LocalDate.of(2025, 10, 1)).exact()).isTrue();
        assertThat(sets.forDate(LocalDate.of(2026, 9, 30)).exact()).isTrue();
        assertThat(sets.forDate(LocalDate.of(2026, 10, 1)).exact()).isFalse();
        assertThat(sets.forDate(LocalDate.of(2025, 9, 30)).codeSet()).isSameAs(codeSet);
        assertThat(loads).hasValue(1);
    }
}
