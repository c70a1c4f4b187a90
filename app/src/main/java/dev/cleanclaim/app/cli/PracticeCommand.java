package dev.cleanclaim.app.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.contract.PracticeFile;
import dev.cleanclaim.app.contract.PracticeReader;
import dev.cleanclaim.app.contract.PracticeWriter;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.UserRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * cleanclaim practice import|export: sets a workspace up from a practice file, or brings it in line with one, and
 * writes the workspace's practice back as a practice file, so a real practice can start without the web set-up.
 */
@Command(name = "practice", description = "Sets the workspace's practice up from a practice file, or writes it as one.")
final class PracticeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT;
    }

    @Command(name = "import", description = {"Sets the workspace up from a practice file, or brings it in line with one.",
            "Reads and checks the whole file first (every problem with its path and line; nothing saved), then in one",
            "transaction creates the practice on a new workspace or updates it: providers matched by NPI and payers by id",
            "are changed, new ones added, none removed; the fees are replaced when the file has them. Importing the same",
            "file again changes nothing."})
    static final class Import implements Callable<Integer> {

        /** Who the audit log names when --user is not given. */
        static final String DEFAULT_USER = "cleanclaim-cli";

        @Spec
        private CommandSpec spec;

        @Mixin
        private RulesOption rules;

        @Mixin
        private DatabaseOptions database;

        @Option(names = "--user", paramLabel = "NAME", defaultValue = DEFAULT_USER,
                description = "Who imports, as the audit log records it (default: ${DEFAULT-VALUE}).")
        private String user;

        @Parameters(index = "0", paramLabel = "FILE", description = "The practice file (YAML; see the README, \"Practice file\").")
        private Path file;

        private final CliContext context;

        Import(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            RuleData ruleData = context.rules(rules.folder());
            // The whole file is checked before the database is opened: a broken file leaves no trace, not even a new database.
            PracticeFile practice = new PracticeReader(ruleData).readFile(file);
            try (Database opened = Database.open(database.settings(), context.clock())) {
                Workspace workspace = Workspace.open(opened, ruleData, context.clock());
                boolean created = !workspace.isSetUp();
                // The command's user owns the database files (or holds its credentials), which is an admin's power anyway.
                Actor actor = new Actor(0, user, UserRole.ADMIN, Optional.empty(), "local");
                long id = workspace.admin().importFile(actor, file.getFileName().toString(), practice);
                ObjectNode line = JsonNodeFactory.instance.objectNode().put("imported", "practice").put("file", file.toString())
                        .put("practice", id)
                        .put("providers", practice.practice().providers().size())
                        .put("payers", practice.practice().payers().size())
                        .put("fees", practice.fees().map(Import::feeCount).orElse(0))
                        .put("created", created);
                spec.commandLine().getOut().println(line);
            }
            return ExitCode.OK;
        }

        // The charges the file's fees map sets: one per code and one per code-with-modifier.
        private static int feeCount(FeeSchedule fees) {
            return fees.perUnit().size() + fees.modifierFees().values().stream().mapToInt(java.util.Map::size).sum();
        }
    }

    @Command(name = "export", description = {"Writes the workspace's practice as a practice file.",
            "Its providers, payer directory and fees as YAML that `cleanclaim practice import` reads back, to stdout or",
            "--out FILE."})
    static final class Export implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private RulesOption rules;

        @Mixin
        private DatabaseOptions database;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the file here (readable only by you) instead of stdout.")
        private Path out;

        private final CliContext context;

        Export(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            // A read: a folder without a workspace is refused before opening it would leave an empty database there.
            try (Database opened = Database.open(database.existingSettings(), context.clock())) {
                Workspace workspace = Workspace.open(opened, context.rules(rules.folder()), context.clock());
                if (!workspace.isSetUp()) {
                    throw new InputException(database.named(), List.of(new InputProblem("database", "holds no practice yet: set it up with"
                            + " cleanclaim practice import FILE or at /setup of cleanclaim serve, or name another with --db or --data")));
                }
                String yaml = new PracticeWriter().write(workspace.admin().exportFile());
                if (out == null) {
                    spec.commandLine().getOut().print(yaml);
                } else {
                    OutputFiles.write(out, yaml.getBytes(StandardCharsets.UTF_8));
                    spec.commandLine().getErr().println("wrote " + out + ": practice file, " + yaml.length() + " characters");
                }
            }
            return ExitCode.OK;
        }
    }
}
