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
                code,description,unit_basis,category,always_therapy,therapy_modifier,effective_from,deleted_after,renderers,replaced_by,source
                97124,massage,TIMED_15,CPT_I,true,BY_PLAN_OF_CARE,,,LMT,,test
                97140,manual therapy,EVERY_15,CPT_I,true,BY_PLAN_OF_CARE,,,LMT,,test
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source)).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("codes.csv line 3").hasMessageContaining("unit_basis").hasMessageContaining("EVERY_15");
    }

    @Test
    void aBadDateNamesTheFileAndLine() {
        RuleDataSource source = replacing("codes.csv", """
                code,description,unit_basis,category,always_therapy,therapy_modifier,effective_from,deleted_after,renderers,replaced_by,source
                97124,massage,TIMED_15,CPT_I,true,BY_PLAN_OF_CARE,2017-13-01,,LMT,,test
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
    void aPayerWithAnUnknownUnitMethodNamesTheEntry() {
        RuleDataSource source = replacing("payers.yaml", """
                - id: medicare
                  name: Original Medicare
                  unitMethod: per-visit
                  unitMethodSource: test
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source))
                .hasMessageContaining("payers.yaml entry 1").hasMessageContaining("per-visit");
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
        RuleDataSource source = replacing("fees.csv", """
                code,per_unit,source
                97124,40.005,test
                """);

        assertThatThrownBy(() -> BuiltInRuleData.load(source))
                .hasMessageContaining("fees.csv line 2").hasMessageContaining("two decimals");
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
        };
    }
}
