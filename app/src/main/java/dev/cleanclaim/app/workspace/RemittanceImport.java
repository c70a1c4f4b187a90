package dev.cleanclaim.app.workspace;

import java.util.List;

/**
 * What importing an 835 file did: per transaction, posted and queued counts or the note that it was imported
 * before; and the warnings a biller should read (an unbalanced transaction, a line that answers none of ours).
 */
public record RemittanceImport(String fileName, List<Transaction> transactions, List<String> warnings) {

    public RemittanceImport {
        transactions = List.copyOf(transactions);
        warnings = List.copyOf(warnings);
    }

    public sealed interface Transaction {
        long remittanceId();

        String payerName();

        String traceNumber();
    }

    public record Imported(long remittanceId, String payerName, String traceNumber, int posted, int queued)
            implements Transaction {
    }

    /** The same payment was imported before: nothing changed. */
    public record AlreadyImported(long remittanceId, String payerName, String traceNumber) implements Transaction {
    }

    public int posted() {
        return transactions.stream().mapToInt(t -> t instanceof Imported imported ? imported.posted() : 0).sum();
    }

    public int queued() {
        return transactions.stream().mapToInt(t -> t instanceof Imported imported ? imported.queued() : 0).sum();
    }
}
