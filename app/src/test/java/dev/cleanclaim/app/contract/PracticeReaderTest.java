package dev.cleanclaim.app.contract;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.rules.BuiltInRuleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PracticeReaderTest {

    private static final RuleData RULES = BuiltInRuleData.load();
    private static final Path EXAMPLE = Path.of("..", "examples", "practice.yaml");

    @TempDir
    Path folder;

    @Test
    void theExamplePracticeFileReadsWithItsIdentifiersAsWritten() {
        Practice practice = new PracticeReader(RULES).read(EXAMPLE);

        assertThat(practice.billing().npi()).isEqualTo("1234567893");
        assertThat(practice.billing().taxId()).isEqualTo("931234567");
        assertThat(practice.billing().address().zip()).isEqualTo("972011234");
        assertThat(practice.placeOfService()).isEqualTo("11");
        assertThat(practice.provider("1295723567")).hasValueSatisfying(provider -> {
            assertThat(provider.type()).isEqualTo(ProviderType.LMT);
            assertThat(provider.taxonomy()).isEqualTo("225700000X");
        });
        assertThat(practice.payer("bcbs")).hasValueSatisfying(payer -> {
            assertThat(payer.electronicId()).isEqualTo("00851");
            assertThat(payer.pack()).isEqualTo("bcbs");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an NPI with a wrong check digit | npi: \"1234567893\" | npi: \"1234567890\" | $.billingProvider.npi: \"1234567890\" is not a valid NPI",
            "a taxonomy NUCC does not list | taxonomy: 111N00000X | taxonomy: 999X00000X | $.billingProvider.taxonomy: \"999X00000X\" is not a NUCC provider taxonomy code",
            "an unknown state | state: OR | state: ZZ | $.billingProvider.address.state: unknown state \"ZZ\"",
            "a ZIP code of the wrong shape | zip: \"97201-1234\" | zip: \"9720\" | $.billingProvider.address.zip: expected a ZIP code of 5 or 9 digits",
            "a billing ZIP code without its last four digits | zip: \"97201-1234\" | zip: \"97201\" | $.billingProvider.address.zip: the billing provider's ZIP code needs all nine digits",
            "a tax id that is not 9 digits | taxId: \"93-1234567\" | taxId: \"93-12345\" | $.billingProvider.taxId: expected 9 digits",
            "an unknown place of service | placeOfService: \"11\" | placeOfService: \"98\" | $.placeOfService: unknown place of service \"98\"",
            "an unknown provider type | type: LMT | type: RMT | $.providers[1].type: unknown provider type \"RMT\"",
            "a payer with no pack | uhc: {name | aetna: {name | $.payers.aetna.pack: no payer pack \"aetna\"",
            "a misspelt key | contactPhone: | contactPhon: | $.submitter.contactPhon: unknown field"})
    void aBrokenPracticeFileNamesTheFieldAndWhatWasExpected(String what, String replace, String with, String expected) throws IOException {
        String text = Files.readString(EXAMPLE);
        assertThat(text).contains(replace);
        Path file = Files.writeString(folder.resolve("practice.yaml"), text.replaceFirst(
                java.util.regex.Pattern.quote(replace), java.util.regex.Matcher.quoteReplacement(with)));

        assertThatThrownBy(() -> new PracticeReader(RULES).read(file)).isInstanceOfSatisfying(InputException.class, refused ->
                assertThat(refused.lines()).anySatisfy(line -> assertThat(line).contains(file + ": " + expected)));
    }

    @Test
    void aLeadingZeroIsKeptInAnUnquotedZipCode() throws IOException {
        Path file = Files.writeString(folder.resolve("practice.yaml"), Files.readString(EXAMPLE)
                + "payTo: {line1: PO Box 12, city: Boston, state: MA, zip: 02134}\n");

        assertThat(new PracticeReader(RULES).read(file).payTo()).hasValueSatisfying(payTo ->
                assertThat(payTo.zip()).isEqualTo("02134"));
    }

    @Test
    void aMissingPracticeFileIsNamed() {
        assertThatThrownBy(() -> new PracticeReader(RULES).read(folder.resolve("none.yaml")))
                .isInstanceOfSatisfying(InputException.class, refused ->
                        assertThat(refused.lines()).containsExactly(folder.resolve("none.yaml") + ": file: no such file"));
    }
}
