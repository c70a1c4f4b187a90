package dev.cleanclaim.app.contract;

import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.rules.BuiltInRuleData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PracticeWriterTest {

    private static final RuleData RULES = BuiltInRuleData.load();
    private static final PracticeReader READER = new PracticeReader(RULES);
    private static final PracticeWriter WRITER = new PracticeWriter();

    static final String EVERYTHING = """
            billingProvider:
              name: "Lakeside Physical Therapy & Massage, P.C."
              npi: "1295723567"
              taxId: "123-45-6789"
              ssn: true
              taxonomy: 225100000X
              address: {line1: "40 Lake St", line2: "Suite 2", city: Chicago, state: il, zip: "60601-1234"}
              phone: "(312) 555-0199"
            payTo: {line1: "PO Box 77", city: Chicago, state: IL, zip: "60690"}
            submitter: {name: Lakeside PT, id: "LPT77", contactName: Ana Billing, contactPhone: "312-555-0198"}
            receiver: {name: A Clearinghouse, id: "CH01"}
            placeOfService: "11"
            medicareLocality: "06102-16"
            medicareQualifyingApm: true
            test: true
            providers:
              - {firstName: Lee, lastName: Park, type: PT, npi: "1558598797", taxonomy: 225100000X, license: "IL-PT-1", licenseState: IL}
              - {firstName: Kim, lastName: Moss, type: PTA, npi: "2222222228", taxonomy: 225200000X, supervisor: "1558598797", active: false}
            payers:
              - {id: aetna, name: Aetna, payerId: "60054", pack: commercial, claimFilingIndicator: CI,
                 address: {line1: PO Box 981106, city: El Paso, state: TX, zip: "79998-1106"}, timelyFilingDays: 120,
                 unitMethod: ama, distinctModifier: "59", contracted: {"97140": "38.00", "97110": "41.5"}, source: the Aetna card}
              - {id: medicare-il, name: Medicare Part B Illinois, payerId: "06102", pack: medicare}
            fees: {"97110": "52.00", "97140": "45.00", "97140-52": "30.00"}
            sessionPrices:
              - {code: "97124", minutes: 60, price: "95.00"}
              - {code: "97124", minutes: 90, price: "135.00"}
            """;

    @Test
    void theDemoPracticeReadsBackFromWhatTheWriterWrites() throws IOException {
        PracticeFile demo = READER.readFile(Path.of("..", "examples", "practice.yaml"));

        assertThat(READER.readFile("written.yaml", WRITER.write(demo))).isEqualTo(demo);
    }

    @Test
    void aPracticeWithEveryOptionalFieldReadsBackFromWhatTheWriterWrites() {
        PracticeFile everything = READER.readFile("everything.yaml", EVERYTHING);
        String written = WRITER.write(everything);

        assertThat(READER.readFile("written.yaml", written)).isEqualTo(everything);
        assertThat(written).contains("id: \"aetna\"", "payerId: \"60054\"", "zip: \"60601-1234\"", "\"97140-52\": \"30.00\"");
    }

    @Test
    void writingTwiceGivesTheSameText() {
        PracticeFile everything = READER.readFile("everything.yaml", EVERYTHING);
        String once = WRITER.write(everything);

        assertThat(WRITER.write(READER.readFile("once.yaml", once))).isEqualTo(once);
    }

    @Test
    void aPracticeWithoutClearinghouseOrFeesIsWrittenWithoutThem() {
        String yaml = EVERYTHING.replaceAll("(?m)^(submitter|receiver|fees|sessionPrices):.*\\n", "")
                .replaceAll("(?m)^  - \\{code:.*\\n", "");
        PracticeFile bare = READER.readFile("bare.yaml", yaml);
        String written = WRITER.write(bare);

        assertThat(bare.practice().clearinghouse()).isEmpty();
        assertThat(bare.fees()).isEmpty();
        assertThat(written).doesNotContain("submitter", "receiver", "fees", "sessionPrices");
        assertThat(READER.readFile("written.yaml", written)).isEqualTo(bare);
    }
}
