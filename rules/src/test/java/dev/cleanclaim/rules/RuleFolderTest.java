package dev.cleanclaim.rules;

import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.units.UnitMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleFolderTest {

    @TempDir
    Path folder;

    @Test
    void aPayerPackDroppedIntoTheRuleFolderAddsThatPayer() throws IOException {
        Files.createDirectories(folder.resolve("payers"));
        Files.writeString(folder.resolve("payers/aetna.yaml"), """
                id: aetna
                name: Aetna
                unitMethod: ama
                unitMethodSource: "Aetna reimbursement policy"
                rules:
                  - id: ncci.ptp
                  - id: doc.referral
                    with: {families: [massage]}
                """);

        RuleData data = BuiltInRuleData.load(folder);

        assertThat(data.payers().ids()).contains("medicare", "aetna");
        assertThat(data.payers().find("aetna").orElseThrow().unitMethod()).isEqualTo(UnitMethod.AMA);
        assertThat(data.payers().find("aetna").orElseThrow().applies("doc.referral")).isTrue();
    }

    @Test
    void aPackWithTheIdOfABuiltInPayerReplacesIt() throws IOException {
        Files.createDirectories(folder.resolve("payers"));
        Files.writeString(folder.resolve("payers/commercial.yaml"), """
                id: commercial
                name: Our commercial plans
                unitMethod: medicare
                unitMethodSource: "contracts follow CMS"
                """);

        RuleData data = BuiltInRuleData.load(folder);

        assertThat(data.payers().find("commercial").orElseThrow().unitMethod()).isEqualTo(UnitMethod.MEDICARE);
        assertThat(data.payers().find("commercial").orElseThrow().rules()).isEmpty();
    }

    @Test
    void aMalformedPackInTheFolderIsRefusedWithItsPathAndLine() throws IOException {
        Files.createDirectories(folder.resolve("payers"));
        Files.writeString(folder.resolve("payers/aetna.yaml"), """
                id: aetna
                name: Aetna
                unitMethod: ama
                unitMethodSource: x
                rules:
                  - id: ncci.ptp
                    with: {strict: yes}
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(folder))
                .hasMessageContaining(folder.resolve("payers/aetna.yaml").toString())
                .hasMessageContaining("line").hasMessageContaining("strict");
    }

    @Test
    void aMissingRuleFolderMeansTheBuiltInRules() {
        assertThat(BuiltInRuleData.load(folder.resolve("nowhere")).version()).isEqualTo(BuiltInRuleDataTest.RULES.version());
    }

    @Test
    void aSubluxationCodeOnAnExtraspinalRegionOrOneThatIsNoSubluxationIsRefused() throws IOException {
        Files.writeString(folder.resolve("regions.csv"), """
                id,kind,label,suggestedDiagnosis,subluxationDiagnoses
                lumbar,SPINAL,lumbar spine,M54.50,M54.50
                """);
        assertThatThrownBy(() -> BuiltInRuleData.load(folder)).hasMessageContaining("regions.csv")
                .hasMessageContaining("subluxationDiagnoses").hasMessageContaining("M54.50");

        Files.writeString(folder.resolve("regions.csv"), """
                id,kind,label,suggestedDiagnosis,subluxationDiagnoses
                left-shoulder,EXTRASPINAL,left shoulder,M25.512,M99.07
                """);
        assertThatThrownBy(() -> BuiltInRuleData.load(folder)).hasMessageContaining("spinal regions only");

        Files.writeString(folder.resolve("regions.csv"), """
                id,kind,label,suggestedDiagnosis,subluxationDiagnoses
                lumbar,SPINAL,lumbar spine,M54.50,M99.03
                sacral,SPINAL,sacrum,M53.3,M99.03
                """);
        assertThatThrownBy(() -> BuiltInRuleData.load(folder)).hasMessageContaining("regions.csv")
                .hasMessageContaining("M99.03 is listed for both lumbar and sacral");
    }

    @Test
    void aStatutoryExclusionThatIsNeitherTrueNorFalseIsRefused() throws IOException {
        Files.createDirectories(folder.resolve("payers"));
        Files.writeString(folder.resolve("payers/aetna.yaml"), """
                id: aetna
                name: Aetna
                unitMethod: ama
                unitMethodSource: x
                rules:
                  - id: payer.not-covered
                    with:
                      services:
                        - codes: ["98943"]
                          statutory: perhaps
                          message: m
                          fix: f
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(folder)).hasMessageContaining("statutory")
                .hasMessageContaining("true or false").hasMessageContaining("perhaps");
    }
}
