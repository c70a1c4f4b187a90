package dev.cleanclaim.core.ack;

import java.util.List;

/**
 * The 999's answer to one functional group we sent (AK1 .. AK9).
 *
 * @param functionalId       AK101, what the group held: HC for 837 claims
 * @param groupControlNumber AK102, our GS06, which ties the answer to the file we sent
 * @param included           AK902, transaction sets the group said it held (our GE01)
 * @param received           AK903, transaction sets the receiver found
 * @param accepted           AK904, transaction sets accepted, with or without noted errors
 */
public record GroupResponse(String functionalId, String groupControlNumber, GroupAckCode code, int included,
                            int received, int accepted, List<TransactionResponse> transactions) {

    public GroupResponse {
        transactions = List.copyOf(transactions);
    }
}
