package dev.cleanclaim.x12;

import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.practice.PayerAccount;

/**
 * The segments every loop 2320 of another payer shares, whether that payer has already adjudicated the claim (the
 * primary, on a secondary claim) or is only known to come after (the secondary, on a claim to the primary): its SBR,
 * the OI, its subscriber (2330A) and the payer itself (2330B).
 */
final class OtherPayerSegments {

    private OtherPayerSegments() {
    }

    /**
     * SBR of loop 2320: the other payer's place in the order of payment (P, S, T), its policy and, when that payer is
     * Medicare paying after another, the insurance type code (SBR05; empty otherwise).
     */
    static void subscriberInformation(SegmentWriter out, String responsibility, Patient covered, String insuranceType,
                                      String filingIndicator) {
        out.segment("SBR", responsibility, covered.relationship().x12Code(),
                covered.groupNumber().map(group -> X12Text.clean(group, 50)).orElse(""), "", insuranceType, "", "", "",
                filingIndicator);
    }

    /** OI03 and OI06 repeat what CLM08 and CLM09 say for this claim: benefits assigned, release on file. */
    static void otherInsurance(SegmentWriter out) {
        out.segment("OI", "", "", "Y", "", "", "Y");
    }

    /** Loop 2330A (the other policy's subscriber and address) and the NM1*PR of loop 2330B. */
    static void subscriberAndPayer(SegmentWriter out, Patient covered, PayerAccount payer) {
        Person subscriber = covered.subscriber().orElse(covered.person());
        X12Values.person(out, "IL", subscriber, covered.memberId().orElseThrow());
        X12Values.address(out, subscriber.address());
        X12Values.payer(out, payer);
    }
}
