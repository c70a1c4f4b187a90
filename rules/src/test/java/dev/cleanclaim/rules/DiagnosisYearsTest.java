package dev.cleanclaim.rules;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.coding.VisitCoder;
import dev.cleanclaim.core.dx.DiagnosisCodeSet;
import dev.cleanclaim.core.dx.FiscalYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.cleanclaim.rules.BuiltInRuleDataTest.RULES;
import static org.assertj.core.api.Assertions.assertThat;

/** Diagnoses judged by the ICD-10-CM year of the date of service, FY2016 to FY2027, and by the nearest year past them. */
class DiagnosisYearsTest {

    private final VisitCoder coder = new VisitCoder(RULES);

    @ParameterizedTest(name = "{0} on {1}: valid {2}")
    @CsvSource({
            "M54.5,  2021-06-01, true",
            "M54.5,  2021-09-30, true",
            "M54.5,  2021-10-01, false",
            "M54.5,  2022-06-01, false",
            "M54.50, 2021-06-01, false",
            "M54.50, 2022-06-01, true",
            "M54.50, 2026-06-01, true",
            "M72.2,  2026-09-30, true",
            "M72.2,  2027-03-01, false",
            "M67.A01, 2026-09-30, false",
            "M67.A01, 2027-03-01, true",
            "QA0.0101, 2025-09-30, false",
            "QA0.0101, 2025-10-01, true",
            "QA1.71, 2026-09-30, false",
            "QA1.71, 2027-03-01, true",
            "M35.81, 2020-12-31, false",
            "M35.81, 2021-01-01, true"})
    void aDiagnosisIsValidByTheCodeSetOfItsDateOfService(String code, String date, boolean valid) {
        ClaimDraft claim = code(visit().on(date).diagnosis(code, "lumbar"));

        assertThat(rules(claim, "dx.invalid")).as(claim.findings().toString()).hasSize(valid ? 0 : 1);
        assertThat(rules(claim, "dx.code-set")).isEmpty();
    }

    @Test
    void aCodeNotYetInTheYearSaysWhenItBecameBillableAndOffersTheCodeOfThatYear() {
        Finding finding = only(code(visit().on("2021-06-01").diagnosis("M54.50", "lumbar")), "dx.invalid");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("M54.50 is not a code in ICD-10-CM FY2021 (January 1 update)")
                .contains("billable in FY2022 and later");
        assertThat(finding.fix()).contains("Use M54.5 (Low back pain), the billable code in ICD-10-CM FY2021 (January 1 update).");
    }

    @Test
    void aCodeThatBecameAHeaderSaysTheYearsItWasBillableAndNamesTheCodesUnderIt() {
        Finding finding = only(code(visit().on("2022-06-01").diagnosis("M54.5", "lumbar")), "dx.invalid");

        assertThat(finding.message()).contains("M54.5 (Low back pain) is a header, not a billable code, in ICD-10-CM FY2022")
                .contains("billable in FY2016-FY2021");
        assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("M54.50").contains("M54.51").contains("M54.59"));
    }

    @Test
    void aVisitOfFiscalYear2027IsJudgedByFy2027WithoutAWarning() {
        ClaimDraft claim = code(visit().on("2027-03-01").diagnosis("M62.830", "lumbar").diagnosis("M72.2", "right-foot"));

        assertThat(rules(claim, "dx.code-set")).isEmpty();
        assertThat(only(claim, "dx.invalid").message()).contains("ICD-10-CM FY2027").contains("M72.2");
        assertThat(RULES.diagnoses().forDate(LocalDate.of(2026, 10, 1)).codeSet().name()).isEqualTo("ICD-10-CM FY2027");
        assertThat(RULES.diagnoses().forDate(LocalDate.of(2027, 9, 30)).codeSet().size()).isEqualTo(98_403);
    }

    @Test
    void aVisitPastEveryLoadedYearIsJudgedByTheNearestWithOneWarningAndNoInvalidDiagnosis() {
        ClaimDraft claim = code(visit().on("2028-12-01").diagnosis("M62.830", "lumbar").diagnosis("M62.83", "lumbar")
                .diagnosis("Q99.99", "lumbar"));

        Finding warning = only(claim, "dx.code-set");
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.message()).contains("2028-12-01 (FY2029)").contains("judged by ICD-10-CM FY2027, the nearest year")
                .contains("By ICD-10-CM FY2027, M62.83 is a header, not a billable code; Q99.99 is not a code.");
        assertThat(warning.codes()).containsExactly("M62.83", "Q99.99");
        assertThat(warning.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("cleanclaim import icd10cm")
                .contains("icd10cm_order_2029.txt"));
        assertThat(rules(claim, "dx.invalid")).isEmpty();
    }

    @Test
    void aVisitBeforeIcd10CmIsJudgedByItsFirstYearWithTheSameOneWarning() {
        ClaimDraft claim = code(visit().on("2015-09-30").diagnosis("M54.5", "lumbar"));

        Finding warning = only(claim, "dx.code-set");
        assertThat(warning.message()).contains("ICD-10-CM FY2016").doesNotContain("By ICD-10-CM");
        assertThat(warning.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("holds none before ICD-10-CM FY2016")
                .doesNotContain("import"));
        assertThat(rules(claim, "dx.invalid")).isEmpty();
    }

    @Test
    void theHistoryRebuildsFiscalYears2026And2027CodeForCodeAsTheirOwnFilesHoldThem() {
        var history = RULES.diagnoses().history().orElseThrow();
        for (int year : List.of(2026, 2027)) {
            DiagnosisCodeSet file = RULES.diagnoses().forDate(new FiscalYear(year).firstDay()).codeSet();
            Map<String, Boolean> rebuilt = history.entriesOn(new FiscalYear(year).firstDay(), code -> null).stream()
                    .collect(Collectors.toMap(DiagnosisCodeSet.Entry::code, DiagnosisCodeSet.Entry::billable));

            assertThat(rebuilt).as("FY%d", year).hasSize(file.size());
            rebuilt.forEach((code, billable) -> assertThat(file.presence(code)).as(code)
                    .isEqualTo(billable ? DiagnosisCodeSet.Presence.BILLABLE : DiagnosisCodeSet.Presence.HEADER));
        }
    }

    @Test
    void aYearRebuiltFromTheHistoryBorrowsTheDescriptionsOfFy2026() {
        DiagnosisCodeSet fy2021 = RULES.diagnoses().forDate(LocalDate.of(2021, 6, 1)).codeSet();

        assertThat(fy2021.find("M54.5")).contains(new DiagnosisCodeSet.Entry("M54.5", true, "Low back pain"));
        assertThat(fy2021.find("M54.50")).isEmpty();
    }

    private VisitBuilder visit() {
        return VisitBuilder.visit(RULES).code("97110", 30, "lumbar");
    }

    private ClaimDraft code(VisitBuilder builder) {
        return coder.code(builder.build());
    }

    private static List<Finding> rules(ClaimDraft claim, String rule) {
        return claim.findings().stream().filter(finding -> finding.rule().equals(rule)).toList();
    }

    private static Finding only(ClaimDraft claim, String rule) {
        List<Finding> found = rules(claim, rule);
        assertThat(found).as("findings %s in %s", rule, claim.findings()).hasSize(1);
        return found.get(0);
    }
}
