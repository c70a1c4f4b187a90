package dev.cleanclaim.core.scrub;

import dev.cleanclaim.core.claim.FindingCollector;
import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.region.BodyRegion;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.therapy.TherapyYearToDate;
import dev.cleanclaim.core.visit.Diagnosis;
import dev.cleanclaim.core.visit.Visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What every rule sees while one claim is scrubbed: the visit, its working lines, rule data and the findings. */
public final class ScrubContext {

    private final Visit visit;
    private final RuleData rules;
    private final List<LineDraft> lines;
    private final FindingCollector findings;
    private final long epochDay;
    private final Optional<TherapyYearToDate> therapySoFar;
    // A claim has a handful of lines, so a list of settled pairs beats hashing concatenated keys.
    private final List<String[]> settledPairs = new ArrayList<>(2);

    public ScrubContext(Visit visit, RuleData rules, List<LineDraft> lines, FindingCollector findings) {
        this(visit, rules, lines, findings, Optional.empty());
    }

    /** @param therapySoFar the patient's therapy this year before this visit, when something keeps track of it */
    public ScrubContext(Visit visit, RuleData rules, List<LineDraft> lines, FindingCollector findings,
                        Optional<TherapyYearToDate> therapySoFar) {
        this.visit = visit;
        this.rules = rules;
        this.lines = List.copyOf(lines);
        this.findings = findings;
        this.epochDay = visit.dateOfService().toEpochDay();
        this.therapySoFar = therapySoFar;
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

    /** The date of service as an epoch day, for the many date checks of one claim. */
    public long epochDay() {
        return epochDay;
    }

    public RuleData rules() {
        return rules;
    }

    /**
     * The distinct-service modifier the engine appends for this payer on this date: the payer's own, unless it was not
     * in force yet on the date of service, when the one that did its job then is (59 before the X modifiers, 2015).
     */
    public String distinctModifier() {
        return rules.modifiers().inForceFor(payer().distinctModifier(), epochDay);
    }

    /**
     * The patient's Medicare therapy this year before this visit, from the claims on record; empty when nothing keeps
     * the patient's claims (a visit file scrubbed on its own).
     */
    public Optional<TherapyYearToDate> therapySoFar() {
        return therapySoFar;
    }

    public List<LineDraft> lines() {
        return lines;
    }

    public Optional<LineDraft> line(String code) {
        for (LineDraft line : lines) {
            if (line.code().equals(code)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    public List<LineDraft> linesOfFamily(Set<String> families) {
        List<LineDraft> found = new ArrayList<>(2);
        for (LineDraft line : lines) {
            if (families.contains(line.entry().family())) {
                found.add(line);
            }
        }
        return found;
    }

    public FindingCollector findings() {
        return findings;
    }

    /** The diagnoses a line points to. */
    public List<Diagnosis> diagnosesOf(LineDraft line) {
        return line.pointers().stream().map(visit.diagnoses()::get).toList();
    }

    /** True when the line points to a diagnosis of its own regions that does not concern the other line's regions. */
    public boolean pointsToItsOwnRegion(LineDraft line, Collection<BodyRegion> otherRegions) {
        List<Integer> pointers = line.pointers();
        for (int p = 0; p < pointers.size(); p++) {
            List<BodyRegion> regions = visit.diagnoses().get(pointers.get(p)).regions();
            boolean own = false;
            boolean other = false;
            for (int r = 0; r < regions.size(); r++) {
                own |= line.regions().contains(regions.get(r));
                other |= otherRegions.contains(regions.get(r));
            }
            if (own && !other) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks a code pair as settled by a more specific rule (chiropractic region rules settle CMT pairs), so the
     * general NCCI pair rule does not report the same pair twice.
     */
    public void settlePair(String first, String second) {
        settledPairs.add(new String[] {first, second});
    }

    public boolean isSettled(String first, String second) {
        for (String[] pair : settledPairs) {
            if ((pair[0].equals(first) && pair[1].equals(second)) || (pair[0].equals(second) && pair[1].equals(first))) {
                return true;
            }
        }
        return false;
    }
}
