package dev.cleanclaim.core.ack;

import java.util.List;

/**
 * One acknowledgment file as received. Sealed because what a biller does next depends on which kind it is: a 999
 * speaks of transaction sets (a rejected one means the whole 837 must be fixed and resent), a 277CA of claims.
 */
public sealed interface AcknowledgmentFile permits ImplementationAcknowledgment, ClaimAcknowledgment {

    String fileName();

    /** ISA06, the clearinghouse or payer that sent the acknowledgment. */
    String senderId();

    /** ISA08, normally the practice's own submitter id. */
    String receiverId();

    /** ISA13 of the acknowledgment itself (not of the file it acknowledges). */
    String interchangeControlNumber();

    /** What was odd but did not stop the file from being read (e.g. a wrong SE01 count); never patient data. */
    List<String> warnings();
}
