package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.contract.ClaimJson;
import dev.cleanclaim.app.contract.ClaimText;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.core.claim.ClaimDraft;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "scrub",
        description = {"Scrubs visit files into clean claims: coding, units, NCCI edits, MUEs, chiropractic rules,",
                "modifiers, payer rules, documentation and diagnosis pointers, every finding explained.",
                "Exit 0 clean or warnings only, 1 any error finding, 2 a file is not a valid visit."})
final class ScrubCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulesOption rules;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
            description = "json: the claim contract (an array for several files); text: a report a biller reads at a glance.")
    private String format;

    @Parameters(arity = "1..*", paramLabel = "VISIT.json", description = "Visit files (see README, \"Visit file\").")
    private List<Path> visitFiles;

    private final CliContext context;

    ScrubCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!format.equals("json") && !format.equals("text")) {
            throw new InputException("cleanclaim scrub", List.of(new InputProblem("--format",
                    "expected json or text, got \"" + format + "\"")));
        }
        VisitFiles.Batch batch = VisitFiles.scrub(visitFiles, context.rules(rules.folder()), context.today());
        PrintWriter err = spec.commandLine().getErr();
        if (!batch.problems().isEmpty()) {
            batch.problems().forEach(err::println);
            return ExitCode.BAD_INPUT;
        }
        List<ClaimDraft> claims = batch.visits().stream().map(VisitFiles.ScrubbedVisit::claim).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("text")) {
            for (int i = 0; i < claims.size(); i++) {
                out.print(ClaimText.write(visitFiles.get(i).toString(), claims.get(i)));
            }
        } else {
            out.println(claims.size() == 1 ? ClaimJson.write(claims.get(0)) : ClaimJson.writeAll(claims));
        }
        for (int i = 0; i < claims.size(); i++) {
            err.println(visitFiles.get(i) + ": " + ClaimText.summary(claims.get(i)));
        }
        return claims.stream().anyMatch(ClaimDraft::hasErrors) ? ExitCode.CLAIM_HAS_ERRORS : ExitCode.OK;
    }
}
