package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.web.api.AcknowledgmentJson;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.AcknowledgmentImport;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.UserRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
        try (Database opened = Database.open(database.settings(), context.clock())) {
            if (opened.practices().firstId().isEmpty()) {
                throw new InputException(database.named(), List.of(new InputProblem("database",
                        "holds no practice yet: start it once with cleanclaim serve, or name another with --db or --data")));
            }
            Workspace workspace = Workspace.open(opened, context.rules(rules.folder()), context.clock());
            Actor actor = new Actor(0, "cli:" + user, UserRole.BILLER, Optional.empty(), "local");
            for (Path file : files) {
                AcknowledgmentImport imported = workspace.acknowledgments().importFile(actor, file.getFileName().toString(), read(file));
                spec.commandLine().getOut().println(AcknowledgmentJson.of(file.toString(), imported));
            }
        }
        return ExitCode.OK;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), List.of(new InputProblem("file", "cannot be read: " + e.getMessage())));
        }
    }
}
