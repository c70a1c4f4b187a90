package dev.cleanclaim.app.contract;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.units.UnitMethod;
import dev.cleanclaim.rules.BuiltInRuleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PracticeFileTest {

    private static final RuleData RULES = BuiltInRuleData.load();
    private static final PracticeReader READER = new PracticeReader(RULES);
    private static final String EVERYTHING = PracticeWriterTest.EVERYTHING;

    @Test
    void everyOptionalFieldIsRead() {
        PracticeFile file = READER.readFile("everything.yaml", EVERYTHING);
        Practice practice = file.practice();

        assertThat(practice.billing().taxId()).isEqualTo("123456789");
        assertThat(practice.billing().taxIdIsSsn()).isTrue();
        assertThat(practice.billing().phone()).hasValue("3125550199");
        assertThat(practice.billing().address().state()).isEqualTo("IL");
        assertThat(practice.payTo()).hasValueSatisfying(payTo -> assertThat(payTo.zip()).isEqualTo("60690"));
        assertThat(practice.clearinghouse()).hasValueSatisfying(house -> assertThat(house.contactPhone()).isEqualTo("3125550198"));
        assertThat(practice.medicareLocality()).hasValue("06102-16");
        assertThat(practice.medicareQualifyingApm()).isTrue();
        assertThat(practice.test()).isTrue();
        assertThat(practice.provider("2222222228")).hasValueSatisfying(pta -> {
            assertThat(pta.supervisorNpi()).hasValue("1558598797");
            assertThat(pta.active()).isFalse();
        });
        assertThat(practice.provider("1558598797")).hasValueSatisfying(pt -> {
            assertThat(pt.licenseState()).hasValue("IL");
            assertThat(pt.active()).isTrue();
        });
        assertThat(practice.payer("aetna")).hasValueSatisfying(aetna -> {
            assertThat(aetna.electronicId()).isEqualTo("60054");
            assertThat(aetna.pack()).isEqualTo("commercial");
            assertThat(aetna.claimFilingIndicator()).hasValue("CI");
            assertThat(aetna.timelyFilingDays()).isEqualTo(OptionalInt.of(120));
            assertThat(aetna.unitMethod()).hasValue(UnitMethod.AMA);
            assertThat(aetna.distinctModifier()).hasValue("59");
            assertThat(aetna.contracted()).containsEntry("97140", Money.parse("38.00")).containsEntry("97110", Money.parse("41.50"));
            assertThat(aetna.source()).hasValue("the Aetna card");
        });
        assertThat(file.fees()).hasValueSatisfying(fees -> {
            assertThat(fees.perUnit()).containsEntry("97140", Money.parse("45.00"));
            assertThat(fees.chargeFor("97140", List.of("52"), 2)).hasValue(Money.parse("60.00"));
            assertThat(fees.session("97124", 60)).hasValueSatisfying(session -> assertThat(session.price()).isEqualTo(Money.parse("95.00")));
        });
    }

    @Test
    void todaysPracticeFileStillReadsWithItsClearinghouseAndNoFees() {
        PracticeFile file = new PracticeReader(RULES).readFile(java.nio.file.Path.of("..", "examples", "practice.yaml"));

        assertThat(file.practice().clearinghouse()).isPresent();
        assertThat(file.practice().test()).isFalse();
        assertThat(file.fees()).isEqualTo(Optional.empty());
        assertThat(file.practice().provider("2222222228")).hasValueSatisfying(pta -> assertThat(pta.active()).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a submitter without a receiver | receiver: {name: A Clearinghouse, id: \"CH01\"} | | $.receiver: missing; a clearinghouse needs both",
            "a receiver id with a delimiter | id: \"CH01\" | id: \"CH*01\" | $.receiver.id: \"CH*01\" holds '*'",
            "a payer id with a colon | payerId: \"60054\" | payerId: \"600:54\" | $.payers[0].payerId: \"600:54\" holds ':'",
            "a payer name with a tilde | name: Aetna, | name: Aet~na, | $.payers[0].name: \"Aet~na\" holds '~'",
            "two payers of one pack with one payer id | payerId: \"06102\", pack: medicare | payerId: \"60054\", pack: commercial | $.payers[1].payerId: electronic payer id 60054 is already $.payers[0]'s on the commercial pack",
            "two payers with one id | id: medicare-il | id: aetna | $.payers[1].id: payer id aetna is already $.payers[0]'s",
            "a payer id in capitals | id: medicare-il | id: Medicare-IL | $.payers[1].id: expected lower-case letters, digits and hyphens",
            "a pack the rules lack | pack: medicare} | pack: medicare-b} | $.payers[1].pack: no payer pack \"medicare-b\"",
            "a made-up filing indicator | claimFilingIndicator: CI | claimFilingIndicator: XX | $.payers[0].claimFilingIndicator: \"XX\" is not an X12 claim filing indicator",
            "a contracted amount with three decimals | \"97140\": \"38.00\" | \"97140\": \"38.005\" | $.payers[0].contracted.97140: expected an amount of dollars",
            "a contracted code outside the catalog | \"97140\": \"38.00\" | \"99999\": \"38.00\" | $.payers[0].contracted.99999: unknown code",
            "a fee for a code outside the catalog | \"97110\": \"52.00\" | \"97999\": \"52.00\" | $.fees.97999: unknown code",
            "a fee with two modifiers | \"97140-52\" | \"97140-52-59\" | $.fees.97140-52-59: expected a code (97140) or a code and one modifier",
            "a session of no minutes | minutes: 60 | minutes: 0 | $.sessionPrices[0].minutes: expected the session's minutes from 1 to 1440",
            "two prices for one session | minutes: 90 | minutes: 60 | $.sessionPrices[1]: a 60-minute 97124 session is already priced at $.sessionPrices[0]",
            "an unknown supervisor | supervisor: \"1558598797\" | supervisor: \"1234567893\" | $.providers[1].supervisor: no provider in this file has NPI 1234567893",
            "a self-supervising provider | supervisor: \"1558598797\" | supervisor: \"2222222228\" | $.providers[1].supervisor: a provider cannot supervise themselves",
            "two providers with one NPI | npi: \"2222222228\" | npi: \"1558598797\" | $.providers[1].npi: NPI 1558598797 is already the NPI of $.providers[0]",
            "an unknown licence state | licenseState: IL | licenseState: XX | $.providers[0].licenseState: unknown state \"XX\"",
            "an SSN the SSA never issues | taxId: \"123-45-6789\" | taxId: \"666-45-6789\" | $.billingProvider.taxId: expected a social security number the SSA could have issued, 9 digits such as 123-45-6789, got ***-**-6789",
            "a phone number of seven digits | phone: \"(312) 555-0199\" | phone: \"555-0199\" | $.billingProvider.phone: expected a 10-digit U.S. phone number",
            "a locality of the wrong shape | medicareLocality: \"06102-16\" | medicareLocality: \"0610216\" | $.medicareLocality: expected the Medicare contractor number and locality number",
            "a locality of no contractor | medicareLocality: \"06102-16\" | medicareLocality: \"99999-16\" | $.medicareLocality: no Medicare Part B contractor 99999",
            "a test flag that is not a flag | test: true | test: yes please | $.test: expected true or false",
            "a city longer than its column | city: Chicago, state: il | city: Chicago Heights North Lake Shore District, state: il | $.billingProvider.address.city: too long: 41 characters, at most 30",
            "a last name longer than its column | lastName: Moss | lastName: Mossmossmossmossmossmossmossmossmossmossmossmossmossmossmossmoss | $.providers[1].lastName: too long: 64 characters, at most 60",
            "a submitter id longer than ISA06 | id: \"LPT77\" | id: \"LPT7777777777777\" | $.submitter.id: too long: 16 characters, at most 15",
            "a directory entry taking a built-in pack's id for another pack | id: aetna | id: medicare | $.payers[0].pack: \"medicare\" is the medicare rule pack's own id, so this entry must follow the medicare pack, not commercial; choose another id",
            "a fee in Arabic-Indic digits | \"97110\": \"52.00\" | \"97110\": \"\u0665\u0662.\u0660\u0660\" | $.fees.97110: expected an amount of dollars in digits 0-9",
            "a fee as an unquoted YAML number | \"97110\": \"52.00\" | \"97110\": 52.00 | $.fees.97110: expected dollars as a string, e.g. \"48.00\"",
            "a contracted amount as a number | \"97140\": \"38.00\" | \"97140\": 38 | $.payers[0].contracted.97140: expected dollars as a string, e.g. \"48.00\"",
            "a session price as a number | price: \"95.00\" | price: 95 | $.sessionPrices[0].price: expected dollars as a string",
            "two different electronic payer ids under both names | payerId: \"06102\" | payerId: \"06102\", electronicId: \"06103\" | $.payers[1].electronicId: electronicId \"06103\" differs from payerId \"06102\"",
            "a billing name with an element separator | name: \"Lakeside Physical Therapy & Massage, P.C.\" | name: \"Lakeside*PT\" | $.billingProvider.name: \"Lakeside*PT\" holds '*', which an 837P cannot carry",
            "a pay-to city with a segment terminator | city: Chicago, state: IL | city: Chi~cago, state: IL | $.payTo.city: \"Chi~cago\" holds '~'",
            "a submitter contact with a repetition separator | contactName: Ana Billing | contactName: Ana^Billing | $.submitter.contactName: \"Ana^Billing\" holds '^'",
            "a receiver name with a component separator | name: A Clearinghouse | name: \"A: Clearinghouse\" | $.receiver.name: \"A: Clearinghouse\" holds ':'",
            "a provider's last name with a segment terminator | lastName: Park | lastName: Park~ISA | $.providers[0].lastName: \"Park~ISA\" holds '~'",
            "a licence with a component separator | license: \"IL-PT-1\" | license: \"IL:PT:1\" | $.providers[0].license: \"IL:PT:1\" holds ':'",
            "an assistant supervised by an assistant | type: PT, | type: PTA, | $.providers[1].supervisor: NPI 1558598797 is Lee Park, a PTA, who cannot supervise a PTA; name the NPI of a PT",
            "a therapist supervised by their own assistant | licenseState: IL} | licenseState: IL, supervisor: \"2222222228\"} | $.providers[0].supervisor: a PT bills under their own NPI and has no supervisor (who is supervised by whom: LMT by DC, MD or DO; PTA by PT; OTA by OT)"})
    void aBrokenEntryIsNamedByItsPathAndLine(String what, String replace, String with, String expected) {
        assertThat(EVERYTHING).contains(replace);
        String yaml = EVERYTHING.replaceFirst(java.util.regex.Pattern.quote(replace),
                java.util.regex.Matcher.quoteReplacement(with == null ? "" : with));

        assertThatThrownBy(() -> READER.readFile("broken.yaml", yaml)).isInstanceOfSatisfying(InputException.class, refused ->
                assertThat(refused.lines()).anySatisfy(line -> assertThat(line)
                        .startsWith("broken.yaml: " + expected).containsPattern("\\(line \\d+\\)$")));
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        String yaml = EVERYTHING.replace("npi: \"1295723567\"", "npi: \"1295723560\"")
                .replace("payerId: \"60054\"", "payerId: \"600*54\"").replace("\"97110\": \"52.00\"", "\"97999\": \"52.00\"");

        assertThatThrownBy(() -> READER.readFile("broken.yaml", yaml)).isInstanceOfSatisfying(InputException.class, refused ->
                assertThat(refused.problems()).extracting(InputProblem::path)
                        .contains("$.billingProvider.npi", "$.payers[0].payerId", "$.fees.97999"));
    }

    @Test
    void aYamlSyntaxErrorNamesItsLine() {
        assertThatThrownBy(() -> READER.readFile("broken.yaml", "billingProvider:\n  name: [unclosed\n"))
                .isInstanceOfSatisfying(InputException.class, refused ->
                        assertThat(refused.lines()).singleElement().asString().contains("broken.yaml line"));
    }

    @Test
    void theMapFormAcceptsPayerIdAndTheListFormAcceptsElectronicId() {
        String yaml = EVERYTHING.replace("payerId: \"06102\"", "electronicId: \"06102\"");

        assertThat(READER.readFile("list.yaml", yaml).practice().payer("medicare-il"))
                .hasValueSatisfying(payer -> assertThat(payer.electronicId()).isEqualTo("06102"));
    }

    @Test
    void aLineBreakInAnAddressLineIsRefusedNamingTheControlCharacter() {
        String yaml = EVERYTHING.replace("line1: \"40 Lake St\"", "line1: \"40 Lake St\\nISA*00\"");

        assertThatThrownBy(() -> READER.readFile("broken.yaml", yaml)).isInstanceOfSatisfying(InputException.class, refused ->
                assertThat(refused.problems()).anySatisfy(problem -> {
                    assertThat(problem.path()).isEqualTo("$.billingProvider.address.line1");
                    assertThat(problem.message()).contains("the control character U+000A");
                }));
    }

    @Test
    void accentedLettersInFreeTextAreLeftForTheWriterToMap() {
        String yaml = EVERYTHING.replace("lastName: Park", "lastName: Pérez");

        assertThat(READER.readFile("accents.yaml", yaml).practice().provider("1558598797"))
                .hasValueSatisfying(pt -> assertThat(pt.lastName()).isEqualTo("Pérez"));
    }

    @Test
    void anActiveAssistantUnderAnInactiveTherapistIsRefused() {
        String yaml = EVERYTHING.replace("supervisor: \"1558598797\", active: false}", "supervisor: \"1558598797\"}")
                .replace("licenseState: IL}", "licenseState: IL, active: false}");

        assertThatThrownBy(() -> READER.readFile("broken.yaml", yaml)).isInstanceOfSatisfying(InputException.class, refused ->
                assertThat(refused.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.path()).isEqualTo("$.providers[1].supervisor");
                    assertThat(problem.message()).contains("Lee Park, who is inactive");
                }));
    }

    @Test
    void theMapFormLetsAPackIdFollowItsOwnPackButNotAnother() {
        String own = EVERYTHING.substring(0, EVERYTHING.indexOf("payers:"))
                + "payers:\n  medicare: {name: Noridian JF Part B, electronicId: \"02302\"}\n"
                + "  commercial: {name: Aetna, electronicId: \"60054\", pack: commercial}\n";
        String taken = own.replace("pack: commercial}", "pack: medicare}");

        assertThat(READER.readFile("own.yaml", own).practice().payer("medicare"))
                .hasValueSatisfying(medicare -> assertThat(medicare.pack()).isEqualTo("medicare"));
        assertThatThrownBy(() -> READER.readFile("taken.yaml", taken)).isInstanceOfSatisfying(InputException.class, refused ->
                assertThat(refused.problems()).extracting(InputProblem::path).containsExactly("$.payers.commercial.pack"));
    }

    @Test
    void oneElectronicPayerIdGivenUnderBothOfItsNamesIsRead() {
        String yaml = EVERYTHING.replace("payerId: \"06102\"", "payerId: \"06102\", electronicId: \"06102\"");

        assertThat(READER.readFile("both.yaml", yaml).practice().payer("medicare-il"))
                .hasValueSatisfying(payer -> assertThat(payer.electronicId()).isEqualTo("06102"));
    }
}
