package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleanclaim.core.patient.MedicareSecondaryType;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.rules.BuiltInRuleData;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The REST API's patient resource: the patient block's fields at the root, with payer, therapist and version. */
class PatientResourceReadingTest {

    private static final RuleData RULES = BuiltInRuleData.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PatientResourceReader READER =
            new PatientResourceReader(RULES, LocalDate.of(2026, 11, 23), Set.of(1L, 2L));
    private static final String PATIENT = """
            {"id": 7, "version": 3, "firstName": "Ana", "lastName": "Lopez", "birthDate": "1961-04-09", "sex": "F",
             "address": {"line1": "55 NE Alberta St", "city": "Portland", "state": "OR", "zip": "97211"},
             "accountNumber": "P-1001", "payer": "BCBS",
             "insurance": {"memberId": "XEH123456789", "relationship": "self"},
             "therapist": {"id": 2, "firstName": "Sam", "lastName": "Ortiz", "type": "LMT", "npi": "1295723567"}}""";

    @Test
    void aPatientAsTheApiShowsItIsReadBackWithItsPayerTherapistAndVersion() throws Exception {
        PatientResourceReader.PatientInput input = READER.read("patient", JSON.readTree(PATIENT));

        assertThat(input.patient().person().lastName()).isEqualTo("Lopez");
        assertThat(input.patient().memberId()).contains("XEH123456789");
        assertThat(input.patient().relationship()).isEqualTo(Relationship.SELF);
        assertThat(input.payerId()).contains("bcbs");
        assertThat(input.therapistId()).contains(2L);
        assertThat(input.version()).hasValue(3);
    }

    @Test
    void problemsAreNamedAtTheRootNotUnderPatient() throws Exception {
        JsonNode bad = JSON.readTree(PATIENT.replace("1961-04-09", "2030-01-01").replace("\"id\": 2", "\"id\": 9")
                .replace("\"BCBS\"", "\"acme\""));

        assertThatThrownBy(() -> READER.read("patient", bad)).isInstanceOfSatisfying(InputException.class, refused ->
                assertThat(refused.problems()).extracting(InputProblem::path)
                        .containsExactlyInAnyOrder("$.birthDate", "$.payer", "$.therapist.id"));
    }

    @Test
    void aMemberIdOrGroupNumberAn837CannotCarryIsRefusedNotRewritten() throws Exception {
        JsonNode bad = JSON.readTree(PATIENT.replace("XEH123456789", "EXC*600~6:^X"));

        assertThatThrownBy(() -> READER.read("patient", bad)).isInstanceOfSatisfying(InputException.class, refused ->
                assertThat(refused.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.path()).isEqualTo("$.insurance.memberId");
                    assertThat(problem.message()).contains("'*'").contains("837P cannot carry");
                }));
    }

    @Test
    void insuranceWithoutAPayerAndAReferralOnThePatientAreRefused() throws Exception {
        JsonNode bad = JSON.readTree(PATIENT.replace("\"payer\": \"BCBS\",", "").replace("\"therapist\"",
                "\"referredBy\": {\"firstName\": \"Ruth\", \"lastName\": \"Adams\", \"npi\": \"1564738296\"}, \"therapist\""));

        assertThatThrownBy(() -> READER.read("patient", bad)).isInstanceOfSatisfying(InputException.class, refused ->
                assertThat(refused.problems()).extracting(InputProblem::path).containsExactlyInAnyOrder("$.payer", "$.referredBy"));
    }

    @Test
    void aSecondPolicyIsReadWithItsPayerMemberIdAndSubscriber() throws Exception {
        JsonNode body = JSON.readTree(PATIENT.replace("\"therapist\"", """
                "secondaryInsurance": {"payer": "Medicare", "memberId": "1EG4TE5MK73", "relationship": "child",
                 "subscriber": {"firstName": "Rosa", "lastName": "Lopez", "birthDate": "1940-01-02", "sex": "F",
                  "address": {"line1": "55 NE Alberta St", "city": "Portland", "state": "OR", "zip": "97211"}}},
                "therapist\""""));

        PatientResourceReader.PatientInput input = READER.read("patient", body);

        assertThat(input.secondary()).hasValueSatisfying(secondary -> {
            assertThat(secondary.payerId()).isEqualTo("medicare");
            assertThat(secondary.memberId()).isEqualTo("1EG4TE5MK73");
            assertThat(secondary.relationship()).isEqualTo(Relationship.CHILD);
            assertThat(secondary.subscriber()).hasValueSatisfying(rosa -> assertThat(rosa.firstName()).isEqualTo("Rosa"));
        });
        assertThat(READER.read("patient", JSON.readTree(PATIENT)).secondary()).isEmpty();
    }

    @Test
    void aSecondPolicyWithTheSelfPayPackOrAChildWithoutTheSubscriberIsRefusedFieldByField() throws Exception {
        JsonNode bad = JSON.readTree(PATIENT.replace("\"therapist\"", """
                "secondaryInsurance": {"payer": "self-pay", "memberId": "S1", "relationship": "child", "nickname": "x"},
                "therapist\""""));

        assertThatThrownBy(() -> READER.read("patient", bad)).isInstanceOfSatisfying(InputException.class, refused ->
                assertThat(refused.problems()).extracting(InputProblem::path).containsExactlyInAnyOrder(
                        "$.secondaryInsurance.payer", "$.secondaryInsurance.subscriber", "$.secondaryInsurance.nickname"));
    }

    private static final String WITH_MEDICARE_SECOND = PATIENT.replace("\"therapist\"",
            "\"secondaryInsurance\": {\"payer\": \"medicare\", \"memberId\": \"1EG4TE5MK73\", \"medicareSecondaryPayerType\": \"12\"},"
                    + " \"therapist\"");

    @Test
    void whyMedicarePaysSecondIsReadFromItsCode() throws Exception {
        PatientResourceReader.PatientInput input = READER.read("patient", JSON.readTree(WITH_MEDICARE_SECOND));

        assertThat(input.secondary()).hasValueSatisfying(second ->
                assertThat(second.medicareSecondary()).contains(MedicareSecondaryType.WORKING_AGED));
    }

    @Test
    void aBlankMedicareSecondaryTypeLeavesItToTheClaimAndAnUnknownCodeIsRefused() throws Exception {
        PatientResourceReader.PatientInput blank = READER.read("patient",
                JSON.readTree(WITH_MEDICARE_SECOND.replace("\"12\"", "\"\"")));
        assertThat(blank.secondary()).hasValueSatisfying(second -> assertThat(second.medicareSecondary()).isEmpty());

        assertThatThrownBy(() -> READER.read("patient", JSON.readTree(WITH_MEDICARE_SECOND.replace("\"12\"", "\"99\""))))
                .isInstanceOfSatisfying(InputException.class, refused -> assertThat(refused.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.path()).isEqualTo("$.secondaryInsurance.medicareSecondaryPayerType");
                            assertThat(problem.message()).contains("12 working aged").contains("got \"99\"");
                        }));
    }

    @Test
    void aMedicareSecondaryTypeOnAPolicyThatIsNotMedicareIsRefused() throws Exception {
        JsonNode bad = JSON.readTree(WITH_MEDICARE_SECOND.replace("\"payer\": \"medicare\"", "\"payer\": \"uhc\""));

        assertThatThrownBy(() -> READER.read("patient", bad)).isInstanceOfSatisfying(InputException.class, refused ->
                assertThat(refused.problems()).singleElement().satisfies(problem ->
                        assertThat(problem.message()).contains("not Medicare")));
    }
}
