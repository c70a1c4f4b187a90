package dev.cleanclaim.core.identifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MedicareBeneficiaryIdTest {

    @Test
    void cmssOwnExampleIsAnMbiAndGoesWithoutItsDashes() {
        assertThat(MedicareBeneficiaryId.isValid("1EG4-TE5-MK73")).isTrue();
        assertThat(MedicareBeneficiaryId.normalise("1EG4-TE5-MK73")).isEqualTo("1EG4TE5MK73");
        assertThat(MedicareBeneficiaryId.normalise(" 1eg4 te5 mk73 ")).isEqualTo("1EG4TE5MK73");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0EG4TE5MK73", "1SG4TE5MK73", "1EG4TE5MK7", "1EG4TE5MK733", "1EGATE5MK73", "1EG4TE5MK7A"})
    void anythingOffTheShapeIsRefusedNamingWhatIsWrong(String id) {
        assertThat(MedicareBeneficiaryId.problem(id)).hasValueSatisfying(problem -> assertThat(problem).startsWith(id));
    }

    @Test
    void theLetterThatReadsLikeADigitIsNamedByPosition() {
        assertThat(MedicareBeneficiaryId.problem("1EO4TE5MK73")).hasValue("1EO4TE5MK73: character 3 (O) must be a digit"
                + " or a letter other than S, L, O, I, B or Z");
    }

    @Test
    void anOldSocialSecurityBasedMedicareNumberIsRecognisedAsSuch() {
        assertThat(MedicareBeneficiaryId.problem("123456789A")).hasValueSatisfying(problem ->
                assertThat(problem).contains("old Medicare number (HICN"));
    }
}
