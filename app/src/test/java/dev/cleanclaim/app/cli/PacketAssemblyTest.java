package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.contract.PracticeReader;
import dev.cleanclaim.app.contract.VisitReader;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.scrub.Scrubber;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.submission.ClaimPacketAssembler;
import dev.cleanclaim.core.submission.PacketAssembly;
import dev.cleanclaim.core.submission.Purpose;
import dev.cleanclaim.core.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Gathering a scrubbed example visit with the practice file into what the claim documents need. */
class PacketAssemblyTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Practice PRACTICE = new PracticeReader(Cli.RULES).read(EXAMPLES.resolve("practice.yaml"));
    private static final ClaimPacketAssembler ASSEMBLER = new ClaimPacketAssembler(PRACTICE);

    private static Visit visit(String example, String replace, String with) throws IOException {
        String text = Files.readString(EXAMPLES.resolve(example)).replace(replace, with);
        return new VisitReader(Cli.RULES, LocalDate.of(2026, 11, 23)).read(example, text);
    }

    private static PacketAssembly assemble(Visit visit, Purpose purpose) {
        ClaimDraft claim = new Scrubber(Cli.RULES).scrub(visit);
        return ASSEMBLER.assemble(visit, claim, purpose);
    }

    @Test
    void a_complete_visit_gives_a_packet_with_numbered_line_control_numbers_and_its_referrer() throws IOException {
        PacketAssembly assembly = assemble(visit("chiro-98941-with-manual-therapy-to-shoulder.json", "", ""),
                Purpose.INSURANCE_CLAIM);

        assertThat(assembly).isInstanceOfSatisfying(PacketAssembly.Assembled.class, assembled -> {
            ClaimPacket packet = assembled.packet();
            assertThat(packet.patientControlNumber()).isEqualTo("A1003-20260708");
            assertThat(packet.lines()).extracting(line -> line.controlNumber())
                    .containsExactly("A1003-20260708-1", "A1003-20260708-2");
            assertThat(packet.rendering().lastName()).isEqualTo("Reyes");
            assertThat(packet.referring()).hasValueSatisfying(referrer -> assertThat(referrer.lastName()).isEqualTo("Adams"));
            assertThat(packet.payer()).hasValueSatisfying(payer -> assertThat(payer.electronicId()).isEqualTo("EXC01"));
        });
    }

    @Test
    void an_unlisted_code_carries_the_therapists_description_to_its_line() throws IOException {
        PacketAssembly assembly = assemble(visit("cupping-self-pay.json", "", ""), Purpose.PATIENT_PAPERS);

        assertThat(assembly).isInstanceOfSatisfying(PacketAssembly.Assembled.class, assembled ->
                assertThat(assembled.packet().lines()).anySatisfy(line -> {
                    assertThat(line.line().code()).isEqualTo("97139");
                    assertThat(line.line().description()).isPresent();
                }));
    }

    @Test
    void self_pay_papers_need_no_payer_account_or_member_id() throws IOException {
        assertThat(assemble(visit("lmt-self-pay-relaxation-massage.json", "", ""), Purpose.PATIENT_PAPERS))
                .isInstanceOf(PacketAssembly.Assembled.class);
        assertThat(assemble(visit("lmt-self-pay-relaxation-massage.json", "", ""), Purpose.INSURANCE_CLAIM))
                .isInstanceOfSatisfying(PacketAssembly.Incomplete.class, incomplete ->
                        assertThat(incomplete.missing()).anySatisfy(missing -> assertThat(missing).contains("payers.self-pay")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an NPI the practice file does not list | \"npi\": \"1000000004\"} | \"npi\": \"1564738296\"} | $.provider.npi: 1564738296 is not among the practice file's providers",
            "a provider type that disagrees with the practice file | {\"type\": \"DC\", | {\"type\": \"MD\", | $.provider.type: the visit says MD but the practice file lists NPI 1000000004",
            "no member id | \"memberId\": \"XYZ000115838\", | '' | $.patient.insurance.memberId: missing",
            "no referring physician although the payer wants a referral | \"referredBy\" | \"ignored\" | UNKNOWN",
    })
    void every_missing_fact_is_named_with_its_field(String what, String replace, String with, String expected) throws IOException {
        String example = "chiro-98941-with-manual-therapy-to-shoulder.json";
        if (expected.equals("UNKNOWN")) {
            // The visit reader refuses unknown keys, so drop the referrer by cutting it out instead.
            String text = Files.readString(EXAMPLES.resolve(example));
            String withoutReferrer = text.replaceAll(",\\n    \"referredBy\": \\{[^}]*}", "");
            Visit visit = new VisitReader(Cli.RULES, LocalDate.of(2026, 11, 23)).read(example, withoutReferrer);
            assertThat(assemble(visit, Purpose.INSURANCE_CLAIM)).isInstanceOfSatisfying(PacketAssembly.Incomplete.class,
                    incomplete -> assertThat(incomplete.missing()).singleElement().asString()
                            .contains("$.patient.referredBy: missing", "requires a referral"));
            return;
        }
        PacketAssembly assembly = assemble(visit(example, replace, with), Purpose.INSURANCE_CLAIM);

        assertThat(assembly).isInstanceOfSatisfying(PacketAssembly.Incomplete.class, incomplete ->
                assertThat(incomplete.missing()).anySatisfy(missing -> assertThat(missing).contains(expected)));
    }

    @Test
    void a_visit_without_a_patient_is_incomplete_for_any_document() throws IOException {
        String example = "chiro-98941-with-manual-therapy-to-shoulder.json";
        String text = Files.readString(EXAMPLES.resolve(example));
        Visit visit = new VisitReader(Cli.RULES, LocalDate.of(2026, 11, 23))
                .read(example, text.substring(0, text.indexOf(",\n  \"patient\"")) + "\n}\n");

        for (Purpose purpose : List.of(Purpose.INSURANCE_CLAIM, Purpose.PATIENT_PAPERS)) {
            assertThat(assemble(visit, purpose)).isInstanceOfSatisfying(PacketAssembly.Incomplete.class, incomplete ->
                    assertThat(incomplete.missing()).anySatisfy(missing -> assertThat(missing).startsWith("$.patient: missing")));
        }
    }

    @Test
    void a_pta_medicare_visit_is_billed_under_the_supervising_pt_with_cq_on_its_lines() throws IOException {
        PacketAssembly assembly = assemble(visit("pta-medicare-assistant-over-the-kx-threshold.json", "", ""),
                Purpose.INSURANCE_CLAIM);

        assertThat(assembly).isInstanceOfSatisfying(PacketAssembly.Assembled.class, assembled -> {
            ClaimPacket packet = assembled.packet();
            assertThat(packet.rendering().npi()).isEqualTo("1558598797");
            assertThat(packet.furnishedBy()).hasValueSatisfying(assistant -> assertThat(assistant.lastName()).isEqualTo("Moss"));
            assertThat(packet.lines()).allSatisfy(line -> assertThat(line.line().modifiers()).contains("CQ"));
        });
    }

    @Test
    void the_chiropractors_employed_massage_therapist_is_billed_under_the_chiropractor_where_blue_cross_adds_u7()
            throws IOException {
        PacketAssembly assembly = assemble(visit("bcbs-chiropractors-employed-massage-therapist.json", "", ""),
                Purpose.INSURANCE_CLAIM);

        assertThat(assembly).isInstanceOfSatisfying(PacketAssembly.Assembled.class, assembled -> {
            assertThat(assembled.packet().rendering().lastName()).isEqualTo("Reyes");
            assertThat(assembled.packet().lines()).anySatisfy(line -> assertThat(line.line().modifiers()).contains("U7"));
        });
    }
}
