package dev.cleanclaim.app.web.page;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SaveConflictTest {

    private static final Map<String, List<String>> THEIRS = Map.of("address.city", List.of("Salem"),
            "address.line1", List.of("10 SE Main St"), "services[0].regions", List.of("lumbar", "cervical"));

    @Test
    void only_fields_whose_saved_value_differs_from_what_was_typed_are_in_conflict() {
        Map<String, List<String>> typed = Map.of("address.city", List.of("Portland"), "address.line1", List.of("10 SE Main St"),
                "services[0].regions", List.of("cervical", "lumbar"), "_csrf", List.of("t"));

        SaveConflict conflict = SaveConflict.between(THEIRS, typed, name -> true);

        assertThat(conflict.fields()).containsExactly(new SaveConflict.Field("address.city", "Address city", "Salem", "Portland"));
    }

    @Test
    void saving_again_without_a_choice_for_every_field_in_conflict_resolves_nothing() {
        Map<String, List<String>> posted = Map.of("address.city", List.of("Portland"), "address.line1", List.of("1 New St"),
                SaveConflict.CONFLICTED, List.of("address.city", "address.line1"), "_keep.address.city", List.of("theirs"));

        assertThat(SaveConflict.resolve(posted, THEIRS)).isEmpty();
    }

    @Test
    void a_choice_per_field_takes_theirs_where_chosen_and_keeps_mine_elsewhere() {
        Map<String, List<String>> posted = Map.of("address.city", List.of("Portland"), "address.line1", List.of("1 New St"),
                SaveConflict.CONFLICTED, List.of("address.city", "address.line1"),
                "_keep.address.city", List.of("theirs"), "_keep.address.line1", List.of("mine"));

        assertThat(SaveConflict.resolve(posted, THEIRS)).hasValue(Map.of("address.city", List.of("Salem"),
                "address.line1", List.of("1 New St")));
    }

    @Test
    void one_choice_for_the_whole_form_answers_every_field() {
        Map<String, List<String>> posted = Map.of("address.city", List.of("Portland"), "address.line1", List.of("1 New St"),
                SaveConflict.CONFLICTED, List.of("address.city", "address.line1"), SaveConflict.KEEP_ALL, List.of("theirs"));

        assertThat(SaveConflict.resolve(posted, THEIRS)).hasValue(Map.of("address.city", List.of("Salem"),
                "address.line1", List.of("10 SE Main St")));
    }

    @Test
    void a_conflict_shown_again_keeps_the_choices_ticked_for_its_fields_and_only_those() {
        Map<String, List<String>> posted = Map.of("address.city", List.of("Portland"), "address.line1", List.of("1 New St"),
                SaveConflict.CONFLICTED, List.of("address.city", "address.line1"),
                "_keep.address.city", List.of("theirs"), "_keep.address.zip", List.of("mine"),
                "_keep.address.line1", List.of("neither"));

        SaveConflict again = SaveConflict.between(THEIRS, posted, name -> true).withChoicesFrom(posted);

        SaveConflict.Field city = again.fields().get(0);
        SaveConflict.Field line1 = again.fields().get(1);
        assertThat(again.chose(city, SaveConflict.THEIRS)).isTrue();
        assertThat(again.chose(city, SaveConflict.MINE)).isFalse();
        assertThat(again.chose(line1, SaveConflict.MINE)).as("not a choice the form offers").isFalse();
        assertThat(again.chose(line1, SaveConflict.THEIRS)).isFalse();
        assertThat(again.choices()).as("a field no longer in conflict keeps no choice").containsOnlyKeys("address.city");
    }

    @Test
    void row_fields_read_as_a_person_counts_them() {
        assertThat(SaveConflict.label("services[0].minutes")).isEqualTo("Service 1 minutes");
        assertThat(SaveConflict.label("diagnoses[2].code")).isEqualTo("Diagnosis 3 code");
        assertThat(SaveConflict.label("address.line1")).isEqualTo("Address line 1");
    }
}
