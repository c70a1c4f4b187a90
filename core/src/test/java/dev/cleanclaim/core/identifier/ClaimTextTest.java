package dev.cleanclaim.core.identifier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimTextTest {

    @Test
    void accentsComeOffAndLettersWithoutOneAreSpelledPlain() {
        assertThat(ClaimText.fold("José Łukasz Strauß Søren Ærø Þór")).isEqualTo("JOSE LUKASZ STRAUSS SOREN AERO THOR");
    }

    @Test
    void aLatinLetterNoClaimCanSpellIsRefusedWhereItIsTyped() {
        assertThat(ClaimText.foldsToPlainLetters('Ł')).isTrue();
        assertThat(ClaimText.foldsToPlainLetters('ƒ')).isFalse();
        assertThat(Identifiers.firstNotInFreeText("Łukasz")).isEmpty();
        assertThat(Identifiers.firstNotInFreeText("ƒerdinand")).contains('ƒ');
    }
}
