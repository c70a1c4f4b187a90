package dev.cleanclaim.rules;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Remedy;
import dev.cleanclaim.core.scrub.Scrubber;
import dev.cleanclaim.core.therapy.TherapyYearToDate;
import dev.cleanclaim.core.visit.RemedyApplier;

import java.util.List;

import static dev.cleanclaim.rules.BuiltInRuleDataTest.RULES;
import static org.assertj.core.api.Assertions.assertThat;

/** Test helpers: scrub a built visit with the built-in rules and read findings and lines back. */
final class Scrubbed {

    private static final Scrubber SCRUBBER = new Scrubber(RULES);

    private Scrubbed() {
    }

    static VisitBuilder visit() {
        return VisitBuilder.visit(RULES);
    }

    static ClaimDraft scrub(VisitBuilder builder) {
        return SCRUBBER.scrub(builder.build());
    }

    /** Scrubs as the workspace does for a patient whose claims add up to {@code therapySoFar} this year. */
    static ClaimDraft scrub(VisitBuilder builder, TherapyYearToDate therapySoFar) {
        return SCRUBBER.scrub(builder.build(), therapySoFar);
    }

    /** Applies the finding's remedy to the visit it was found on and scrubs the edited visit again. */
    static ClaimDraft scrubRemedied(VisitBuilder builder, Finding finding) {
        Remedy remedy = finding.remedy().orElseThrow(() -> new AssertionError("no remedy on " + finding));
        return SCRUBBER.scrub(RemedyApplier.apply(builder.build(), remedy, RULES));
    }

    static List<Finding> findings(ClaimDraft claim, String rule) {
        return claim.findings().stream().filter(finding -> finding.rule().equals(rule)).toList();
    }

    static Finding only(ClaimDraft claim, String rule) {
        List<Finding> matching = findings(claim, rule);
        assertThat(matching).as("findings %s in %s", rule, claim.findings()).hasSize(1);
        return matching.get(0);
    }

    static void none(ClaimDraft claim, String rule) {
        assertThat(findings(claim, rule)).as("findings %s in %s", rule, claim.findings()).isEmpty();
    }

    static ClaimLine line(ClaimDraft claim, String code) {
        return claim.lines().stream().filter(line -> line.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + code + " in " + claim.lines()));
    }
}
