package dev.cleanclaim.core.submission;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.visit.Documentation;
import dev.cleanclaim.core.visit.Provider;
import dev.cleanclaim.core.visit.Service;
import dev.cleanclaim.core.visit.Visit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** Who a claim names as rendering provider when the provider who treated the patient works under a supervisor. */
class SupervisedClaimTest {

    private static final LocalDate DATE = LocalDate.of(2026, 10, 6);
    private static final RenderingProvider PT = provider("Lee", "Park", ProviderType.PT, "1558598797", Optional.empty());
    private static final RenderingProvider PTA = provider("Kim", "Moss", ProviderType.PTA, "2222222228",
            Optional.of("1558598797"));
    private static final RenderingProvider LMT = provider("Sam", "Ortiz", ProviderType.LMT, "1295723567",
            Optional.of("1000000004"));
    private static final Map<String, PayerAccount> PAYERS = Map.of(
            "medicare", new PayerAccount("medicare", "Noridian JF Part B", "03402", Optional.empty()),
            "bcbs", new PayerAccount("bcbs", "Regence BlueCross BlueShield of Oregon", "00851", Optional.empty()),
            "commercial", new PayerAccount("commercial", "Example Commercial Health Plan", "EXC01", Optional.empty()));
    private static final Practice PRACTICE = SamplePackets.PRACTICE.withPayers(PAYERS)
            .withProviders(List.of(SamplePackets.CHIROPRACTOR, PT, PTA, LMT));

    @Test
    void aPtAssistantsMedicareClaimNamesTheSupervisingPtAndKeepsTheAssistant() {
        ClaimPacket packet = assembled(PRACTICE, visit("medicare", "MB", ProviderType.PTA, "2222222228"), List.of());

        assertThat(packet.rendering()).isEqualTo(PT);
        assertThat(packet.furnishedBy()).contains(PTA);
    }

    @Test
    void anAssistantIsBilledUnderTheSupervisorWhateverThePayer() {
        ClaimPacket packet = assembled(PRACTICE, visit("commercial", "CI", ProviderType.PTA, "2222222228"), List.of());

        assertThat(packet.rendering().npi()).isEqualTo("1558598797");
    }

    @Test
    void anAssistantWithoutASupervisorIsAMissingFactNamingWhereToSetIt() {
        Practice unsupervised = PRACTICE.withProviders(List.of(PT, provider("Kim", "Moss", ProviderType.PTA,
                "2222222228", Optional.empty())));

        assertThat(missing(unsupervised, visit("medicare", "MB", ProviderType.PTA, "2222222228"), List.of()))
                .contains("provider Kim Moss (PTA) has no supervising PT: set one on the Providers page"
                        + " (/admin/providers) or `supervisor` in the practice file");
    }

    @Test
    void anAssistantWhoseSupervisorIsNotAProviderOfThePracticeIsAMissingFact() {
        Practice gone = PRACTICE.withProviders(List.of(PTA));

        assertThat(missing(gone, visit("medicare", "MB", ProviderType.PTA, "2222222228"), List.of()))
                .anySatisfy(line -> assertThat(line).startsWith("provider Kim Moss (PTA) names supervising PT NPI"
                        + " 1558598797, who is not among the practice's providers"));
    }

    @Test
    void anAssistantWhoseSupervisorHasLeftIsAMissingFactUntilAnActiveOneIsNamed() {
        RenderingProvider left = new RenderingProvider("Lee", "Park", ProviderType.PT, "1558598797", "225100000X",
                Optional.empty(), Optional.empty(), false, Optional.empty());
        Practice practice = PRACTICE.withProviders(List.of(left, PTA));

        assertThat(missing(practice, visit("medicare", "MB", ProviderType.PTA, "2222222228"), List.of()))
                .anySatisfy(line -> assertThat(line).contains("is supervised by Lee Park, who is no longer active"));
    }

    @Test
    void aPtAssistantSupervisedByAChiropractorIsRefusedForThatReason() {
        Practice wrong = PRACTICE.withProviders(List.of(SamplePackets.CHIROPRACTOR, provider("Kim", "Moss",
                ProviderType.PTA, "2222222228", Optional.of("1000000004"))));

        assertThat(missing(wrong, visit("medicare", "MB", ProviderType.PTA, "2222222228"), List.of()))
                .anySatisfy(line -> assertThat(line).contains("is supervised by Dana Reyes (DC), but is billed under a"
                        + " supervising PT"));
    }

    @Test
    void anEmployedMassageTherapistIsBilledUnderTheChiropractorWhereThePackAddedU7() {
        Finding u7 = new Finding("modifier.employed", Severity.INFO, List.of("97124"), "Appended U7", "test",
                Optional.empty());

        ClaimPacket packet = assembled(PRACTICE, visit("bcbs", "BL", ProviderType.LMT, "1295723567"), List.of(u7));

        assertThat(packet.rendering()).isEqualTo(SamplePackets.CHIROPRACTOR);
        assertThat(packet.furnishedBy()).contains(LMT);
    }

    @Test
    void anEmployedMassageTherapistIsBilledUnderTheirOwnNpiWhereThePackDoesNotSaySo() {
        ClaimPacket packet = assembled(PRACTICE, visit("commercial", "CI", ProviderType.LMT, "1295723567"), List.of());

        assertThat(packet.rendering()).isEqualTo(LMT);
        assertThat(packet.furnishedBy()).isEmpty();
    }

    @Test
    void thePracticeKnowsAMassageTherapistsEmployerFromTheirSupervisor() {
        assertThat(PRACTICE.employerOf("1295723567")).contains(ProviderType.DC);
        assertThat(PRACTICE.employerOf("2222222228")).isEmpty();
    }

    @Test
    void aPracticeWithoutAClearinghouseCannotMakeAnInsuranceClaimButCanMakePatientPapers() {
        Practice noClearinghouse = new Practice(PRACTICE.billing(), Optional.empty(), Optional.empty(), "11",
                Optional.empty(), false, PRACTICE.providers(), PAYERS);
        Visit visit = visit("commercial", "CI", ProviderType.DC, "1000000004");

        assertThat(missing(noClearinghouse, visit, List.of())).containsExactly("practice clearinghouse: missing; set"
                + " the submitter and receiver ids on the Practice page (/admin/practice) or `submitter`/`receiver` in"
                + " the practice file");
        assertThat(new ClaimPacketAssembler(noClearinghouse).assemble(visit, claim(visit, List.of()), Purpose.PATIENT_PAPERS))
                .isInstanceOf(PacketAssembly.Assembled.class);
    }

    @Test
    void aPayerTheDirectoryLacksNamesThePayersPage() {
        Visit visit = visit("uhc", "CI", ProviderType.DC, "1000000004");

        assertThat(missing(PRACTICE, visit, List.of())).anySatisfy(line -> assertThat(line)
                .startsWith("practice payers.uhc: missing;").contains("the Payers page (/admin/payers) or `payers`"));
    }

    private static ClaimPacket assembled(Practice practice, Visit visit, List<Finding> findings) {
        PacketAssembly assembly = new ClaimPacketAssembler(practice).assemble(visit, claim(visit, findings),
                Purpose.INSURANCE_CLAIM);
        assertThat(assembly).isInstanceOf(PacketAssembly.Assembled.class);
        return ((PacketAssembly.Assembled) assembly).packet();
    }

    private static List<String> missing(Practice practice, Visit visit, List<Finding> findings) {
        PacketAssembly assembly = new ClaimPacketAssembler(practice).assemble(visit, claim(visit, findings),
                Purpose.INSURANCE_CLAIM);
        assertThat(assembly).isInstanceOf(PacketAssembly.Incomplete.class);
        return ((PacketAssembly.Incomplete) assembly).missing();
    }

    private static ClaimDraft claim(Visit visit, List<Finding> findings) {
        return new ClaimDraft(DATE, visit.payer().id(), visit.payer().unitMethod(), 0, 0, List.of("M17.11"),
                List.of(SamplePackets.line("97110", List.of("CQ", "GP"), 2, "40.00", "A")), findings, "test");
    }

    private static Visit visit(String payerId, String filingIndicator, ProviderType type, String npi) {
        Payer payer = SamplePackets.payer(payerId, filingIndicator);
        Service service = new Service(Optional.of("97110"), Optional.empty(), OptionalInt.of(25), List.of(), List.of(),
                false, Optional.empty());
        return new Visit(DATE, payer, new Provider(type, Optional.of(npi), Optional.empty()), List.of(), List.of(service),
                Documentation.NONE, Optional.of(SamplePackets.selfInsured()));
    }

    private static RenderingProvider provider(String first, String last, ProviderType type, String npi,
                                              Optional<String> supervisor) {
        return new RenderingProvider(first, last, type, npi, "225100000X", Optional.empty(), Optional.of("OR"), true,
                supervisor);
    }
}
