package dev.cleanclaim.x12;

import dev.cleanclaim.core.submission.ClaimFrequency;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.submission.Correction;
import dev.cleanclaim.core.submission.SamplePackets;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A replacement or void claim: CLM05-3 7 or 8, the payer's claim number in REF*F8, its own control numbers. */
class CorrectedClaim837Test {

    private static final Claim837Validator VALIDATOR = new Claim837Validator();
    private final Claim837Writer writer = new Claim837Writer(VALIDATOR);

    private String write(ClaimPacket packet) {
        return new String(OutsideValidator.accepted(writer.write(List.of(packet), Interchanges.FIXED)), StandardCharsets.US_ASCII);
    }

    @Test
    void an_original_claim_says_frequency_1_and_names_no_earlier_claim() {
        String edi = write(SamplePackets.chiropracticVisit());

        assertThat(edi).contains(":B:1*").doesNotContain("REF*F8*");
    }

    @Test
    void a_replacement_claim_says_frequency_7_and_names_the_payers_claim_number_after_the_claim() {
        ClaimPacket original = SamplePackets.chiropracticVisit();
        ClaimPacket replacement = original.correcting(new Correction(ClaimFrequency.REPLACEMENT, "2026309BC00117"),
                original.patientControlNumber() + "R");

        String edi = write(replacement);

        assertThat(edi).contains("CLM*" + original.patientControlNumber() + "R*", ":B:7*", "REF*F8*2026309BC00117~",
                "REF*6R*" + original.patientControlNumber() + "R-1~");
        assertThat(edi.indexOf("REF*F8*")).isGreaterThan(edi.indexOf("CLM*")).isLessThan(edi.indexOf("HI*"));
        assertThat(VALIDATOR.validate(edi.getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void a_replacement_for_a_patient_who_is_not_the_subscriber_carries_the_payers_claim_number_in_the_patient_loop_too() {
        ClaimPacket original = SamplePackets.cuppingForADependent();
        ClaimPacket replacement = original.correcting(new Correction(ClaimFrequency.REPLACEMENT, "2026309BC00118"),
                original.patientControlNumber() + "R");

        String edi = write(replacement);

        assertThat(edi).contains("PAT*", ":B:7*", "REF*F8*2026309BC00118~");
        assertThat(edi.indexOf("REF*F8*")).isGreaterThan(edi.indexOf("PAT*"));
        assertThat(VALIDATOR.validate(edi.getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void a_void_claim_says_frequency_8() {
        ClaimPacket original = SamplePackets.chiropracticVisit();

        String edi = write(original.correcting(new Correction(ClaimFrequency.VOID, "PAYER-9"), original.patientControlNumber() + "V"));

        assertThat(edi).contains(":B:8*", "REF*F8*PAYER-9~");
    }

    @Test
    void transaction_sets_are_numbered_from_the_first_number_the_interchange_was_given() {
        Interchange numbered = new Interchange("RCM0042", "CLEARHOUSE01", 1001, Interchanges.FIXED.created(),
                Interchanges.FIXED.usage(), 4711);

        String edi = new String(OutsideValidator.accepted(writer.write(List.of(SamplePackets.chiropracticVisit()), numbered)),
                StandardCharsets.US_ASCII);

        assertThat(edi).contains("ST*837*4711*005010X222A1~", "SE*").containsPattern("SE\\*\\d+\\*4711~");
    }
}
