package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.web.api.AcknowledgmentJson;
import dev.cleanclaim.app.workspace.AcknowledgmentImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * cleanclaim import 999|277ca FILE...: reads clearinghouse and payer acknowledgments onto the claims they answer, as
 * the web app's upload does, and prints what each file did as one JSON line per file.
 */
@Command(name = "999", aliases = "277ca", description = {"Reads 999 and 277CA acknowledgments (the kind is read from each file):",
        "a rejection marks its claims rejected, an acceptance keeps the payer's claim number. Importing a file again changes nothing."})
final class ImportAcknowledgmentCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulesOption rules;

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "${sys:user.name}",
            description = "Who imports, as the claims' history and the audit log record it (default: the system user).")
    private String user;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    private List<Path> files;

    private final CliContext context;

    ImportAcknowledgmentCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (BillingSession session = BillingSession.open(database, rules, context, user)) {
            for (Path file : files) {
                AcknowledgmentImport imported = session.workspace().acknowledgments().importFile(session.actor(), file.getFileName().toString(),
                        BillingSession.read(file));
                spec.commandLine().getOut().println(AcknowledgmentJson.of(file.toString(), imported));
            }
        }
        return ExitCode.OK;
    }
}
