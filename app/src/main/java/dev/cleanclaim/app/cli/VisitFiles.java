package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.VisitReader;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.scrub.Scrubber;
import dev.cleanclaim.core.visit.Visit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and scrubs the visit files a command was given. Every file is read before anything is printed or
 * written, so one bad file stops the run, and every problem in every file is reported at once.
 */
final class VisitFiles {

    /** One visit file, its visit and the claim it scrubbed into. */
    record ScrubbedVisit(String file, Visit visit, ClaimDraft claim) {
    }

    /** @param problems one line per problem, each starting with its file; empty when every file was a valid visit */
    record Batch(List<ScrubbedVisit> visits, List<String> problems) {
    }

    private VisitFiles() {
    }

    static Batch scrub(List<Path> files, RuleData ruleData, LocalDate today) {
        VisitReader reader = new VisitReader(ruleData, today);
        Scrubber scrubber = new Scrubber(ruleData);
        List<ScrubbedVisit> visits = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                Visit visit = reader.read(file);
                visits.add(new ScrubbedVisit(file.toString(), visit, scrubber.scrub(visit)));
            } catch (InputException e) {
                problems.addAll(e.lines());
            }
        }
        return new Batch(visits, problems);
    }
}
