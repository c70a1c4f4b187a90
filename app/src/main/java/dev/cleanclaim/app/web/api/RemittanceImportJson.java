package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.workspace.RemittanceImport;

/**
 * What importing one 835 file did, as the API answers an upload and {@code cleanclaim import 835} prints it: the
 * counts posted and queued, each transaction with its remittance id and whether it was new, and the warnings.
 */
public final class RemittanceImportJson {

    private RemittanceImportJson() {
    }

    /** The result under the file's name as the caller gave it (a path for the CLI, a name for the API). */
    public static ObjectNode of(String file, RemittanceImport imported) {
        ObjectNode node = ApiJson.object().put("imported", "835").put("file", file)
                .put("posted", imported.posted()).put("queued", imported.queued());
        ArrayNode transactions = node.putArray("transactions");
        for (RemittanceImport.Transaction transaction : imported.transactions()) {
            ObjectNode row = transactions.addObject().put("remittance", transaction.remittanceId())
                    .put("payer", transaction.payerName()).put("trace", transaction.traceNumber());
            // "imported" says the payment is stored now; its claim payments were posted to claims or queued.
            if (transaction instanceof RemittanceImport.Imported fresh) {
                row.put("result", "imported").put("posted", fresh.posted()).put("queued", fresh.queued());
            } else {
                row.put("result", "imported before");
            }
        }
        ArrayNode warnings = node.putArray("warnings");
        imported.warnings().forEach(warnings::add);
        return node;
    }

    /** Whether the file brought anything new: an upload of a file seen before changes nothing. */
    public static boolean anythingNew(RemittanceImport imported) {
        return imported.transactions().stream().anyMatch(transaction -> transaction instanceof RemittanceImport.Imported);
    }
}
