package dev.cleanclaim.core.dx;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DiagnosisSyntaxTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({"M62.830,M62.830", "m62.830,M62.830", "M62830,M62.830", "M54.5,M54.5", "M545,M54.5",
            "M99.01,M99.01", "S39.012A,S39.012A", "S39012A,S39.012A", "R52,R52", "U07.1,U07.1", " M62.830 ,M62.830",
            "QA0.0101,QA0.0101", "QA00101,QA0.0101"})
    void icd10CmCodesAreAcceptedDottedOrUndotted(String text, String dotted) {
        assertThat(DiagnosisSyntax.check(text)).isEqualTo(new DiagnosisSyntax.Valid(dotted));
    }

    @Test
    void anIcd10PcsCodeIsRefusedAsAnInpatientProcedureCodeNotADiagnosis() {
        assertThat(DiagnosisSyntax.check("8E0KX1Z")).isInstanceOfSatisfying(DiagnosisSyntax.Invalid.class, invalid ->
                assertThat(invalid.explanation()).contains("ICD-10-PCS").contains("not a diagnosis")
                        .contains("never go on a professional claim"));
    }

    @Test
    void aProcedureCodeGivenAsADiagnosisIsRefusedWithThatExplanation() {
        assertThat(DiagnosisSyntax.check("97124")).isInstanceOfSatisfying(DiagnosisSyntax.Invalid.class, invalid ->
                assertThat(invalid.explanation()).contains("procedure code, not a diagnosis"));
    }

    @ParameterizedTest(name = "\"{0}\" is not ICD-10-CM")
    @ValueSource(strings = {"M6", "62.830", "M-2.830", "M62.83000", "M62..8", "M62.", "tight muscles", ""})
    void textThatIsNotIcd10CmSyntaxIsRefused(String text) {
        assertThat(DiagnosisSyntax.check(text)).isInstanceOfSatisfying(DiagnosisSyntax.Invalid.class, invalid ->
                assertThat(invalid.explanation()).contains("not ICD-10-CM syntax"));
    }
}
