package dev.cleanclaim.rules;

import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.io.StringReader;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A bad rule-data file stops the load with the file, the line and what is wrong. */
class BrokenRuleDataTest {

    @Test
    void aBadUnitBasisNamesTheFileAndLine() {
        RuleDataSource source = replacing("codes.csv", """
                code,description,unit_basis,category,therapy,therapy_modifier,effective_from,deleted_after,renderers,replaced_by,family,source
                97124,massage,TIMED_15,CPT_I,ALWAYS,BY_PLAN_OF_CARE,,,LMT,,massage,test
                97140,manual therapy,EVERY_15,CPT_I,ALWAYS,BY_PLAN_OF_CARE,,,LMT,,manual-therapy,test
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source)).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("codes.csv line 3").hasMessageContaining("unit_basis").hasMessageContaining("EVERY_15");
    }

    @Test
    void aTherapyStandingOtherThanAlwaysSometimesOrNeverNamesTheFileLineAndColumn() {
        RuleDataSource source = replacing("codes.csv", """
                code,description,unit_basis,category,therapy,therapy_modifier,effective_from,deleted_after,renderers,replaced_by,family,source
                97124,massage,TIMED_15,CPT_I,true,BY_PLAN_OF_CARE,,,LMT,,massage,test
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source)).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("codes.csv line 2").hasMessageContaining("therapy")
                .hasMessageContaining("[ALWAYS, SOMETIMES, NEVER]");
    }

    @Test
    void aCatalogWithTheOldAlwaysTherapyColumnIsRefusedNamingTheColumnItLacks() {
        RuleDataSource source = replacing("codes.csv", """
                code,description,unit_basis,category,always_therapy,therapy_modifier,effective_from,deleted_after,renderers,replaced_by,family,source
                97124,massage,TIMED_15,CPT_I,true,BY_PLAN_OF_CARE,,,LMT,,massage,test
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source)).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("codes.csv line 1").hasMessageContaining("header lacks column therapy");
    }

    @Test
    void aMedicareShareWithoutItsDateNamesTheFileAndLine() {
        RuleDataSource source = replacing("modifiers.csv", """
                modifier,meaning,effective_from,effective_to,predecessor,medicare_share,medicare_share_from,source
                59,distinct procedural service,,,,,,test
                CQ,by a PT assistant,2020-01-01,,,0.85,,test
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source)).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("modifiers.csv line 3").hasMessageContaining("medicare_share_from");
    }

    @Test
    void aModifierThatIsNotTwoLettersOrDigitsNamesTheFileAndLine() {
        RuleDataSource source = replacing("modifiers.csv", """
                modifier,meaning,effective_from,effective_to,predecessor,medicare_share,medicare_share_from,source
                XSS,separate structure,2015-01-01,,,,,test
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source))
                .hasMessageContaining("modifiers.csv line 2").hasMessageContaining("XSS");
    }

    @Test
    void aPredecessorTheFileDoesNotListIsRefused() {
        RuleDataSource source = replacing("modifiers.csv", """
                modifier,meaning,effective_from,effective_to,predecessor,medicare_share,medicare_share_from,source
                XS,separate structure,2015-01-01,,59,,,test
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source))
                .hasMessageContaining("modifiers.csv").hasMessageContaining("predecessor 59");
    }

    @Test
    void aModifierListedTwiceIsRefused() {
        RuleDataSource source = replacing("modifiers.csv", """
                modifier,meaning,effective_from,effective_to,predecessor,medicare_share,medicare_share_from,source
                59,distinct procedural service,,,,,,test
                59,distinct procedural service,,,,,,test
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source))
                .hasMessageContaining("modifiers.csv").hasMessageContaining("59 is listed twice");
    }

    @Test
    void aBadDateNamesTheFileAndLine() {
        RuleDataSource source = replacing("codes.csv", """
                code,description,unit_basis,category,therapy,therapy_modifier,effective_from,deleted_after,renderers,replaced_by,family,source
                97124,massage,TIMED_15,CPT_I,ALWAYS,BY_PLAN_OF_CARE,2017-13-01,,LMT,,massage,test
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source))
                .hasMessageContaining("codes.csv line 2").hasMessageContaining("effective_from");
    }

    @Test
    void anUnknownKeyInATechniqueNamesTheFileAndLine() {
        RuleDataSource source = replacing("techniques.yaml", """
                - technique: effleurage
                  code: "97124"
                  source: test
                - technique: petrissage
                  kode: "97124"
                  source: test
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source))
                .hasMessageContaining("techniques.yaml line 5").hasMessageContaining("kode");
    }

    @Test
    void aTechniqueWithoutACodeNamesTheEntry() {
        RuleDataSource source = replacing("techniques.yaml", """
                - technique: effleurage
                  code: "97124"
                  source: test
                - technique: petrissage
                  source: test
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source))
                .hasMessageContaining("techniques.yaml entry 2").hasMessageContaining("\"code\" is missing");
    }

    @Test
    void aPayerPackWithAnUnknownUnitMethodNamesTheFileAndLine() {
        RuleDataSource source = replacing("payers/medicare.yaml", """
                id: medicare
                name: Original Medicare
                unitMethod: per-visit
                unitMethodSource: test
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source))
                .hasMessageContaining("payers/medicare.yaml line 3").hasMessageContaining("per-visit");
    }

    @Test
    void aPayerPackNamingAnUnknownRuleIsRefusedAtItsLine() {
        RuleDataSource source = replacing("payers/commercial.yaml", """
                id: commercial
                name: Commercial
                unitMethod: ama
                unitMethodSource: test
                rules:
                  - id: ncci.ptp
                  - id: ncci.everything
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source))
                .hasMessageContaining("payers/commercial.yaml line 7").hasMessageContaining("unknown rule ncci.everything");
    }

    @Test
    void aMisspeltRuleSettingIsRefusedWithTheFileAndLine() {
        RuleDataSource source = replacing("payers/commercial.yaml", """
                id: commercial
                name: Commercial
                unitMethod: ama
                unitMethodSource: test
                rules:
                  - id: doc.referral
                    with:
                      familys: [massage]
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source))
                .hasMessageContaining("payers/commercial.yaml line").hasMessageContaining("familys");
    }

    @Test
    void anUnknownKeyInAPayerPackIsRefusedAtItsLine() {
        RuleDataSource source = replacing("payers/commercial.yaml", """
                id: commercial
                name: Commercial
                unitMethod: ama
                unitMethodSource: test
                distinctModifer: "59"
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source))
                .hasMessageContaining("payers/commercial.yaml line 5").hasMessageContaining("distinctModifer");
    }

    @Test
    void aPayerPackWhoseIdDisagreesWithItsFileIsRefused() {
        RuleDataSource source = replacing("payers/commercial.yaml", """
                id: aetna
                name: Aetna
                unitMethod: ama
                unitMethodSource: test
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source)).hasMessageContaining("declares id aetna");
    }

    @Test
    void aTechniqueForACodeTheCatalogLacksIsRefused() {
        RuleDataSource source = replacing("techniques.yaml", """
                - technique: hot stones
                  code: "97999"
                  source: test
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source))
                .hasMessageContaining("techniques.yaml").hasMessageContaining("97999");
    }

    @Test
    void aFeeWithThreeDecimalsIsRefused() {
        RuleDataSource source = replacing("fee-schedule.yaml", """
                name: test fees
                fees:
                  "97124": {perUnit: "40.005", source: test}
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source))
                .hasMessageContaining("fee-schedule.yaml").hasMessageContaining("97124").hasMessageContaining("two decimals");
    }

    @Test
    void aDenialTraceToAnUndefinedRuleNamesTheFileAndLine() {
        RuleDataSource source = replacing("remit/denial-traces.csv", """
                group,reason,remark,rules,why
                ,97,,ncci.ptp,bundled
                ,50,,doc.necessity,not necessary
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source))
                .hasMessageContaining("remit/denial-traces.csv line 3").hasMessageContaining("doc.necessity");
    }

    @Test
    void aDenialTraceWithAnUnknownGroupOrReasonIsRefused() {
        assertThatThrownBy(() -> BuiltInRuleData.load(replacing("remit/denial-traces.csv", """
                group,reason,remark,rules,why
                XX,97,,ncci.ptp,bundled
                """))).hasMessageContaining("line 2").hasMessageContaining("XX");
        assertThatThrownBy(() -> BuiltInRuleData.load(replacing("remit/denial-traces.csv", """
                group,reason,remark,rules,why
                CO,9999,,ncci.ptp,bundled
                """))).hasMessageContaining("line 2").hasMessageContaining("9999");
    }

    /** The built-in data with some files replaced by the given text. */
    private static RuleDataSource replacing(String file, String text) {
        RuleDataSource builtIn = RuleDataSource.builtIn();
        Map<String, String> replaced = Map.of(file, text);
        return new RuleDataSource() {
            @Override
            public Reader open(String name) {
                return replaced.containsKey(name) ? new StringReader(replaced.get(name)) : builtIn.open(name);
            }

            @Override
            public String describe(String name) {
                return "test rule data " + name;
            }

            @Override
            public boolean exists(String name) {
                return replaced.containsKey(name) || builtIn.exists(name);
            }
        };
    }
}
