package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.contract.ClaimJson;
import dev.cleanclaim.app.contract.ClaimText;
import dev.cleanclaim.app.contract.VisitReader;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.coding.VisitCoder;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.visit.Visit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "code",
        description = {"Codes a visit file into a claim draft: codes, units, lines, diagnosis pointers, charges and findings.",
                "Exit 0 when the claim has no error findings, 1 when it has, 2 when the file is not a valid visit."})
final class CodeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulesOption rulesOption;

    @Parameters(index = "0", paramLabel = "VISIT.json", description = "A visit file (see README, \"Visit file\").")
    private Path visitFile;

    private final CliContext context;

    CodeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RuleData rules = context.rules(rulesOption.folder());
        Visit visit = new VisitReader(rules, context.today()).read(visitFile);
        ClaimDraft claim = new VisitCoder(rules).code(visit);
        spec.commandLine().getOut().println(ClaimJson.write(claim));
        spec.commandLine().getErr().println(visitFile + ": " + ClaimText.summary(claim));
        return claim.hasErrors() ? ExitCode.CLAIM_HAS_ERRORS : ExitCode.OK;
    }
}
