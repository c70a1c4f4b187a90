package dev.cleanclaim.core.scrub;

import dev.cleanclaim.core.claim.FindingCollector;
import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.region.BodyRegion;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.visit.Diagnosis;
import dev.cleanclaim.core.visit.Visit;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What every rule sees while one claim is scrubbed: the visit, its working lines, rule data and the findings. */
public final class ScrubContext {

    private final Visit visit;
    private final RuleData rules;
    private final List<LineDraft> lines;
    private final FindingCollector findings;
    private final Set<String> settledPairs = new HashSet<>();

    public ScrubContext(Visit visit, RuleData rules, List<LineDraft> lines, FindingCollector findings) {
        this.visit = visit;
        this.rules = rules;
        this.lines = List.copyOf(lines);
        this.findings = findings;
    }

    public Visit visit() {
        return visit;
    }

    public Payer payer() {
        return visit.payer();
    }

    public LocalDate dateOfService() {
        return visit.dateOfService();
    }

    public RuleData rules() {
        return rules;
    }

    public List<LineDraft> lines() {
        return lines;
    }

    public Optional<LineDraft> line(String code) {
        return lines.stream().filter(line -> line.code().equals(code)).findFirst();
    }

    public List<LineDraft> linesOfFamily(Set<String> families) {
        return lines.stream().filter(line -> families.contains(line.entry().family())).toList();
    }

    public FindingCollector findings() {
        return findings;
    }

    /** The diagnoses a line points to. */
    public List<Diagnosis> diagnosesOf(LineDraft line) {
        return line.pointers().stream().map(visit.diagnoses()::get).toList();
    }

    /** True when the line points to a diagnosis of its own regions that does not concern the other line's regions. */
    public boolean pointsToItsOwnRegion(LineDraft line, Set<BodyRegion> otherRegions) {
        return diagnosesOf(line).stream().anyMatch(diagnosis ->
                diagnosis.regions().stream().anyMatch(line.regions()::contains)
                        && diagnosis.regions().stream().noneMatch(otherRegions::contains));
    }

    /**
     * Marks a code pair as settled by a more specific rule (chiropractic region rules settle CMT pairs), so the
     * general NCCI pair rule does not report the same pair twice.
     */
    public void settlePair(String first, String second) {
        settledPairs.add(pairKey(first, second));
    }

    public boolean isSettled(String first, String second) {
        return settledPairs.contains(pairKey(first, second));
    }

    private static String pairKey(String first, String second) {
        return first.compareTo(second) < 0 ? first + "|" + second : second + "|" + first;
    }
}
