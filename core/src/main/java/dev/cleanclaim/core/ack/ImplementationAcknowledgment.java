package dev.cleanclaim.core.ack;

import java.util.List;

/**
 * A 999 (005010X231A1): whether each functional group and each 837 transaction set in a file we sent passed the
 * receiver's syntax and implementation-guide checks. It says nothing about single claims; a rejected transaction set
 * means none of its claims went further.
 *
 * @param groups one per 999 transaction set (ST..SE), each answering one functional group (GS..GE) we sent
 */
public record ImplementationAcknowledgment(String fileName, String senderId, String receiverId,
                                           String interchangeControlNumber, List<GroupResponse> groups,
                                           List<String> warnings) implements AcknowledgmentFile {

    public ImplementationAcknowledgment {
        groups = List.copyOf(groups);
        warnings = List.copyOf(warnings);
    }

    /** Every transaction set answered in the file, whatever group it was in. */
    public List<TransactionResponse> transactions() {
        return groups.stream().flatMap(group -> group.transactions().stream()).toList();
    }

    /** True when any transaction set was rejected: the claims in it must be fixed and sent again. */
    public boolean rejectsAny() {
        return transactions().stream().anyMatch(TransactionResponse::rejected);
    }
}
