package dev.cleanclaim.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.app.web.api.AcknowledgmentJson;
import picocli.CommandLine.Command;

import java.nio.file.Path;

/**
 * cleanclaim import 999|277ca FILE...: reads clearinghouse and payer acknowledgments onto the claims they answer, as
 * the web app's upload does, and prints what each file did as one JSON line per file.
 */
@Command(name = "999", aliases = "277ca", description = {"Reads 999 and 277CA acknowledgments (the kind is read from each file):",
        "a rejection marks its claims rejected, an acceptance keeps the payer's claim number. Importing a file again changes nothing."})
final class ImportAcknowledgmentCommand extends FileImportCommand {

    ImportAcknowledgmentCommand(CliContext context) {
        super(context);
    }

    @Override
    JsonNode importFile(BillingSession session, Path file, byte[] content) {
        return AcknowledgmentJson.of(file.toString(), session.workspace().acknowledgments()
                .importFile(session.actor(), file.getFileName().toString(), content));
    }
}
