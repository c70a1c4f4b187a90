package dev.cleanclaim.rules;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.scrub.Scrubber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * units.daily-cap, turned on by packs of the test's own: no built-in payer is known to cap timed therapy a day, so
 * none of the shipped packs does.
 */
class DailyTherapyCapTest {

    private static final String RULE = "units.daily-cap";

    @TempDir
    static Path folder;
    private static RuleData rules;
    private static Scrubber scrubber;

    @BeforeAll
    static void packsThatCapTimedTherapy() throws IOException {
        Files.createDirectories(folder.resolve("payers"));
        pack("capped-units", """
                  - id: modifier.therapy
                  - id: units.daily-cap
                    with: {maxUnits: 4}
                """);
        pack("capped-minutes", """
                  - id: units.daily-cap
                    with: {maxMinutes: 60}
                """);
        pack("capped-exercise", """
                  - id: units.daily-cap
                    with: {maxUnits: 4, families: [therapeutic-procedure], severity: warning}
                """);
        rules = BuiltInRuleData.load(folder);
        scrubber = new Scrubber(rules);
    }

    @Test
    void fourTimedUnitsOfPhysicalTherapyAreAtTheCapAndPass() {
        none(scrub(visit("capped-units").code("97110", 30, "lumbar").code("97140", 30, "lumbar")));
    }

    @Test
    void oneUnitOverTheCapIsAnErrorNamingTheDisciplineTheUnitsBilledAndTheCap() {
        ClaimDraft claim = scrub(visit("capped-units").code("97110", 38, "lumbar").code("97140", 30, "lumbar"));

        Finding finding = only(claim);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.codes()).containsExactly("97110", "97140");
        assertThat(finding.message()).contains("at most 4 units of timed PT therapy a day")
                .contains("bills 5 units in 68 minutes").contains("97110 3 units (38 min), 97140 2 units (30 min)");
        assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix)
                .contains("Bill at most 4 timed units of PT on this date: take 1 unit off 97110 or 97140")
                .contains("denies what is beyond its cap"));
    }

    @Test
    void speechTherapyIsCappedApartFromPhysicalTherapyUnlikeMedicaresThreshold() {
        none(scrub(visit("capped-units").codeWithModifiers("97110", 60, List.of("GP"), "lumbar")
                .codeWithModifiers("97112", 30, List.of("GN"), "lumbar")));
        assertThat(only(scrub(visit("capped-units").codeWithModifiers("97112", 75, List.of("GN"), "lumbar"))).message())
                .contains("timed SLP therapy");
    }

    @Test
    void physicalAndOccupationalTherapyAreEachCappedOnTheirOwn() {
        VisitBuilder atBothCaps = visit("capped-units").codeWithModifiers("97110", 60, List.of("GP"), "lumbar")
                .codeWithModifiers("97535", 60, List.of("GO"), "right-hand");
        VisitBuilder overTheOtCap = visit("capped-units").codeWithModifiers("97110", 60, List.of("GP"), "lumbar")
                .codeWithModifiers("97535", 75, List.of("GO"), "right-hand");

        none(scrub(atBothCaps));
        Finding finding = only(scrub(overTheOtCap));
        assertThat(finding.codes()).containsExactly("97535");
        assertThat(finding.message()).contains("timed OT therapy").contains("bills 5 units");
    }

    @Test
    void untimedCodesAreNotCountedTowardTheCap() {
        none(scrub(visit("capped-units").code("97110", 60, "lumbar").code("97010", null, "lumbar")
                .code("97164", null, "lumbar")));
    }

    @Test
    void aLineWithoutATherapyModifierCountsTowardTheDisciplineOfItsProvider() {
        ClaimDraft byAnOccupationalTherapist = scrub(visit("capped-minutes").by(ProviderType.OT).code("97530", 75, "right-hand"));
        ClaimDraft byAChiropractor = scrub(visit("capped-minutes").by(ProviderType.DC).code("97140", 75, "lumbar"));

        assertThat(only(byAnOccupationalTherapist).message()).contains("timed OT therapy");
        assertThat(only(byAChiropractor).message()).contains("timed PT therapy");
    }

    @Test
    void aCapInMinutesCountsTheTimedMinutesOfTheDiscipline() {
        none(scrub(visit("capped-minutes").code("97110", 30, "lumbar").code("97140", 30, "lumbar")));

        Finding finding = only(scrub(visit("capped-minutes").code("97110", 38, "lumbar").code("97140", 30, "lumbar")));
        assertThat(finding.message()).contains("at most 60 minutes of timed PT therapy a day");
        assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix)
                .contains("leave 8 minutes of 97110 or 97140 off the claim"));
    }

    @Test
    void aCapOnSomeFamiliesCountsOnlyThoseAndMayBeAWarning() {
        none(scrub(visit("capped-exercise").code("97110", 60, "lumbar").code("97140", 30, "lumbar")));

        Finding finding = only(scrub(visit("capped-exercise").code("97110", 60, "lumbar").code("97530", 15, "lumbar")
                .code("97140", 30, "lumbar")));
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.codes()).containsExactly("97110", "97530");
    }

    @Test
    void noBuiltInPayerCapsTimedTherapy() {
        RuleData builtIn = BuiltInRuleDataTest.RULES;
        assertThat(builtIn.payers().ids()).allSatisfy(id ->
                assertThat(builtIn.payers().find(id).orElseThrow().applies(RULE)).as(id).isFalse());
    }

    @Test
    void aCapThatIsNotAWholeNumberOrIsMissingIsRefusedWithThePack() throws IOException {
        assertThatThrownBy(() -> load("capped-badly", "with: {maxUnits: four}"))
                .hasMessageContaining("capped-badly.yaml").hasMessageContaining("maxUnits").hasMessageContaining("four");
        assertThatThrownBy(() -> load("capped-nothing", "with: {families: [massage]}"))
                .hasMessageContaining("needs maxUnits or maxMinutes");
        assertThatThrownBy(() -> load("capped-misspelt", "with: {maxUnit: 4}"))
                .hasMessageContaining("unknown setting(s) [maxUnit]");
    }

    private static RuleData load(String id, String with) throws IOException {
        Path other = Files.createDirectories(folder.resolve(id).resolve("payers"));
        Files.writeString(other.resolve(id + ".yaml"), packText(id, "  - id: units.daily-cap\n    " + with + "\n"));
        return BuiltInRuleData.load(other.getParent());
    }

    private static void pack(String id, String rulesText) throws IOException {
        Files.writeString(folder.resolve("payers").resolve(id + ".yaml"), packText(id, rulesText));
    }

    private static String packText(String id, String rulesText) {
        return """
                id: %s
                name: A plan that caps therapy
                unitMethod: ama
                unitMethodSource: "the test's plan counts units by the AMA time rule"
                rules:
                """.formatted(id) + rulesText;
    }

    private static VisitBuilder visit(String payer) {
        return VisitBuilder.visit(rules).payer(payer).by(ProviderType.PT).rationale();
    }

    private static ClaimDraft scrub(VisitBuilder visit) {
        return scrubber.scrub(visit.build());
    }

    private static Finding only(ClaimDraft claim) {
        return Scrubbed.only(claim, RULE);
    }

    private static void none(ClaimDraft claim) {
        Scrubbed.none(claim, RULE);
    }
}
