package dev.cleanclaim.core.ack;

import java.util.List;
import java.util.Optional;

/**
 * A 277CA (005010X214): the payer's or clearinghouse's front-end verdict on each claim of a file we sent, before
 * adjudication. A claim it rejects never reaches the payer's adjudication system, so no 835 will come for it: it must
 * be fixed and sent again.
 *
 * @param informationSource the payer or clearinghouse that checked the claims (2100A NM103)
 * @param claims            one per claim status tracking loop (2200D), in file order
 */
public record ClaimAcknowledgment(String fileName, String senderId, String receiverId, String interchangeControlNumber,
                                  String informationSource, List<ClaimStatusReport> claims, List<String> warnings)
        implements AcknowledgmentFile {

    public ClaimAcknowledgment {
        claims = List.copyOf(claims);
        warnings = List.copyOf(warnings);
    }

    /** The report for our claim, found by the patient control number we sent in CLM01. */
    public Optional<ClaimStatusReport> claim(String patientControlNumber) {
        return claims.stream().filter(claim -> claim.patientControlNumber().equals(patientControlNumber)).findFirst();
    }

    public List<ClaimStatusReport> claims(ClaimAckOutcome outcome) {
        return claims.stream().filter(claim -> claim.outcome() == outcome).toList();
    }
}
