package dev.cleanclaim.x12.remit;

import dev.cleanclaim.core.remit.Remittance;
import dev.cleanclaim.x12.Usage;

import java.util.List;
import java.util.Objects;

/**
 * An 835 file as read: its interchange envelope, one {@link Remittance} per ST..SE transaction (each is one check or
 * transfer) in file order, and what the biller should hear about before posting.
 *
 * @param senderId                 ISA06, the payer or clearinghouse that sent the file, without its padding
 * @param receiverId               ISA08, without its padding
 * @param interchangeControlNumber ISA13 as written (nine digits), to recognise a file received twice
 * @param usage                    ISA15: a test interchange carries no real money and must not be posted; a file
 *                                 with any test interchange is a test file
 * @param interchanges             how many interchanges (ISA .. IEA) the file holds; the envelope fields are the
 *                                 first one's
 * @param groups                   how many functional groups (GS .. GE) in all
 * @param warnings                 things that do not stop posting: a transaction or claim that does not balance,
 *                                 a line without its line control number, a recoded procedure, a trailer whose
 *                                 counts are wrong
 */
public record RemittanceFile(String fileName, String senderId, String receiverId, String interchangeControlNumber,
                             Usage usage, int interchanges, int groups, List<Remittance> remittances,
                             List<String> warnings) {
    public RemittanceFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(interchangeControlNumber, "interchangeControlNumber");
        Objects.requireNonNull(usage, "usage");
        remittances = List.copyOf(remittances);
        warnings = List.copyOf(warnings);
    }
}
