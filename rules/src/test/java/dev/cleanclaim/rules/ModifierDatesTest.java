package dev.cleanclaim.rules;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Remedy;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.modifier.ModifierDefinition;
import dev.cleanclaim.core.modifier.Modifiers;
import dev.cleanclaim.core.payer.Payer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.cleanclaim.rules.BuiltInRuleDataTest.RULES;
import static dev.cleanclaim.rules.Scrubbed.line;
import static dev.cleanclaim.rules.Scrubbed.none;
import static dev.cleanclaim.rules.Scrubbed.only;
import static dev.cleanclaim.rules.Scrubbed.scrub;
import static dev.cleanclaim.rules.Scrubbed.visit;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17 §3: every modifier's dates are rule data, and the engine bills and checks modifiers by them. */
class ModifierDatesTest {

    private static ModifierDefinition modifier(String modifier) {
        return RULES.modifiers().find(modifier).orElseThrow(() -> new AssertionError(modifier + " is not in modifiers.csv"));
    }

    @ParameterizedTest(name = "{0} is in force from {1}")
    @CsvSource({"GP,1999-01-01", "GO,1999-01-01", "GN,1999-01-01", "XE,2015-01-01", "XS,2015-01-01", "XP,2015-01-01",
            "XU,2015-01-01", "CQ,2020-01-01", "CO,2020-01-01", "AT,2004-10-01", "GX,2010-04-01"})
    void theModifierDataDatesEachModifier(String code, LocalDate from) {
        assertThat(modifier(code).period().from()).contains(from);
        assertThat(modifier(code).period().through()).isEmpty();
    }

    @ParameterizedTest(name = "{0} has no start date")
    @CsvSource({"59", "25", "KX", "GA", "GY", "GZ", "U7", "LT", "RT"})
    void modifiersOlderThanAnyDateCitedHaveNoStartDate(String code) {
        assertThat(modifier(code).period().from()).isEmpty();
        assertThat(modifier(code).meaning()).isNotBlank();
        assertThat(modifier(code).source()).isNotBlank();
    }

    @Test
    void theXModifiersTookOverFrom59AndGxHasNoPredecessor() {
        for (String x : Modifiers.X_MODIFIERS) {
            assertThat(modifier(x).predecessor()).contains("59");
        }
        assertThat(modifier("GX").predecessor()).as("GA is for covered services, never a voluntary notice").isEmpty();
    }

    @Test
    void medicarePaysAnAssistantsServiceAt85PercentFrom2022ByTheData() {
        for (String assistant : Modifiers.ASSISTANT) {
            assertThat(modifier(assistant).medicareShare()).hasValueSatisfying(share -> {
                assertThat(share.share()).isEqualByComparingTo(new BigDecimal("0.85"));
                assertThat(share.from()).isEqualTo(LocalDate.of(2022, 1, 1));
            });
        }
        assertThat(RULES.medicareFees().modifierShares()).extracting(share -> share.modifier())
                .containsExactlyInAnyOrder("CQ", "CO");
    }

    @Test
    void everyModifierTheRulesOrThePayerPacksNameIsDated() {
        List<String> named = new ArrayList<>(List.of(Modifiers.DISTINCT_PROCEDURE, "AT", "GA", "KX", "U7"));
        named.addAll(Modifiers.X_MODIFIERS);
        named.addAll(Modifiers.THERAPY);
        named.addAll(Modifiers.ASSISTANT);
        for (String id : RULES.payers().ids()) {
            Payer payer = RULES.payers().find(id).orElseThrow();
            named.add(payer.distinctModifier());
            named.addAll(payer.modifierOrder());
        }
        assertThat(named).allSatisfy(code -> assertThat(RULES.modifiers().find(code)).as(code).isPresent());
    }

    @Test
    void beforeTheXModifiersExistedTheEngineAppends59ForAPayerThatPrefersXs() {
        ClaimDraft claim = scrub(visit().on("2014-06-02").payer("commercial").rationale()
                .diagnosis("M54.2", "cervical").diagnosis("M25.561", "right-knee")
                .code("97140", 15, "right-knee").code("97750", 15, "cervical"));

        assertThat(line(claim, "97750").modifiers()).containsExactly("59");
        assertThat(only(claim, "ncci.ptp").message()).contains("Appended 59 to 97750");
        none(claim, "modifier.not-effective");
    }

    @Test
    void fromTheFirstDayOfTheXModifiersTheEngineAppendsThePayersXs() {
        ClaimDraft claim = scrub(visit().on("2015-01-01").payer("commercial").rationale()
                .diagnosis("M54.2", "cervical").diagnosis("M25.561", "right-knee")
                .code("97140", 15, "right-knee").code("97750", 15, "cervical"));

        assertThat(line(claim, "97750").modifiers()).containsExactly("XS");
    }

    @Test
    void beforeTheXModifiersThePairFixOffers59AloneAsTextAndAsRemedy() {
        ClaimDraft claim = scrub(visit().on("2014-06-02").payer("commercial").rationale()
                .diagnosis("M25.561", "right-knee").code("97140", 15, "right-knee").code("97750", 15, "cervical"));

        Finding finding = only(claim, "ncci.ptp");
        assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).startsWith("Append 59 to 97750 when"));
        assertThat(finding.remedy()).contains(new Remedy.AppendModifier("97750", "59"));
    }

    @Test
    void beforeTheXModifiersAChiropractorsSeparateRegionTherapyGets59() {
        ClaimDraft claim = scrub(visit().on("2014-06-02").by(ProviderType.DC).payer("commercial").referral().rationale()
                .activeTreatment().diagnosis("M99.01", "cervical").diagnosis("M25.512", "left-shoulder")
                .code("98940", null, "cervical").codeAndTechnique("97140", "joint mobilization", 15, "left-shoulder"));

        assertThat(line(claim, "97140").modifiers()).containsExactly("59");
        assertThat(only(claim, "cmt.region").message()).contains("Appended 59 to 97140");
    }

    @Test
    void anXModifierBilledBefore2015IsAnErrorThatNames59() {
        ClaimDraft claim = scrub(visit().on("2014-06-02").payer("commercial").rationale()
                .codeWithModifiers("97110", 30, List.of("XS"), "lumbar"));

        Finding finding = only(claim, "modifier.not-effective");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.codes()).containsExactly("97110");
        assertThat(finding.message()).isEqualTo("97110 carries XS (distinct service: a separate structure or body"
                + " region), which applies to services from 2015-01-01; this visit is on 2014-06-02.");
        assertThat(finding.fix()).hasValue("Replace XS with 59 (distinct procedural service) on 97110: it is the one in"
                + " force on 2014-06-02.");
    }

    @Test
    void gpBilledBefore1999IsAnErrorToRemove() {
        ClaimDraft claim = scrub(visit().on("1998-06-01").payer("commercial").rationale()
                .codeWithModifiers("97110", 30, List.of("GP"), "lumbar"));

        assertThat(only(claim, "modifier.not-effective").fix()).hasValue("Remove GP from 97110.");
    }

    @Test
    void cqBilledBefore2020IsAnError() {
        ClaimDraft claim = scrub(visit().on("2019-11-04").rationale()
                .codeWithModifiers("97110", 30, List.of("CQ"), "lumbar"));

        assertThat(only(claim, "modifier.not-effective").message()).contains("CQ").contains("from 2020-01-01");
    }

    @Test
    void modifiersInForceOnTheirDateAreQuiet() {
        none(scrub(visit().on("2015-01-01").payer("commercial").rationale()
                .codeWithModifiers("97110", 30, List.of("XS"), "lumbar")), "modifier.not-effective");
        none(scrub(visit().on("2014-06-02").payer("commercial").rationale()
                .codeWithModifiers("97110", 30, List.of("59"), "lumbar")), "modifier.not-effective");
        none(scrub(visit().on("1999-01-01").payer("commercial").rationale()
                .codeWithModifiers("97110", 30, List.of("GP"), "lumbar")), "modifier.not-effective");
        none(scrub(visit().on("2020-01-01").rationale().codeWithModifiers("97110", 30, List.of("CQ"), "lumbar")),
                "modifier.not-effective");
    }

    @Test
    void aModifierTheDataDoesNotDateIsLeftAlone() {
        none(scrub(visit().on("1998-06-01").payer("commercial").rationale()
                .codeWithModifiers("97110", 30, List.of("76"), "lumbar")), "modifier.not-effective");
    }

    @Test
    void theEngineAppendsNoModifierBeforeItsDate() {
        ClaimDraft assisted = scrub(visit().on("2019-11-04").rationale().assistedCode("97110", 30, "lumbar"));
        ClaimDraft before1999 = scrub(visit().on("1998-12-31").rationale().code("97110", 30, "lumbar"));

        none(assisted, "modifier.not-effective");
        assertThat(line(assisted, "97110").modifiers()).doesNotContain("CQ");
        none(before1999, "modifier.therapy");
        assertThat(line(before1999, "97110").modifiers()).isEmpty();
    }

    @Test
    void medicareTherapyTakesGpFrom1999NotOnlyFrom2018() {
        assertThat(line(scrub(visit().on("1999-01-01").rationale().code("97110", 30, "lumbar")), "97110").modifiers())
                .containsExactly("GP");
        assertThat(line(scrub(visit().on("2017-06-01").rationale().code("97110", 30, "lumbar")), "97110").modifiers())
                .containsExactly("GP");
    }

    @Test
    void anAssistantsServiceSaysMedicarePays85PercentOnlyOnceTheReductionApplies() {
        ClaimDraft in2020 = scrub(visit().on("2020-06-01").rationale().assistedCode("97110", 30, "lumbar"));
        ClaimDraft in2026 = scrub(visit().rationale().assistedCode("97110", 30, "lumbar"));

        assertThat(only(in2020, "modifier.assistant").message())
                .isEqualTo("Appended CQ to 97110: an assistant furnished the service.");
        assertThat(only(in2026, "modifier.assistant").message())
                .isEqualTo("Appended CQ to 97110: an assistant furnished the service; Medicare pays it at 85% of the fee schedule.");
    }

    @Test
    void everyPayerPackChecksModifierDates() {
        for (String id : RULES.payers().ids()) {
            assertThat(RULES.payers().find(id).orElseThrow().rules()).as(id)
                    .anySatisfy(rule -> assertThat(rule.id()).isEqualTo("modifier.not-effective"));
        }
    }

    @Test
    void theDefinitionsOfTheNewRuleSayWhereItComesFrom() {
        assertThat(RULES.definitions().find("modifier.not-effective")).hasValueSatisfying(definition ->
                assertThat(definition.source()).contains("modifiers.csv"));
        assertThat(RULES.definitions().find("modifier.therapy").map(d -> d.period().from()))
                .contains(Optional.of(LocalDate.of(1999, 1, 1)));
    }
}
