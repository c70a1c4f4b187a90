package dev.cleanclaim.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What every "cleanclaim import" of a billing file (835, 999, 277CA) does: open the practice's workspace, read each
 * file named, import it as the web app's upload does, and print what it did as one JSON line per file.
 */
abstract class FileImportCommand implements Callable<Integer> {

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

    FileImportCommand(CliContext context) {
        this.context = context;
    }

    /** Imports one file into the workspace and says what it did. */
    abstract JsonNode importFile(BillingSession session, Path file, byte[] content);

    @Override
    public Integer call() {
        try (BillingSession session = BillingSession.open(database, rules, context, user)) {
            for (Path file : files) {
                spec.commandLine().getOut().println(importFile(session, file, BillingSession.read(file)));
            }
        }
        return ExitCode.OK;
    }
}
