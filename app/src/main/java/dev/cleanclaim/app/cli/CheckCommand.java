package dev.cleanclaim.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.x12.check.CheckResult;
import dev.cleanclaim.x12.check.X12Check;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * cleanclaim check FILE...: reads any X12 file cleanclaim knows (835, 837P, 999, 277CA) and prints what it holds as
 * one JSON line per file, posting nothing and opening no database: what a biller runs on a file a clearinghouse sent.
 * Exit 0 when every file is readable, 2 when any is refused (its line says why).
 */
@Command(name = "check", description = {"Reads X12 files (835, 837P, 999, 277CA) without posting anything and prints",
        "a JSON summary per file: kind, version, interchanges, transactions, claims, totals, balanced, test, warnings;",
        "a file that cannot be read gets \"refused\" with the reason. Exit 0 when all are readable, 2 when any is refused."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    private List<Path> files;

    private final X12Check check = new X12Check();

    @Override
    public Integer call() {
        int code = ExitCode.OK;
        for (Path file : files) {
            CheckResult result = check.check(file.toString(), BillingSession.read(file));
            if (result instanceof CheckResult.Refused) {
                code = ExitCode.BAD_INPUT;
            }
            spec.commandLine().getOut().println(json(result));
        }
        return code;
    }

    static ObjectNode json(CheckResult result) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("file", result.file());
        if (result instanceof CheckResult.Read read) {
            node.put("kind", read.kind()).put("version", read.version()).put("test", read.test())
                    .put("interchanges", read.interchanges()).put("groups", read.groups())
                    .put("transactions", read.transactions()).put("claims", read.claims());
            ObjectNode totals = node.putObject("totals");
            read.totals().forEach(total -> totals.put(total.name(), total.value()));
            read.balanced().ifPresentOrElse(balanced -> node.put("balanced", balanced), () -> node.putNull("balanced"));
            ArrayNode warnings = node.putArray("warnings");
            read.warnings().forEach(warnings::add);
        } else if (result instanceof CheckResult.Refused refused) {
            refused.kind().ifPresentOrElse(kind -> node.put("kind", kind), () -> node.putNull("kind"));
            node.put("refused", refused.reason());
        }
        return node;
    }
}
