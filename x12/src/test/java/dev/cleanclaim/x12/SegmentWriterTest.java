package dev.cleanclaim.x12;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SegmentWriterTest {

    @Test
    void trailing_empty_elements_and_components_are_dropped_and_inner_ones_kept() {
        SegmentWriter out = new SegmentWriter();
        out.segment("SV1", new String[]{"HC", "97140", "GP", "", ""}, "55.00", "UN", "1", "", "", new String[]{"1", "", ""},
                "", null);
        out.segment("NM1", "41", "2", "CLEARINGHOUSE", "", "", "", "", "46", "X1");

        assertThat(new String(out.bytes(), StandardCharsets.US_ASCII)).isEqualTo(
                "SV1*HC:97140:GP*55.00*UN*1***1~\nNM1*41*2*CLEARINGHOUSE*****46*X1~\n");
    }

    @Test
    void segments_are_counted_from_the_start_of_a_transaction() {
        SegmentWriter out = new SegmentWriter();
        out.segment("GS", "HC");
        out.startTransaction();
        out.segment("ST", "837", "0001");
        out.segment("BHT", "0019");

        assertThat(out.segmentsInTransaction()).isEqualTo(2);
    }

    @ParameterizedTest(name = "a value holding \"{0}\" is refused")
    @ValueSource(strings = {"AB*12", "AB:12", "AB~12", "AB^12", "AB\n12", "ŁUKASZ"})
    void a_value_holding_a_delimiter_or_a_character_outside_x12_is_refused_naming_the_segment_and_element(String value) {
        SegmentWriter out = new SegmentWriter();

        assertThatThrownBy(() -> out.segment("NM1", "IL", "1", "DOE", "JANE", "", "", "", "MI", value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("NM109: \"" + value + "\" holds");
    }

    @Test
    void a_component_holding_a_delimiter_is_refused_with_its_element() {
        SegmentWriter out = new SegmentWriter();

        assertThatThrownBy(() -> out.segment("SV1", (Object) new String[]{"HC", "97*140"}))
                .hasMessageStartingWith("SV101: \"97*140\" holds '*'");
    }
}
