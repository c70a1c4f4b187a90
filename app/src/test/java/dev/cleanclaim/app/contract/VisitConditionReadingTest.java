package dev.cleanclaim.app.contract;

import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.visit.Accident;
import dev.cleanclaim.core.visit.Circumstances;
import dev.cleanclaim.core.visit.RelatedCause;
import dev.cleanclaim.core.visit.Visit;
import dev.cleanclaim.rules.BuiltInRuleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The visit's condition object: how the condition came about and its dates, or a refusal naming the field. */
class VisitConditionReadingTest {

    private static final RuleData RULES = BuiltInRuleData.load();

    @Test
    void an_auto_accident_at_work_is_read_with_its_state_and_every_date() {
        Visit visit = read("""
                {"employment": true, "accident": "auto", "accidentState": "NY", "accidentDate": "2026-02-20",
                 "onsetDate": "2026-02-21", "initialTreatmentDate": "2026-02-23", "lastXrayDate": "2026-02-24"}""");

        assertThat(visit.circumstances()).isEqualTo(new Circumstances(true,
                Optional.of(new Accident.Auto("NY", LocalDate.of(2026, 2, 20))), Optional.of(LocalDate.of(2026, 2, 21)),
                Optional.of(LocalDate.of(2026, 2, 23)), Optional.of(LocalDate.of(2026, 2, 24))));
        assertThat(visit.circumstances().causes()).containsExactly(RelatedCause.EMPLOYMENT, RelatedCause.AUTO_ACCIDENT);
    }

    @Test
    void another_accident_needs_no_state() {
        Visit visit = read("""
                {"accident": "other", "accidentDate": "2026-03-02"}""");

        assertThat(visit.circumstances().accident()).contains(new Accident.Other(LocalDate.of(2026, 3, 2)));
        assertThat(visit.circumstances().autoAccidentState()).isEmpty();
    }

    @Test
    void a_visit_without_a_condition_is_related_to_nothing() {
        assertThat(read(null).circumstances()).isEqualTo(Circumstances.NONE);
        assertThat(read("{}").circumstances()).isEqualTo(Circumstances.NONE);
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"accident\": \"auto\", \"accidentDate\": \"2026-02-20\"}|$.condition.accidentState|missing; expected the two-letter USPS code",
            "{\"accident\": \"auto\", \"accidentState\": \"XX\", \"accidentDate\": \"2026-02-20\"}|$.condition.accidentState|unknown state \"XX\"",
            "{\"accident\": \"other\", \"accidentState\": \"NY\", \"accidentDate\": \"2026-02-20\"}|$.condition.accidentState|only an auto accident has a state",
            "{\"accident\": \"auto\", \"accidentState\": \"NY\"}|$.condition.accidentDate|missing; an accident needs its date",
            "{\"accidentDate\": \"2026-02-20\"}|$.condition.accidentDate|an accident date without an accident",
            "{\"accident\": \"bike\", \"accidentDate\": \"2026-02-20\"}|$.condition.accident|unknown accident \"bike\"",
            "{\"accident\": \"other\", \"accidentDate\": \"2026-03-03\"}|$.condition.accidentDate|the accident's date 2026-03-03 is after the date of service 2026-03-02",
            "{\"onsetDate\": \"2026-03-05\"}|$.condition.onsetDate|is after the date of service 2026-03-02",
            "{\"initialTreatmentDate\": \"2026-04-01\"}|$.condition.initialTreatmentDate|is after the date of service",
            "{\"lastXrayDate\": \"2026-02-30\"}|$.condition.lastXrayDate|expected a real calendar date",
            "{\"onsetDate\": \"1826-02-03\"}|$.condition.onsetDate|is before 1900-01-01; check the year",
            "{\"employment\": \"yes\"}|$.condition.employment|expected true or false",
            "{\"injury\": true}|$.condition.injury|unknown field",
            "[]|$.condition|expected an object",
    })
    void a_bad_condition_is_refused_naming_the_field(String condition, String path, String message) {
        assertThatThrownBy(() -> read(condition)).isInstanceOfSatisfying(InputException.class, refused ->
                assertThat(refused.problems()).anySatisfy(problem -> {
                    assertThat(problem.path()).isEqualTo(path);
                    assertThat(problem.message()).contains(message);
                }));
    }

    @Test
    void every_problem_of_a_condition_is_named_at_once() {
        assertThatThrownBy(() -> read("""
                {"accident": "auto", "onsetDate": "2026-03-09", "lastXrayDate": "soon"}"""))
                .isInstanceOfSatisfying(InputException.class, refused -> assertThat(refused.problems())
                        .extracting(InputProblem::path).containsExactlyInAnyOrder("$.condition.accidentState",
                                "$.condition.accidentDate", "$.condition.onsetDate", "$.condition.lastXrayDate"));
    }

    @Test
    void an_unknown_kind_of_accident_is_named_once_beside_the_other_problems_of_the_condition() {
        assertThatThrownBy(() -> read("""
                {"accident": "bike", "accidentState": "NY", "accidentDate": "2026-02-20", "onsetDate": "2026-03-05"}"""))
                .isInstanceOfSatisfying(InputException.class, refused -> assertThat(refused.problems())
                        .extracting(InputProblem::path).containsExactly("$.condition.accident", "$.condition.onsetDate"));
    }

    private static Visit read(String condition) {
        String text = """
                {"dateOfService": "2026-03-02", "payer": "commercial", "provider": {"type": "DC"},
                 "diagnoses": [{"code": "M99.03", "regions": ["lumbar"]}],
                 "services": [{"code": "98940", "regions": ["lumbar"]}]%s}"""
                .formatted(condition == null ? "" : ", \"condition\": " + condition);
        return new VisitReader(RULES, LocalDate.of(2026, 11, 23)).read("visit.json", text);
    }
}
