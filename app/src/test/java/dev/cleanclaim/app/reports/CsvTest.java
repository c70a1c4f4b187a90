package dev.cleanclaim.app.reports;

import dev.cleanclaim.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CSV as RFC 4180 writes it, read back the same by any spreadsheet. */
class CsvTest {

    @Test
    void the_header_comes_first_and_every_line_ends_in_crlf() {
        CsvTable table = new CsvTable(List.of("code", "paid"), List.of(List.of("97110", Money.parse("60"))));

        assertThat(table.write()).isEqualTo("code,paid\r\n97110,60.00\r\n");
    }

    @Test
    void a_field_with_a_comma_a_quote_or_a_line_break_is_quoted_with_its_quotes_doubled() {
        CsvTable table = new CsvTable(List.of("payer", "message"), List.of(
                List.of("Blue Cross, Blue Shield", "the \"KX\" modifier"),
                List.of("line\nbreak", "carriage\rreturn")));

        assertThat(table.write()).isEqualTo("payer,message\r\n"
                + "\"Blue Cross, Blue Shield\",\"the \"\"KX\"\" modifier\"\r\n"
                + "\"line\nbreak\",\"carriage\rreturn\"\r\n");
    }

    @Test
    void money_is_a_plain_decimal_with_two_places_and_numbers_dates_and_flags_are_written_plainly() {
        CsvTable table = new CsvTable(List.of("a", "b", "c", "d", "e", "f", "g"), List.of(List.of(Money.parse("1234567.5"),
                new Money(-1250), Money.ZERO, new BigDecimal("66.7"), 42L, LocalDate.of(2026, 11, 23), true)));

        assertThat(table.write()).endsWith("\r\n1234567.50,-12.50,0.00,66.7,42,2026-11-23,yes\r\n");
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_kept_as_text_but_a_negative_amount_stays_a_number() {
        CsvTable table = new CsvTable(List.of("name", "amount"), List.of(
                List.of("=HYPERLINK(\"http://x\")", new Money(-500)), List.of("+1", Money.ZERO), List.of("@SUM(A1)", Money.ZERO),
                List.of("-2", Money.ZERO)));

        assertThat(table.write().split("\r\n")).containsExactly("name,amount", "\"'=HYPERLINK(\"\"http://x\"\")\",-5.00",
                "'+1,0.00", "'@SUM(A1),0.00", "'-2,0.00");
    }

    @Test
    void a_row_with_more_or_fewer_cells_than_the_header_is_refused() {
        assertThatThrownBy(() -> new CsvTable(List.of("a", "b"), List.of(List.of("only one"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells for 2 columns");
    }
}
