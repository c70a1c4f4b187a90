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

    @Test
    void aMidYearUpdateOverlappingItsOctoberReleaseWinsFromItsFirstDay() {
        DiagnosisCodeSet october = set("ICD-10-CM FY2024", FY2026);
        DiagnosisCodeSet april = set("ICD-10-CM FY2024 (update of 2024-04-01)", FY2026);
        DiagnosisCodeSets sets = new DiagnosisCodeSets(List.of(
                new DiagnosisCodeSets.Year(april.name(), EffectivePeriod.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 9, 30)), () -> april),
                new DiagnosisCodeSets.Year(october.name(), EffectivePeriod.of(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 9, 30)), () -> october)));

        assertThat(sets.forDate(LocalDate.of(2024, 3, 31)).codeSet()).isSameAs(october);
        assertThat(sets.forDate(LocalDate.of(2024, 4, 1)).codeSet()).isSameAs(april);
    }

    @Test
    void aDateNoYearCoversGetsTheYearFewestDaysAway() {
        DiagnosisCodeSet fy2016 = set("ICD-10-CM FY2016", FY2026);
        DiagnosisCodeSet fy2027 = set("ICD-10-CM FY2027", FY2026);
        DiagnosisCodeSets sets = new DiagnosisCodeSets(List.of(
                new DiagnosisCodeSets.Year(fy2016.name(), EffectivePeriod.of(LocalDate.of(2015, 10, 1), LocalDate.of(2016, 9, 30)), () -> fy2016),
                new DiagnosisCodeSets.Year(fy2027.name(), EffectivePeriod.of(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 9, 30)), () -> fy2027)));

        assertThat(sets.forDate(LocalDate.of(2015, 6, 1))).isEqualTo(new DiagnosisCodeSets.Selection(fy2016, false));
        assertThat(sets.forDate(LocalDate.of(2028, 12, 1))).isEqualTo(new DiagnosisCodeSets.Selection(fy2027, false));
        assertThat(sets.forDate(LocalDate.of(2025, 1, 1)).codeSet()).isSameAs(fy2027);
        assertThat(sets.history()).isEmpty();
    }

    private static DiagnosisCodeSet set(String name, EffectivePeriod period) {
        return new DiagnosisCodeSet(name, period, List.of(new DiagnosisCodeSet.Entry("M62.830", true, "Muscle spasm of back")));
    }
}
