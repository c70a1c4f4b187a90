package dev.cleanclaim.core.identifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifiersTest {

    @Test
    void payerAndMemberIdsOfLettersDigitsAndBasicPunctuationAreX12() {
        assertThat(Identifiers.isX12("60054")).isTrue();
        assertThat(Identifiers.isX12("XYZ123456789")).isTrue();
        assertThat(Identifiers.isX12("abc-12 (A)/3.,!?=+;&'\"")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB*12", "AB~12", "AB:12", "AB^12", "AB|12", "AB>12", "ABÄ12", "AB\t12", "AB@12"})
    void anIdWithADelimiterOrACharacterOutsideTheSetIsRefusedAndTheCharacterNamed(String id) {
        assertThat(Identifiers.isX12(id)).isFalse();
        assertThat(Identifiers.firstNonX12(id)).hasValue(id.charAt(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB*12", "AB~12", "AB:12", "AB^12", "AB\n12", "AB\r12", "AB\t12", "AB\u007f12", "AB\u008512", "AB\u202812"})
    void freeTextWithAnX12DelimiterOrAControlCharacterIsRefusedAndTheCharacterNamed(String text) {
        assertThat(Identifiers.firstNotInFreeText(text)).hasValue(text.charAt(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"王小明", "Иван", "Quinn 🙂", "Ada\u200B"})
    void freeTextRefusesWhatWouldArriveEmptyOrUnreadableOnThe837(String text) {
        assertThat(Identifiers.firstNotInFreeText(text)).isPresent();
    }

    @Test
    void freeTextKeepsAccentedLettersAndOrdinaryPunctuation() {
        assertThat(Identifiers.firstNotInFreeText("José Núñez-O’Brien, Łukasz Straße")).isEmpty();
        assertThat(Identifiers.firstNotInFreeText("Pérez & Søn, P.C. #4 (Suite 2) @ 40% / 3")).isEmpty();
    }

    @Test
    void anEinIsNineDigitsWithOrWithoutItsDash() {
        assertThat(Identifiers.ein("93-1234567")).hasValue("931234567");
        assertThat(Identifiers.ein("931234567")).hasValue("931234567");
        assertThat(Identifiers.ein("93-12345")).isEmpty();
        assertThat(Identifiers.ein("931-23-4567")).isEmpty();
        assertThat(Identifiers.ein("9312345678")).isEmpty();
    }

    @Test
    void anSsnIsNineDigitsTheSsaCouldHaveIssued() {
        assertThat(Identifiers.ssn("123-45-6789")).hasValue("123456789");
        assertThat(Identifiers.ssn("123456789")).hasValue("123456789");
        assertThat(Identifiers.ssn("000-45-6789")).isEmpty();
        assertThat(Identifiers.ssn("666-45-6789")).isEmpty();
        assertThat(Identifiers.ssn("912-45-6789")).isEmpty();
        assertThat(Identifiers.ssn("123-00-6789")).isEmpty();
        assertThat(Identifiers.ssn("123-45-0000")).isEmpty();
        assertThat(Identifiers.ssn("12-345-6789")).isEmpty();
    }

    @Test
    void anSsnIsShownWithOnlyItsLastFourDigits() {
        assertThat(Identifiers.maskSsn("123456789")).isEqualTo("***-**-6789");
        assertThat(Identifiers.maskSsn("123-45-6789")).isEqualTo("***-**-6789");
    }

    @Test
    void aZipCodeIsFiveOrNineDigitsAndTheBillingZipMustBeNine() {
        assertThat(Identifiers.zip("97201")).hasValue("97201");
        assertThat(Identifiers.zip("97201-1234")).hasValue("972011234");
        assertThat(Identifiers.zip("972011234")).hasValue("972011234");
        assertThat(Identifiers.zip("9720")).isEmpty();
        assertThat(Identifiers.zip("97201-12")).isEmpty();
        assertThat(Identifiers.zipPlus4("97201-1234")).hasValue("972011234");
        assertThat(Identifiers.zipPlus4("97201")).isEmpty();
    }

    @Test
    void aPhoneNumberIsTenDigitsWhateverItsPunctuation() {
        assertThat(Identifiers.phone("5035550100")).hasValue("5035550100");
        assertThat(Identifiers.phone("(503) 555-0100")).hasValue("5035550100");
        assertThat(Identifiers.phone("503.555.0100")).hasValue("5035550100");
        assertThat(Identifiers.phone("+1 503 555 0100")).hasValue("5035550100");
        assertThat(Identifiers.phone("1-503-555-0100")).hasValue("5035550100");
        assertThat(Identifiers.phone("555-0100")).isEmpty();
        assertThat(Identifiers.phone("0035550100")).isEmpty();
        assertThat(Identifiers.phone("503555010x")).isEmpty();
    }
}
