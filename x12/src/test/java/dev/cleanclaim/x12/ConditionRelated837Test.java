package dev.cleanclaim.x12;

import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.submission.SamplePackets;
import dev.cleanclaim.core.visit.Accident;
import dev.cleanclaim.core.visit.Circumstances;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** How the condition came about on the 837P: CLM11 related causes and the 2300 dates, in the guide's order. */
class ConditionRelated837Test {

    private static final Claim837Validator VALIDATOR = new Claim837Validator();
    private final Claim837Writer writer = new Claim837Writer(VALIDATOR);

    private String write(ClaimPacket packet) {
        return new String(OutsideValidator.accepted(writer.write(List.of(packet), Interchanges.FIXED)),
                StandardCharsets.US_ASCII);
    }

    @Test
    void an_auto_accident_at_work_sends_EM_and_AA_with_the_state_in_CLM11_and_every_date_after_the_claim() {
        String edi = write(SamplePackets.chiropracticVisit().withCircumstances(SamplePackets.autoAccidentAtWork()));

        assertThat(edi).contains(":B:1*Y*A*Y*Y**EM:AA::NY~");
        assertThat(claimDates(edi)).containsExactly("DTP*431*D8*20260630", "DTP*454*D8*20260701",
                "DTP*439*D8*20260629", "DTP*455*D8*20260702");
        assertThat(segmentAfterClm(edi, 4)).startsWith("REF*9F*");
        assertThat(VALIDATOR.validate(edi.getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void another_accident_sends_OA_without_a_state_and_its_date() {
        Circumstances fall = new Circumstances(false, Optional.of(new Accident.Other(LocalDate.of(2026, 7, 4))),
                Optional.empty(), Optional.empty(), Optional.empty());

        String edi = write(SamplePackets.chiropracticVisit().withCircumstances(fall));

        assertThat(edi).contains("*Y*A*Y*Y**OA~");
        assertThat(claimDates(edi)).containsExactly("DTP*439*D8*20260704");
    }

    @Test
    void a_work_injury_sends_EM_and_its_onset_date() {
        Circumstances lifting = new Circumstances(true, Optional.empty(), Optional.of(LocalDate.of(2026, 6, 15)),
                Optional.empty(), Optional.empty());

        String edi = write(SamplePackets.chiropracticVisit().withCircumstances(lifting));

        assertThat(edi).contains("*Y*A*Y*Y**EM~");
        assertThat(claimDates(edi)).containsExactly("DTP*431*D8*20260615");
    }

    @Test
    void the_dates_of_a_patient_who_is_not_the_subscriber_go_in_the_patients_claim_loop_and_pass_both_validators() {
        String edi = write(SamplePackets.cuppingForADependent().withCircumstances(SamplePackets.autoAccidentAtWork()));

        assertThat(edi.indexOf("DTP*431*")).isGreaterThan(edi.indexOf("PAT*"));
        assertThat(edi).contains("**EM:AA::NY~");
        assertThat(VALIDATOR.validate(edi.getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void a_condition_related_to_nothing_leaves_CLM11_and_the_claim_dates_out() {
        String edi = write(SamplePackets.chiropracticVisit());

        assertThat(edi).contains("*Y*A*Y*Y~");
        assertThat(claimDates(edi)).isEmpty();
    }

    /** The DTP segments of loop 2300: between CLM and HI (the line dates, DTP*472, come after HI). */
    private static List<String> claimDates(String edi) {
        List<String> segments = List.of(edi.split("~\\R?"));
        int clm = clmIndex(segments);
        return segments.subList(clm + 1, segments.size()).stream().takeWhile(segment -> !segment.startsWith("HI*"))
                .filter(segment -> segment.startsWith("DTP*")).toList();
    }

    private static String segmentAfterClm(String edi, int index) {
        List<String> segments = List.of(edi.split("~\\R?"));
        return segments.get(clmIndex(segments) + 1 + index);
    }

    private static int clmIndex(List<String> segments) {
        int clm = 0;
        while (!segments.get(clm).startsWith("CLM*")) {
            clm++;
        }
        return clm;
    }
}
