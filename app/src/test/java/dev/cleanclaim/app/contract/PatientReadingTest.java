package dev.cleanclaim.app.contract;

import dev.cleanclaim.app.cli.CodeCommandTestAccess;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.patient.Sex;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.visit.Visit;
import dev.cleanclaim.rules.BuiltInRuleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The optional "patient" block of the visit contract: who was treated and the insurance billed. */
class PatientReadingTest {

    private static final RuleData RULES = BuiltInRuleData.load();
    private static final String PATIENT = """
            "patient": {"firstName": "Ana", "lastName": "Lopez", "birthDate": "1961-04-09", "sex": "F",
              "address": {"line1": "55 NE Alberta St", "city": "Portland", "state": "OR", "zip": "97211"},
              "accountNumber": "P-1001",
              "insurance": {"memberId": "XEH123456789", "groupNumber": "G-77", "relationship": "spouse",
                "subscriber": {"firstName": "Luis", "lastName": "Lopez", "birthDate": "1958-11-30", "sex": "M",
                  "address": {"line1": "55 NE Alberta St", "city": "Portland", "state": "OR", "zip": "97211"}}}},
            """;

    @Test
    void aVisitWithoutAPatientStillScrubs() {
        assertThat(read(CodeCommandTestAccess.contractExample()).patient()).isEmpty();
    }

    @Test
    void thePatientAndTheSubscriberAreRead() {
        Visit visit = read(withPatient(PATIENT));

        assertThat(visit.patient()).hasValueSatisfying(patient -> {
            assertThat(patient.person().lastName()).isEqualTo("Lopez");
            assertThat(patient.person().sex()).isEqualTo(Sex.F);
            assertThat(patient.accountNumber()).isEqualTo("P-1001");
            assertThat(patient.relationship()).isEqualTo(Relationship.SPOUSE);
            assertThat(patient.subscriber()).hasValueSatisfying(subscriber ->
                    assertThat(subscriber.birthDate()).isEqualTo(LocalDate.of(1958, 11, 30)));
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a birth date in the future | 1961-04-09 | 2030-04-09 | $.patient.birthDate: birth date 2030-04-09 is not a living person's",
            "an unknown sex | \"sex\": \"F\" | \"sex\": \"X\" | $.patient.sex: expected F, M or U, got \"X\"",
            "an unknown relationship | spouse | cousin | $.patient.insurance.relationship: expected self, spouse, child or other",
            "a bad state | \"state\": \"OR\" | \"state\": \"XX\" | $.patient.address.state: unknown state \"XX\"",
            "an account number with spaces | P-1001 | P 1001 | $.patient.accountNumber: expected letters, digits or hyphens"})
    void badPatientDataIsRefusedWithItsPath(String what, String replace, String with, String expected) {
        String visit = withPatient(PATIENT.replaceFirst(java.util.regex.Pattern.quote(replace), with));

        assertThatThrownBy(() -> read(visit)).isInstanceOfSatisfying(InputException.class, refused ->
                assertThat(refused.lines()).anySatisfy(line -> assertThat(line).contains("visit.json: " + expected)));
    }

    @Test
    void theReferringPhysicianIsReadWithTheReferralNumber() {
        String referred = PATIENT.replace("\"accountNumber\": \"P-1001\",",
                "\"accountNumber\": \"P-1001\", \"referredBy\": {\"firstName\": \"Ruth\", \"lastName\": \"Adams\","
                        + " \"npi\": \"1564738296\", \"referralNumber\": \"RF-9\"},");

        assertThat(read(withPatient(referred)).patient().orElseThrow().referredBy()).hasValueSatisfying(referrer -> {
            assertThat(referrer.lastName()).isEqualTo("Adams");
            assertThat(referrer.npi()).isEqualTo("1564738296");
            assertThat(referrer.referralNumber()).contains("RF-9");
        });
    }

    @Test
    void aReferringPhysicianWithABadNpiIsRefusedWithItsPath() {
        String referred = PATIENT.replace("\"accountNumber\": \"P-1001\",",
                "\"accountNumber\": \"P-1001\", \"referredBy\": {\"firstName\": \"Ruth\", \"lastName\": \"Adams\","
                        + " \"npi\": \"1564738297\"},");

        assertThatThrownBy(() -> read(withPatient(referred))).isInstanceOfSatisfying(InputException.class, refused ->
                assertThat(refused.lines()).anySatisfy(line -> assertThat(line).contains("$.patient.referredBy.npi")));
    }

    @Test
    void aDependentWithoutTheSubscriberIsRefused() {
        String patient = PATIENT.substring(0, PATIENT.indexOf(",\n    \"subscriber\"")) + "}},\n";

        assertThatThrownBy(() -> read(withPatient(patient))).isInstanceOfSatisfying(InputException.class, refused ->
                assertThat(refused.lines()).anySatisfy(line -> assertThat(line).contains("$.patient.insurance.subscriber: missing")));
    }

    private static String withPatient(String patient) {
        return CodeCommandTestAccess.contractExample().replaceFirst("\\{\n", java.util.regex.Matcher.quoteReplacement("{\n" + patient));
    }

    private static Visit read(String text) {
        return new VisitReader(RULES, LocalDate.of(2026, 11, 23)).read("visit.json", text);
    }
}
