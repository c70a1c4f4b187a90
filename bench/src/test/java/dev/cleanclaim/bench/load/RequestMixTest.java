package dev.cleanclaim.bench.load;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestMixTest {

    @Test
    void the_default_mix_sends_three_scrubs_for_every_claim_list() {
        RequestMix mix = RequestMix.parse(RequestMix.DEFAULT);

        assertThat(kinds(mix, 8)).containsExactly(RequestKind.SCRUB, RequestKind.SCRUB, RequestKind.SCRUB, RequestKind.CLAIMS,
                RequestKind.SCRUB, RequestKind.SCRUB, RequestKind.SCRUB, RequestKind.CLAIMS);
    }

    @Test
    void any_run_of_whole_cycles_has_exactly_the_proportions_asked_for() {
        RequestMix mix = RequestMix.parse("scrub=5,claims=2,health=1");

        List<RequestKind> kinds = kinds(mix, 800);

        assertThat(kinds).filteredOn(kind -> kind == RequestKind.SCRUB).hasSize(500);
        assertThat(kinds).filteredOn(kind -> kind == RequestKind.CLAIMS).hasSize(200);
        assertThat(kinds).filteredOn(kind -> kind == RequestKind.HEALTH).hasSize(100);
    }

    @Test
    void a_kind_without_a_weight_counts_once_and_spaces_and_case_do_not_matter() {
        RequestMix mix = RequestMix.parse(" Scrub , health = 2");

        assertThat(mix.kinds()).containsExactly(RequestKind.SCRUB, RequestKind.HEALTH);
        assertThat(kinds(mix, 3)).containsExactly(RequestKind.SCRUB, RequestKind.HEALTH, RequestKind.HEALTH);
        assertThat(mix).hasToString("scrub=1,health=2");
    }

    @Test
    void a_mix_prints_as_it_parses() {
        assertThat(RequestMix.parse(RequestMix.parse("claims=4,scrub=1").toString()))
                .isEqualTo(RequestMix.parse("claims=4,scrub=1"));
    }

    @Test
    void an_unknown_kind_is_refused_naming_the_kinds_there_are() {
        assertThatThrownBy(() -> RequestMix.parse("scrub=1,patients=2"))
                .hasMessage("'patients' is not a request kind; the kinds are scrub, claims, health");
    }

    @Test
    void a_kind_named_twice_is_refused() {
        assertThatThrownBy(() -> RequestMix.parse("scrub=1,scrub=2")).hasMessage("scrub appears twice in the mix");
    }

    @Test
    void a_weight_that_is_not_a_positive_whole_number_is_refused_saying_what_is_allowed() {
        for (String mix : List.of("scrub=0", "scrub=-1", "scrub=1.5", "scrub=", "scrub=1=2", "scrub=1001")) {
            assertThatThrownBy(() -> RequestMix.parse(mix)).as(mix)
                    .hasMessageStartingWith("the weight of scrub must be a whole number from 1 to 1000");
        }
    }

    @Test
    void an_empty_mix_or_an_empty_entry_is_refused() {
        assertThatThrownBy(() -> RequestMix.parse("")).hasMessageContaining("is not a request kind");
        assertThatThrownBy(() -> RequestMix.parse("scrub=1,")).hasMessageContaining("is not a request kind");
    }

    private static List<RequestKind> kinds(RequestMix mix, int count) {
        return LongStream.range(0, count).mapToObj(mix::kindOf).toList();
    }
}
