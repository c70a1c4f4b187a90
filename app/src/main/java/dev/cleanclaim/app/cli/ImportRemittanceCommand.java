package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.web.api.RemittanceImportJson;
import dev.cleanclaim.app.workspace.RemittanceImport;
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
 * cleanclaim import 835 FILE...: posts payers' remittances into the workspace database, as the web app's upload does,
 * and prints what each file did as one JSON line per file.
 */
@Command(name = "835", description = {"Posts 835 remittance files to the workspace's claims (matched by patient control",
        "number); a payment that matches no claim waits in the queue. Importing a file again changes nothing."})
final class ImportRemittanceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulesOption rules;

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "${sys:user.name}",
            description = "Who posts, as the claims' history and the audit log record it (default: the system user).")
    private String user;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    private List<Path> files;

    private final CliContext context;

    ImportRemittanceCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (BillingSession session = BillingSession.open(database, rules, context, user)) {
            for (Path file : files) {
                RemittanceImport imported = session.workspace().remittances().importFile(session.actor(), file.getFileName().toString(),
                        BillingSession.read(file));
                spec.commandLine().getOut().println(RemittanceImportJson.of(file.toString(), imported));
            }
        }
        return ExitCode.OK;
    }
}
