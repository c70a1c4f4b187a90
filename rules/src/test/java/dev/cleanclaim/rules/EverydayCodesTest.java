package dev.cleanclaim.rules;

import dev.cleanclaim.core.catalog.CatalogCode;
import dev.cleanclaim.core.catalog.CodeLookup;
import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.catalog.TherapyModifierRule;
import dev.cleanclaim.core.catalog.UnitBasis;
import dev.cleanclaim.core.claim.ClaimDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static dev.cleanclaim.rules.BuiltInRuleDataTest.RULES;
import static dev.cleanclaim.rules.Scrubbed.line;
import static dev.cleanclaim.rules.Scrubbed.none;
import static dev.cleanclaim.rules.Scrubbed.scrub;
import static dev.cleanclaim.rules.Scrubbed.visit;
import static org.assertj.core.api.Assertions.assertThat;

/** The codes massage, PT and chiropractic practices bill every day: in the catalog, priced, and bounded by MUEs. */
class EverydayCodesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    /** Issue 17 §6: the codes these practices bill besides massage, manual therapy and manipulation. */
    static Stream<String> everydayCodes() {
        return Stream.of("97113", "97116", "97150", "97535", "97542", "97750", "97760", "97761", "97763",
                "20560", "20561", "98975", "98976", "98977", "98978", "98979", "98980", "98981", "98984", "98985",
                "98986", "97161", "97162", "97163", "97164", "97165", "97166", "97167", "97168", "99202", "99203",
                "99204", "99205", "99211", "99212", "99213", "99214", "99215", "G0283");
    }

    @ParameterizedTest(name = "{0} is in force today with a short description of our own")
    @MethodSource("everydayCodes")
    void everyEverydayCodeIsInTheCatalogWithItsOwnDescription(String code) {
        assertThat(RULES.codes().lookup(code, TODAY)).isInstanceOfSatisfying(CodeLookup.Found.class, found -> {
            assertThat(found.entry().description()).isNotBlank().hasSizeLessThan(100);
            assertThat(found.entry().renderers()).isNotEmpty();
        });
    }

    @ParameterizedTest(name = "{0} has a fee in the default fee schedule")
    @MethodSource("everydayCodes")
    void everyEverydayCodeHasADefaultFee(String code) {
        assertThat(RULES.fees().chargeFor(code, 1)).as(code).hasValueSatisfying(fee -> assertThat(fee.cents()).isPositive());
    }

    @ParameterizedTest(name = "a visit billing {0} is charged for it")
    @MethodSource("everydayCodes")
    void aDemoVisitBillingAnEverydayCodeHasNoMissingCharge(String code) {
        CatalogCode entry = RULES.codes().find(code).orElseThrow();
        ClaimDraft claim = scrub(visit().payer("self-pay").by(rendererOf(entry))
                .code(code, entry.isTimed() ? 30 : null, "lumbar"));

        none(claim, "charge.missing");
        assertThat(line(claim, code).charge()).isPresent();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"97113,TIMED_15", "97542,TIMED_15", "97760,TIMED_15", "97761,TIMED_15", "97763,TIMED_15",
            "20560,UNTIMED", "20561,UNTIMED", "98975,UNTIMED", "98977,UNTIMED", "98980,UNTIMED", "98985,UNTIMED",
            "97150,UNTIMED", "97165,UNTIMED", "99203,UNTIMED"})
    void timedCodesCountMinutesAndUntimedCodesBillOneUnit(String code, UnitBasis basis) {
        assertThat(RULES.codes().find(code)).hasValueSatisfying(entry -> assertThat(entry.unitBasis()).isEqualTo(basis));
    }

    @ParameterizedTest(name = "{0} has an MUE of {1}")
    @CsvSource({"97113,6", "97116,4", "97150,1", "97535,8", "97750,8", "20560,1", "20561,1", "97161,1", "97168,1",
            "99213,2", "99215,1", "G0283,1"})
    void everydayCodesCarryTheMueOfTheCmsTable(String code, int units) {
        assertThat(RULES.mue().newest().find(code)).hasValueSatisfying(edit -> assertThat(edit.maxUnits()).isEqualTo(units));
    }

    @Test
    void dryNeedlingCodesBeganIn2020AndAreSometimesTherapy() {
        assertThat(RULES.codes().lookup("20560", LocalDate.of(2019, 12, 31))).isInstanceOf(CodeLookup.NotYetEffective.class);
        CatalogCode entry = RULES.codes().find("20561").orElseThrow();
        assertThat(entry.alwaysTherapy()).isFalse();
        assertThat(entry.therapyModifier()).isEqualTo(TherapyModifierRule.BY_PLAN_OF_CARE);
        assertThat(entry.renderers()).contains(ProviderType.PT).doesNotContain(ProviderType.LMT);
    }

    @Test
    void theOrthoticCheckoutCodeEndedIn2017AndNamesItsReplacement() {
        assertThat(RULES.codes().lookup("97762", LocalDate.of(2017, 12, 31))).isInstanceOf(CodeLookup.Found.class);
        assertThat(RULES.codes().lookup("97762", LocalDate.of(2018, 1, 1))).isInstanceOfSatisfying(CodeLookup.Deleted.class,
                deleted -> assertThat(deleted.entry().replacedBy()).containsExactly("97763"));
        assertThat(RULES.codes().lookup("97763", LocalDate.of(2017, 12, 31))).isInstanceOf(CodeLookup.NotYetEffective.class);
    }

    @Test
    void theShortRemoteMonitoringCodesBeganIn2026() {
        for (String code : List.of("98979", "98984", "98985", "98986")) {
            assertThat(RULES.codes().lookup(code, LocalDate.of(2025, 12, 31))).as(code)
                    .isInstanceOf(CodeLookup.NotYetEffective.class);
            assertThat(RULES.codes().lookup(code, LocalDate.of(2026, 1, 1))).as(code).isInstanceOf(CodeLookup.Found.class);
        }
        assertThat(RULES.codes().lookup("98977", LocalDate.of(2021, 12, 31))).isInstanceOf(CodeLookup.NotYetEffective.class);
    }

    @Test
    void everyCodeStillInUseHasADefaultFeeSaveTheUnlistedProcedureAndTwoNonTherapyCodes() {
        List<String> unpriced = RULES.codes().all().stream()
                .filter(entry -> entry.period().through().isEmpty())
                .map(CatalogCode::code)
                .filter(code -> RULES.fees().chargeFor(code, 1).isEmpty())
                .toList();

        // 97139 is priced by what it covers, which only the practice knows; 99406 and 95180 are physicians' codes.
        assertThat(unpriced).containsExactlyInAnyOrder("97139", "99406", "95180");
    }

    // A physical therapist where the code allows one, else the first renderer the catalog names.
    private static ProviderType rendererOf(CatalogCode entry) {
        return entry.renderers().contains(ProviderType.PT) ? ProviderType.PT
                : entry.renderers().stream().sorted().findFirst().orElseThrow();
    }
}
