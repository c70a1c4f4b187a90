package dev.cleanclaim.app.contract;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Severity;

import java.util.Comparator;
import java.util.Locale;

/** A claim as a report a biller reads at a glance: the lines, then the findings, errors first. */
public final class ClaimText {

    private ClaimText() {
    }

    public static String summary(ClaimDraft claim) {
        return count(claim, Severity.ERROR) + " error(s), " + count(claim, Severity.WARNING) + " warning(s), "
                + count(claim, Severity.INFO) + " info";
    }

    public static String write(String name, ClaimDraft claim) {
        StringBuilder text = new StringBuilder();
        text.append(name).append("  ").append(claim.dateOfService()).append("  ").append(claim.payerId())
                .append("  units by ").append(claim.unitMethod().id()).append(": ").append(claim.totalTimedMinutes())
                .append(" timed min = ").append(claim.totalTimedUnits()).append(" unit(s)  total $").append(claim.totalCharge())
                .append("  ").append(claim.hasErrors() ? "NOT READY" : "READY").append('\n');
        text.append("  diagnoses: ");
        for (int i = 0; i < claim.diagnoses().size(); i++) {
            text.append(i == 0 ? "" : "  ").append((char) ('A' + i)).append(' ').append(claim.diagnoses().get(i));
        }
        text.append('\n');
        for (ClaimLine line : claim.lines()) {
            text.append(String.format(Locale.ROOT, "  %-6s %-12s %2d unit(s) %8s  dx %-8s %10s%s%n", line.code(),
                    String.join(" ", line.modifiers()), line.units(),
                    line.minutes().isPresent() ? line.minutes().getAsInt() + " min" : "",
                    String.join(",", line.diagnosisPointers()), line.charge().map(charge -> "$" + charge).orElse("no fee"),
                    line.allowed().map(allowed -> "  allowed $" + allowed).orElse("")));
        }
        claim.findings().stream().sorted(Comparator.comparing(Finding::severity)).forEach(finding -> {
            text.append(String.format(Locale.ROOT, "  %-7s %-25s %s%n", finding.severity().id().toUpperCase(Locale.ROOT),
                    finding.rule(), finding.message()));
            finding.fix().ifPresent(fix -> text.append("          fix: ").append(fix).append('\n'));
            finding.remedy().ifPresent(remedy -> text.append("          remedy: ").append(remedy.label()).append('\n'));
            text.append("          source: ").append(finding.source()).append('\n');
        });
        return text.append('\n').toString();
    }

    private static long count(ClaimDraft claim, Severity severity) {
        return claim.findings().stream().filter(finding -> finding.severity() == severity).count();
    }
}
