package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.workspace.WorkspaceException;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.store.DatabaseRefusal;
import dev.cleanclaim.store.ValueTaken;
import dev.cleanclaim.store.ValueTooLong;
import dev.cleanclaim.rules.RuleFolder;
import dev.cleanclaim.rules.RuleDataException;
import dev.cleanclaim.store.DatabaseInUse;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;

// INHERIT: every command and subcommand takes --help (and --version) too; `cleanclaim serve --help` was refused.
@Command(name = "cleanclaim", scope = CommandLine.ScopeType.INHERIT, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns massage, manual-therapy, PT and chiropractic visits into clean, explained insurance claims.",
        footer = {"", "Exit codes: 0 ok, 1 the claim has error findings, 2 bad input or usage, 3 internal error."})
public final class Main implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /**
     * StAEDI logs schema details and PDFBox its font substitutions (used only for metrics; the PDF names the
     * standard font) through java.util.logging; a biller's terminal should show only what cleanclaim says.
     */
    private static final java.util.logging.Logger STAEDI_LOG = java.util.logging.Logger.getLogger("io.xlate");
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    public static void main(String[] args) {
        STAEDI_LOG.setLevel(java.util.logging.Level.WARNING);
        PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                folder -> BuiltInRuleData.load(folder.orElseGet(RuleFolder::defaultLocation)), Clock.systemDefaultZone());
        System.exit(code);
    }

    /** Runs a command line in process: what tests call, with captured output and a fixed clock. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, RuleLoader rules, Clock clock) {
        CliContext context = new CliContext(rules, clock);
        CommandLine cli = new CommandLine(new Main())
                .addSubcommand(new UnitsCommand(context))
                .addSubcommand(new CodeCommand(context))
                .addSubcommand(new ScrubCommand(context))
                .addSubcommand(new ClaimCommand(context))
                .addSubcommand(new ServeCommand(context))
                .addSubcommand(new SubmitCommand(context))
                .addSubcommand(new CheckCommand())
                .addSubcommand(new CommandLine(new ImportCommand()).addSubcommand(new ImportRemittanceCommand(context))
                        .addSubcommand(new ImportAcknowledgmentCommand(context)))
                .addSubcommand(new CommandLine(new AuditCommand()).addSubcommand(new AuditCommand.Verify(context)))
                .addSubcommand(new CommandLine(new PracticeCommand())
                        .addSubcommand(new PracticeCommand.Import(context))
                        .addSubcommand(new PracticeCommand.Export(context)))
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(Main::handle);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Without a command there is nothing to do: show what there is. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT;
    }

    // Bad input is the user's to fix and gets every problem, never a stack trace; anything else is our fault.
    private static int handle(Exception failure, CommandLine command, CommandLine.ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (failure instanceof InputException input) {
            input.lines().forEach(err::println);
            return ExitCode.BAD_INPUT;
        }
        if (failure instanceof UsageException usage) {
            err.println(usage.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (failure instanceof RuleDataException ruleData) {
            err.println("rule data: " + ruleData.getMessage());
            return ExitCode.BAD_INPUT;
        }
        String commandName = command.getCommandSpec().qualifiedName();
        if (failure instanceof WorkspaceException.Conflict conflict) {
            // A clash with what is stored (a trace number imported before with another amount) is the user's to
            // resolve, not a fault of cleanclaim's
            err.println(commandName + ": refused: " + conflict.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (failure instanceof DatabaseInUse inUse) {
            err.println(commandName + ": the data folder " + inUse.folder() + " is in use by a running `cleanclaim serve`;"
                    + " stop it first, or use the API");
            return ExitCode.BAD_INPUT;
        }
        if (failure instanceof ValueTaken || failure instanceof ValueTooLong) {
            err.println(commandName + ": " + failure.getMessage());
            return ExitCode.BAD_INPUT;
        }
        java.util.Optional<DatabaseRefusal> refused = DatabaseRefusal.of(failure);
        if (refused.isPresent()) {
            err.println(commandName + ": refused: " + refused.get().sentence());
            return ExitCode.BAD_INPUT;
        }
        if (DatabaseFailure.isOne(failure)) {
            // A database's message quotes the statement and the values bound to it (a patient's name): never printed.
            err.println(commandName + ": " + DatabaseFailure.describe(failure)
                    + " (please report it with the command and the file that caused it)");
            return ExitCode.INTERNAL_ERROR;
        }
        err.println("cleanclaim: internal error: " + failure + " (please report it with the input that caused it)");
        if (System.getenv("CLEANCLAIM_DEBUG") != null) {
            failure.printStackTrace(err);
        }
        return ExitCode.INTERNAL_ERROR;
    }
}
