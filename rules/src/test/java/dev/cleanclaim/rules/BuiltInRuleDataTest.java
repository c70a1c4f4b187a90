package dev.cleanclaim.rules;

import dev.cleanclaim.core.catalog.CatalogCode;
import dev.cleanclaim.core.catalog.CodeFamilies;
import dev.cleanclaim.core.catalog.CodeCategory;
import dev.cleanclaim.core.catalog.CodeLookup;
import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.catalog.TherapyModifierRule;
import dev.cleanclaim.core.catalog.UnitBasis;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.units.UnitMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BuiltInRuleDataTest {

    static final RuleData RULES = BuiltInRuleData.load();

    @ParameterizedTest(name = "{0} is in the catalog")
    @ValueSource(strings = {"97124", "97140", "97112", "97110", "97530", "97116", "97535", "97750",
            "97032", "97033", "97034", "97035", "97036", "97010", "97012", "97014", "G0283", "97016", "97018",
            "97022", "97024", "97026", "97028", "97139", "97150", "97161", "97162", "97163", "97164", "97165",
            "97166", "97167", "97168", "95851", "95852", "98940", "98941", "98942", "98943", "98925", "98926",
            "98927", "98928", "98929", "99202", "99203", "99204", "99205", "99211", "99212", "99213", "99214",
            "99215", "99406", "95180", "97001", "97002", "97003", "97004"})
    void everyCodeOfTheDomainBriefIsInTheCatalog(String code) {
        assertThat(RULES.codes().find(code)).isPresent();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"97124,TIMED_15", "97140,TIMED_15", "97010,UNTIMED", "97139,PER_SESSION", "95180,HOURLY",
            "98941,UNTIMED", "97161,UNTIMED", "97032,TIMED_15"})
    void unitBasesFollowTheBrief(String code, UnitBasis basis) {
        assertThat(RULES.codes().find(code)).hasValueSatisfying(entry -> assertThat(entry.unitBasis()).isEqualTo(basis));
    }

    @Test
    void evaluationsCarryTheirTherapyModifierAndOnlyTheirDisciplineRendersThem() {
        CatalogCode ptEval = RULES.codes().find("97161").orElseThrow();
        CatalogCode otEval = RULES.codes().find("97167").orElseThrow();

        assertThat(ptEval.therapyModifier()).isEqualTo(TherapyModifierRule.GP);
        assertThat(ptEval.renderers()).containsExactly(ProviderType.PT);
        assertThat(otEval.therapyModifier()).isEqualTo(TherapyModifierRule.GO);
        assertThat(RULES.codes().find("98941").orElseThrow().renderers()).contains(ProviderType.DC)
                .doesNotContain(ProviderType.LMT);
        assertThat(RULES.codes().find("G0283").orElseThrow().category()).isEqualTo(CodeCategory.HCPCS);
    }

    @Test
    void everyFamilyTheEngineNamesIsAFamilyOfTheCatalog() {
        assertThat(List.of(CodeFamilies.CMT_SPINAL, CodeFamilies.CMT_EXTRASPINAL, CodeFamilies.OFFICE_VISIT))
                .allSatisfy(family -> assertThat(RULES.codes().all()).anySatisfy(code ->
                        assertThat(code.family()).isEqualTo(family)));
    }

    @Test
    void eachSpinalRegionNamesItsSubluxationCodesAndNoExtraspinalOneDoes() {
        assertThat(RULES.regions().spinalRegionOfSubluxation("M99.00")).map(region -> region.id()).hasValue("cervical");
        assertThat(RULES.regions().spinalRegionOfSubluxation("M99.03")).map(region -> region.id()).hasValue("lumbar");
        assertThat(RULES.regions().spinalRegionOfSubluxation("M99.05")).map(region -> region.id()).hasValue("pelvic");
        assertThat(RULES.regions().spinalRegionOfSubluxation("M99.06")).isEmpty();
        assertThat(RULES.regions().spinalRegionOfSubluxation("M99.07")).isEmpty();
        assertThat(RULES.regions().spinalRegionOfSubluxation("M54.50")).isEmpty();
    }

    @Test
    void oldEvaluationCodesAreDeletedAfter2016AndNameTheirReplacements() {
        assertThat(RULES.codes().lookup("97001", LocalDate.of(2016, 12, 31))).isInstanceOf(CodeLookup.Found.class);
        assertThat(RULES.codes().lookup("97001", LocalDate.of(2017, 1, 1))).isInstanceOfSatisfying(CodeLookup.Deleted.class,
                deleted -> assertThat(deleted.entry().replacedBy()).containsExactly("97161", "97162", "97163"));
        assertThat(RULES.codes().lookup("97161", LocalDate.of(2016, 12, 31))).isInstanceOf(CodeLookup.NotYetEffective.class);
    }

    @Test
    void descriptionsAreOurOwnShortWords() {
        assertThat(RULES.codes().all()).allSatisfy(code -> assertThat(code.description()).hasSizeLessThan(100));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"effleurage,97124", "petrissage,97124", "tapotement,97124", "Swedish massage,97124",
            "myofascial release,97140", "soft-tissue mobilization,97140", "Soft Tissue Mobilization,97140",
            "joint mobilization,97140", "non-chiropractic manipulation,97140", "manual lymphatic drainage,97140",
            "manual traction,97140", "stretching of shortened tissue,97140", "neuromuscular re-education,97112",
            "therapeutic exercise,97110", "therapeutic activities,97530", "hot/cold packs,97010", "hot packs,97010",
            "cupping,97139", "deep tissue massage,97124", "sports massage,97124", "prenatal massage,97124",
            "hot stone massage,97124", "trigger point therapy,97140", "craniosacral therapy,97140",
            "instrument-assisted soft tissue mobilization,97140", "IASTM,97140", "Graston technique,97140",
            "passive stretching,97140", "positional release,97140", "strain-counterstrain,97140",
            "muscle energy technique,97140", "transverse friction massage,97140", "lymphatic drainage massage,97140",
            "aquatic therapy,97113", "gait training,97116"})
    void techniquesMapToTheirCodes(String technique, String code) {
        assertThat(RULES.techniques().resolve(technique, ProviderType.PT))
                .hasValueSatisfying(entry -> assertThat(entry.code()).isEqualTo(code));
    }

    @Test
    void neuromuscularTherapyIsManualTherapyOnlyWhenAMassageTherapistDoesIt() {
        assertThat(RULES.techniques().resolve("neuromuscular therapy", ProviderType.LMT))
                .hasValueSatisfying(entry -> assertThat(entry.code()).isEqualTo("97140"));
        assertThat(RULES.techniques().resolve("neuromuscular therapy", ProviderType.PT)).isEmpty();
    }

    @Test
    void everyTechniqueSaysWhyInABillersWordsAndCitesItsSource() {
        assertThat(RULES.techniques().entries()).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.why()).as(entry.technique()).hasValueSatisfying(why -> assertThat(why)
                    .doesNotContain("RULES §").doesNotContain("seed"));
            assertThat(entry.source()).as(entry.technique()).isNotBlank();
        });
    }

    @Test
    void everyPayerOfTheContractIsKnownWithItsUnitMethod() {
        assertThat(RULES.payers().ids()).containsExactly("medicare", "medicare-advantage", "medicaid", "bcbs", "bcbs-massage-exclusion", "uhc",
                "tricare", "commercial", "self-pay");
        assertThat(RULES.payers().find("medicare").orElseThrow().unitMethod()).isEqualTo(UnitMethod.MEDICARE);
        assertThat(RULES.payers().find("commercial").orElseThrow().unitMethod()).isEqualTo(UnitMethod.AMA);
    }

    @Test
    void regionsOfTheContractAreKnown() {
        assertThat(RULES.regions().ids()).contains("cervical", "thoracic", "lumbar", "sacral", "pelvic", "head",
                "rib-cage", "abdomen", "upper-extremity", "lower-extremity", "left-shoulder", "right-foot");
        assertThat(RULES.regions().ids()).hasSize(10 + 16);
    }

    @Test
    void theIcd10CmYear2026IsLoadedForItsFiscalYear() {
        var selection = RULES.diagnoses().forDate(LocalDate.of(2026, 3, 2));

        assertThat(selection.exact()).isTrue();
        assertThat(selection.codeSet().size()).isEqualTo(98_186);
        assertThat(selection.codeSet().find("M62.830")).hasValueSatisfying(entry -> assertThat(entry.billable()).isTrue());
    }

    @Test
    void theDefaultFeeScheduleUsesThePracticeFeesOfSeed004() {
        assertThat(RULES.fees().chargeFor("97124", 4)).hasValueSatisfying(fee -> assertThat(fee).hasToString("160.00"));
        assertThat(RULES.fees().chargeFor("98940", 1)).hasValueSatisfying(fee -> assertThat(fee).hasToString("55.00"));
        assertThat(RULES.fees().chargeFor("98941", 1)).hasValueSatisfying(fee -> assertThat(fee).hasToString("70.00"));
    }
}
