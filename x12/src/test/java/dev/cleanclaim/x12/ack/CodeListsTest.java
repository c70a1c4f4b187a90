package dev.cleanclaim.x12.ack;

import dev.cleanclaim.core.ack.ClaimAckOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every shipped code list parses: no code twice, every line with words. */
class CodeListsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "claim-status-categories.tsv, 3, 50",
            "claim-status-codes.tsv, 2, 650",
            "entity-identifiers.tsv, 2, 30",
            "segment-syntax-errors.tsv, 2, 13",
            "element-syntax-errors.tsv, 2, 18",
            "transaction-syntax-errors.tsv, 2, 25",
            "group-syntax-errors.tsv, 2, 20",
    })
    void every_code_list_parses_with_words_for_every_code_and_no_code_twice(String resource, int columns, int atLeast) {
        CodeList list = CodeList.load(resource, columns);

        assertThat(list.size()).isGreaterThanOrEqualTo(atLeast);
    }

    @Test
    void every_category_says_an_outcome_cleanclaim_knows() {
        CodeList categories = CodeList.CATEGORIES;
        for (String code : new String[] {"A1", "A2", "A5"}) {
            assertThat(categories.column(code, 1)).contains(ClaimAckOutcome.ACCEPTED.name());
        }
        for (String code : new String[] {"A3", "A4", "A6", "A7", "A8"}) {
            assertThat(categories.column(code, 1)).contains(ClaimAckOutcome.REJECTED.name());
        }
        String outcomes = Arrays.toString(ClaimAckOutcome.values());
        String text = AckFixtures.text("/dev/cleanclaim/x12/ack/claim-status-categories.tsv");
        text.lines().filter(line -> !line.startsWith("#")).map(line -> line.split("\t")[0])
                .forEach(code -> assertThat(outcomes).contains(categories.column(code, 1).orElseThrow()));
    }

    @Test
    void a_broken_list_is_refused_naming_the_line() {
        assertThatThrownBy(() -> CodeList.parse("x.tsv", "# comment\n1\tOne\n1\tAgain\n", 2))
                .hasMessage("x.tsv line 3: code 1 listed twice");
        assertThatThrownBy(() -> CodeList.parse("x.tsv", "1\t\n", 2))
                .hasMessage("x.tsv line 1: expected 2 tab-separated columns, none empty: 1\t");
    }

    @Test
    void a_code_the_list_does_not_hold_reads_as_such() {
        assertThat(CodeList.STATUSES.words("XYZ")).isEqualTo("code XYZ (not in cleanclaim's list)");
        assertThat(CodeList.STATUSES.words("164")).isEqualTo("Entity's contract/member number");
    }
}
