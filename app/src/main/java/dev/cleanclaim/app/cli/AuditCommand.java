package dev.cleanclaim.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.web.api.AuditResource;
import dev.cleanclaim.store.AuditVerification;
import dev.cleanclaim.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Optional;
import java.util.concurrent.Callable;

/** cleanclaim audit: the audit log's own checks. */
@Command(name = "audit", description = "Checks the workspace's audit log.")
final class AuditCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT;
    }

    /**
     * cleanclaim audit verify: seals the rows written since the last seal, walks the hash chain and names every row
     * changed or deleted after it was sealed. Prints the result as JSON; exit 0 when the chain is whole, 1 when not.
     */
    @Command(name = "verify", description = {"Walks the audit log's hash chain: every row changed or deleted since it",
            "was sealed is named. Prints JSON; exit 0 when the log is intact, 1 when it is not, 2 for bad usage."})
    static final class Verify implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private DatabaseOptions database;

        @Option(names = "--user", paramLabel = "NAME", defaultValue = "${sys:user.name}",
                description = "Who verifies, as the audit log records it (default: the system user).")
        private String user;

        private final CliContext context;

        Verify(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (Database opened = Database.open(database.existingSettings(), context.clock())) {
                AuditVerification verification = opened.audit().verify();
                opened.audit().record(user, "verify", "audit_log", Optional.empty(), Optional.empty(),
                        Optional.of(verification.summary()));
                ObjectNode json = AuditResource.verification(verification);
                spec.commandLine().getOut().println(json);
                if (!verification.intact()) {
                    verification.problems().forEach(problem -> spec.commandLine().getErr()
                            .println("cleanclaim audit verify: " + problem));
                    return ExitCode.AUDIT_LOG_BROKEN;
                }
                return ExitCode.OK;
            }
        }
    }
}
