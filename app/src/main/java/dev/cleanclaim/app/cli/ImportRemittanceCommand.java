package dev.cleanclaim.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.app.web.api.RemittanceImportJson;
import picocli.CommandLine.Command;

import java.nio.file.Path;

/**
 * cleanclaim import 835 FILE...: posts payers' remittances into the workspace database, as the web app's upload does,
 * and prints what each file did as one JSON line per file.
 */
@Command(name = "835", description = {"Posts 835 remittance files to the workspace's claims (matched by patient control",
        "number); a payment that matches no claim waits in the queue. Importing a file again changes nothing."})
final class ImportRemittanceCommand extends FileImportCommand {

    ImportRemittanceCommand(CliContext context) {
        super(context);
    }

    @Override
    JsonNode importFile(BillingSession session, Path file, byte[] content) {
        return RemittanceImportJson.of(file.toString(), session.workspace().remittances()
                .importFile(session.actor(), file.getFileName().toString(), content));
    }
}
