package dev.cleanclaim.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CodeCommandTest {

    static final String CONTRACT_EXAMPLE = """
            {
              "dateOfService": "2026-03-02",
              "payer": "medicare",
              "provider": {"type": "LMT", "npi": "1234567893", "employedBy": "DC"},
              "diagnoses": [{"code": "M62.830", "regions": ["lumbar"]}],
              "services": [
                {"code": "97140", "minutes": 12, "regions": ["left-shoulder"], "technique": "joint mobilization", "modifiers": ["XS"]},
                {"technique": "effleurage", "minutes": 23, "regions": ["lumbar"]},
                {"code": "98941", "regions": ["cervical", "thoracic", "lumbar"]}
              ],
              "documentation": {"referral": true, "clinicalRationale": true, "medicalNecessity": ["tight-muscles"], "activeTreatment": true}
            }
            """;

    @TempDir
    Path folder;

    @Test
    void theContractExampleCodesIntoAClaimDraft() throws IOException {
        Cli.Run run = Cli.run("code", write("visit.json", CONTRACT_EXAMPLE).toString());

        assertThat(run.exitCode()).isZero();
        JsonNode claim = new ObjectMapper().readTree(run.out());
        assertThat(claim.get("dateOfService").asText()).isEqualTo("2026-03-02");
        assertThat(claim.get("payer").asText()).isEqualTo("medicare");
        assertThat(claim.get("unitMethod").asText()).isEqualTo("medicare");
        assertThat(claim.get("totalTimedMinutes").asInt()).isEqualTo(35);
        assertThat(claim.get("totalTimedUnits").asInt()).isEqualTo(2);
        JsonNode first = claim.get("lines").get(0);
        assertThat(first.get("code").asText()).isEqualTo("97140");
        assertThat(first.get("modifiers").get(0).asText()).isEqualTo("XS");
        assertThat(first.get("units").asInt()).isEqualTo(1);
        assertThat(first.get("minutes").asInt()).isEqualTo(12);
        assertThat(first.get("diagnosisPointers").isArray()).isTrue();
        assertThat(first.get("charge").asText()).isEqualTo("26.96");
        assertThat(claim.get("lines").get(1).get("code").asText()).isEqualTo("97124");
        assertThat(claim.get("lines").get(2).has("minutes")).isFalse();
        assertThat(claim.get("findings").get(0).get("rule").asText()).isEqualTo("code.technique");
        assertThat(claim.get("findings").get(0).get("severity").asText()).isEqualTo("info");
        assertThat(claim.get("ruleDataVersion").asText()).startsWith("builtin-");
        assertThat(run.err()).contains("0 error(s)");
    }

    @Test
    void aClaimWithErrorFindingsExitsWith1AndStillPrintsTheClaim() throws IOException {
        String visit = CONTRACT_EXAMPLE.replace("{\"technique\": \"effleurage\"", "{\"code\": \"97124\", \"technique\": \"myofascial release\"");
        Cli.Run run = Cli.run("code", write("visit.json", visit).toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode finding = new ObjectMapper().readTree(run.out()).get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("code.technique");
        assertThat(finding.get("severity").asText()).isEqualTo("error");
        assertThat(finding.get("codes").get(0).asText()).isEqualTo("97124");
        assertThat(finding.get("fix").asText()).contains("97140");
        assertThat(run.err()).contains("1 error(s)");
    }

    static Stream<Arguments> badVisits() {
        return Stream.of(
                bad("a date that is not a calendar date", "\"2026-03-02\"", "\"2026-02-30\"",
                        "$.dateOfService: expected a real calendar date YYYY-MM-DD, got \"2026-02-30\""),
                bad("a date in another format", "\"2026-03-02\"", "\"03/02/2026\"", "$.dateOfService: expected a real calendar date"),
                bad("a missing date", "\"dateOfService\": \"2026-03-02\",", "", "$.dateOfService: missing; expected a date YYYY-MM-DD"),
                bad("a date in the future", "\"2026-03-02\"", "\"2027-01-04\"", "$.dateOfService: date of service 2027-01-04 is in the future"),
                bad("negative minutes", "\"minutes\": 12", "\"minutes\": -5",
                        "$.services[0].minutes: expected whole minutes of one-on-one time from 0 to 1440, got -5"),
                bad("minutes over 24 hours", "\"minutes\": 12", "\"minutes\": 1500", "$.services[0].minutes: expected whole minutes"),
                bad("fractional minutes", "\"minutes\": 12", "\"minutes\": 12.5", "$.services[0].minutes: expected whole minutes"),
                bad("minutes as text", "\"minutes\": 12", "\"minutes\": \"12\"", "$.services[0].minutes: expected whole minutes"),
                bad("a day of more than 24 hours", "\"minutes\": 23", "\"minutes\": 1430", "$.services: the services add up to 1442 minutes"),
                bad("an unknown region", "[\"left-shoulder\"]", "[\"left-sholder\"]",
                        "$.services[0].regions[0]: unknown region \"left-sholder\"; expected one of cervical"),
                bad("an unknown diagnosis region", "\"regions\": [\"lumbar\"]}]", "\"regions\": [\"spine\"]}]",
                        "$.diagnoses[0].regions[0]: unknown region \"spine\""),
                bad("an unknown payer", "\"medicare\"", "\"aetna\"",
                        "$.payer: unknown payer \"aetna\"; expected one of medicare, medicare-advantage, medicaid, bcbs, bcbs-massage-exclusion, uhc, tricare, commercial, self-pay"),
                bad("an unknown provider type", "\"type\": \"LMT\"", "\"type\": \"RN\"",
                        "$.provider.type: unknown provider type \"RN\"; expected one of LMT, PT, PTA, OT, OTA, DC, MD, DO"),
                bad("a missing provider", "\"provider\": {\"type\": \"LMT\", \"npi\": \"1234567893\", \"employedBy\": \"DC\"},", "",
                        "$.provider: expected an object, got nothing"),
                bad("an NPI with a wrong check digit", "1234567893", "1234567890", "$.provider.npi: \"1234567890\" is not a valid NPI"),
                bad("an ICD-10-PCS code given as a diagnosis", "\"M62.830\"", "\"8E0KX1Z\"",
                        "$.diagnoses[0].code: \"8E0KX1Z\" is an ICD-10-PCS procedure code (inpatient hospital procedures), not a diagnosis"),
                bad("a diagnosis that is not ICD-10-CM syntax", "\"M62.830\"", "\"back pain\"",
                        "$.diagnoses[0].code: \"back pain\" is not ICD-10-CM syntax"),
                bad("no diagnoses", "[{\"code\": \"M62.830\", \"regions\": [\"lumbar\"]}]", "[]",
                        "$.diagnoses: missing or empty; expected at least one ICD-10-CM diagnosis"),
                bad("a service with neither code nor technique", "{\"code\": \"98941\", ", "{",
                        "$.services[2]: a service needs a \"code\""),
                bad("a misspelt field", "\"modifiers\"", "\"modifers\"", "$.services[0].modifers: unknown field; expected one of"),
                bad("a modifier that is not two characters", "[\"XS\"]", "[\"XSS\"]",
                        "$.services[0].modifiers[0]: expected a two-character modifier"),
                bad("a code given as a number", "\"code\": \"97140\"", "\"code\": 97140",
                        "$.services[0].code: expected a CPT/HCPCS code as a string, e.g. \"97140\", got 97140"),
                bad("a documentation flag that is not a boolean", "\"referral\": true", "\"referral\": \"yes\"",
                        "$.documentation.referral: expected true or false, got \"yes\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badVisits")
    void badInputExitsWith2NamingTheFileThePathAndWhatWasExpected(String what, String visit, String expected) throws IOException {
        Path file = write("bad-visit.json", visit);

        Cli.Run run = Cli.run("code", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(file + ": " + expected).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void noServicesIsBadInput() throws IOException {
        String visit = "{\"dateOfService\": \"2026-03-02\", \"payer\": \"medicare\", \"provider\": {\"type\": \"PT\"},"
                + " \"diagnoses\": [{\"code\": \"M62.830\"}], \"services\": []}";

        Cli.Run run = Cli.run("code", write("empty.json", visit).toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("$.services: missing or empty; expected at least one service");
    }

    @Test
    void everyProblemInAFileIsReportedAtOnce() throws IOException {
        String visit = CONTRACT_EXAMPLE.replace("\"2026-03-02\"", "\"2026-13-01\"").replace("\"medicare\"", "\"aetna\"")
                .replace("\"minutes\": 12", "\"minutes\": -1");

        Cli.Run run = Cli.run("code", write("visit.json", visit).toString());

        assertThat(run.err().lines()).hasSize(3);
    }

    @Test
    void invalidJsonNamesTheLineAndColumn() throws IOException {
        Cli.Run run = Cli.run("code", write("broken.json", "{\n  \"dateOfService\": \"2026-03-02\",\n  \"payer\" \"medicare\"\n}").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("broken.json: line 3, column").contains("not valid JSON");
    }

    @Test
    void aMissingFileIsNamed() {
        Cli.Run run = Cli.run("code", folder.resolve("nowhere.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere.json: file: no such file");
    }

    @Test
    void anEmptyFileIsBadInput() throws IOException {
        Cli.Run run = Cli.run("code", write("empty.json", "").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("empty.json: $: the file is empty");
    }

    private static Arguments bad(String what, String replace, String with, String expected) {
        if (!CONTRACT_EXAMPLE.contains(replace)) {
            throw new IllegalArgumentException("the example has no " + replace);
        }
        return Arguments.of(what, CONTRACT_EXAMPLE.replaceFirst(java.util.regex.Pattern.quote(replace),
                java.util.regex.Matcher.quoteReplacement(with)), expected);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }
}
