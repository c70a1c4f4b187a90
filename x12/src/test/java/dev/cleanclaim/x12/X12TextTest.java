package dev.cleanclaim.x12;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class X12TextTest {

    @ParameterizedTest(name = "\"{0}\" is sent as \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "José Muñoz|60|JOSE MUNOZ",
            "O'Brien*Smith|60|O'BRIEN SMITH",
            "Suite 4 ~ rear:door^2|60|SUITE 4 REAR DOOR 2",
            "  many    spaces  |60|MANY SPACES",
            "A very long organisation name that goes on|10|A VERY LON",
            "*greater>than and back\\slash*|60|GREATER THAN AND BACK SLASH",
            "Straße\tnord|60|STRASSE NORD",
            "Łukasz Nowak|60|LUKASZ NOWAK",
            "Søren Ødegård|60|SOREN ODEGARD",
            "Œuvre Æbelø Þór|60|OEUVRE AEBELO THOR",
            "Zoë 李|60|ZOE",
    })
    void free_text_becomes_safe_upper_case_x12_data(String text, int max, String expected) {
        assertThat(X12Text.clean(text, max)).isEqualTo(expected);
    }
}
