package dev.cleanclaim.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.SubmissionResult;
import dev.cleanclaim.app.workspace.Submissions;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.store.SubmissionSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * cleanclaim submit: sends every ready claim of the workspace as 837P interchanges (one per receiver), as the web
 * app's "Send ready claims" does, writes each file for upload and prints what was sent as JSON.
 */
@Command(name = "submit", description = {"Sends the workspace's ready claims: one 837P file per receiver, kept in the",
        "workspace exactly as written; the claims become submitted. Ready claims that cannot be written are listed",
        "with what is missing and stay ready."})
final class SubmitCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulesOption rules;

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--out", paramLabel = "FILE", description = {"Where the 837P file goes (default: the file's own name,",
            "cleanclaim-<control number>.837, in the current folder). With several receivers, each file gets its",
            "control number before the extension."})
    private Path out;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "${sys:user.name}",
            description = "Who sends, as the claims' history and the audit log record it (default: the system user).")
    private String user;

    private final CliContext context;

    SubmitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (BillingSession session = BillingSession.open(database, rules, context, user)) {
            Workspace workspace = session.workspace();
            Actor actor = session.actor();
            SubmissionResult result = workspace.submissions().send(actor, Optional.empty());
            ObjectNode json = JSON.createObjectNode();
            json.put("claimsSent", result.claimsSent());
            ArrayNode files = json.putArray("submissions");
            for (SubmissionSummary submission : result.sent()) {
                Path target = target(submission, result.sent().size());
                OutputFiles.write(target, workspace.submissions().file(actor, submission.id()));
                files.addObject().put("id", submission.id()).put("interchangeControlNumber", submission.controlNumber())
                        .put("receiver", submission.receiverId()).put("claims", submission.claimCount())
                        .put("totalCharge", submission.totalCharge().toString()).put("file", target.toString());
            }
            ArrayNode notSent = json.putArray("notSent");
            for (SubmissionResult.NotSent left : result.notSent()) {
                ObjectNode item = notSent.addObject().put("claimId", left.claimId()).put("controlNumber", left.patientControlNumber());
                left.problems().forEach(item.withArray("problems")::add);
            }
            spec.commandLine().getOut().println(json);
            if (result.sent().isEmpty()) {
                spec.commandLine().getErr().println("cleanclaim submit: no claim was ready to send");
            }
        }
        return ExitCode.OK;
    }

    private Path target(SubmissionSummary submission, int files) {
        if (out == null) {
            return Path.of(Submissions.fileName(submission));
        }
        if (files == 1) {
            return out;
        }
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = dot > 0 ? name.substring(0, dot) + "-" + submission.controlNumber() + name.substring(dot)
                : name + "-" + submission.controlNumber();
        return out.resolveSibling(numbered);
    }
}
