package dev.cleanclaim.core.ack;

import java.util.List;

/**
 * The 999's answer to one transaction set we sent (AK2 .. IK5).
 *
 * @param transactionSetId AK201, 837 for our claims
 * @param controlNumber    AK202, our ST02 (e.g. 0001)
 * @param errors           the IK3 loops: each segment found in error, with its element errors
 * @param syntaxErrors     IK502..IK506 as "code: words", e.g. "5: One or more segments in error"
 */
public record TransactionResponse(String transactionSetId, String controlNumber, TransactionAckCode code,
                                  List<SegmentError> errors, List<String> syntaxErrors) {

    public TransactionResponse {
        errors = List.copyOf(errors);
        syntaxErrors = List.copyOf(syntaxErrors);
    }

    public boolean rejected() {
        return code.rejects();
    }
}
