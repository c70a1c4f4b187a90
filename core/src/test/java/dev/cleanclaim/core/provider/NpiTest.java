package dev.cleanclaim.core.provider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Vectors from the project's shared code sets (npi_test_vectors.csv: CMS worked example and others, recomputed). */
class NpiTest {

    @ParameterizedTest(name = "{0} valid: {1}")
    @CsvFileSource(resources = "/npi_test_vectors.csv", numLinesToSkip = 1)
    void theCheckDigitIsLuhnOverTheNpiPrefixedWith80840(String input, boolean valid) {
        assertThat(Npi.isValid(input)).isEqualTo(valid);
    }

    @Test
    void theCmsWorkedExampleGivesCheckDigitThree() {
        assertThat(Npi.checkDigit("123456789")).isEqualTo(3);
    }

    @Test
    void claimsTakeOnlyTheTenDigitForm() {
        assertThat(Npi.isValidTenDigit("1234567893")).isTrue();
        assertThat(Npi.isValidTenDigit("808401234567893")).isFalse();
        assertThat(Npi.isValid(null)).isFalse();
    }
}
