package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.cli.VisitFiles.ScrubbedVisit;
import dev.cleanclaim.app.contract.ClaimText;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.contract.PracticeReader;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.ruledata.RuleData;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "claim",
        description = {"Scrubs visit files and writes the claim documents: X12 837P, CMS-1500 PDF, superbill,",
                "letter of medical necessity, FHIR R4. A claim with error findings is not written unless --force.",
                "Exit 0 all written and clean, 1 a claim has error findings, 2 bad input or missing facts."})
final class ClaimCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulesOption rules;

    @Option(names = "--practice", paramLabel = "practice.yaml", defaultValue = "practice.yaml",
            description = "Practice file: billing provider, submitter, providers, payers (default ./${DEFAULT-VALUE}).")
    private Path practiceFile;

    @Option(names = "--force", description = "Write claims that have error findings too; the output says which.")
    private boolean force;

    @ArgGroup(exclusive = false, heading = "Outputs:%n")
    private ClaimOutputOptions outputs = new ClaimOutputOptions();

    @ArgGroup(exclusive = false, heading = "Settings:%n")
    private EnvelopeOptions settings = new EnvelopeOptions();

    @Parameters(arity = "1..*", paramLabel = "VISIT.json", description = "Visit files with their patient block (see README).")
    private List<Path> visitFiles;

    private final CliContext context;

    ClaimCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!outputs.any()) {
            throw new InputException("cleanclaim claim", List.of(new InputProblem("options",
                    "name at least one output: --837, --pdf, --superbill, --lmn or --fhir")));
        }
        RuleData ruleData = context.rules(rules.folder());
        Practice practice = new PracticeReader(ruleData).read(practiceFile);
        VisitFiles.Batch batch = VisitFiles.scrub(visitFiles, ruleData, context.today());
        if (!batch.problems().isEmpty()) {
            batch.problems().forEach(spec.commandLine().getErr()::println);
            return ExitCode.BAD_INPUT;
        }
        List<ScrubbedVisit> visits = batch.visits();
        PrintWriter out = spec.commandLine().getOut();
        List<ScrubbedVisit> writable = new ArrayList<>();
        for (ScrubbedVisit visit : visits) {
            out.println(visit.file() + ": " + ClaimText.summary(visit.claim()));
            if (!visit.claim().hasErrors()) {
                writable.add(visit);
            } else if (force) {
                writable.add(visit);
                out.println(visit.file() + ": written despite " + errorCount(visit.claim())
                        + " error finding(s), because of --force; the payer is likely to reject or deny it");
            } else {
                out.println(visit.file() + ": not written: " + errorCount(visit.claim())
                        + " error finding(s); fix them (cleanclaim scrub --format text shows how) or use --force");
            }
        }
        if (!writable.isEmpty()) {
            new ClaimDocuments(ruleData, practice, context, settings, out).write(writable, outputs);
        }
        return visits.stream().anyMatch(visit -> visit.claim().hasErrors()) ? ExitCode.CLAIM_HAS_ERRORS : ExitCode.OK;
    }

    private static long errorCount(ClaimDraft claim) {
        return claim.findings().stream().filter(finding -> finding.severity() == Severity.ERROR).count();
    }
}
