package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.testing.Ack277;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.store.ClaimAcknowledgmentRow;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.SubmissionSummary;
import dev.cleanclaim.store.SubmittedClaim;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 999 and 277CA files read back onto the claims they answer. */
class AcknowledgmentsTest {

    private final DemoWorkspace demo = new DemoWorkspace("acknowledgments");
    private final Workspace workspace = demo.workspace();
    private final Actor biller = DemoWorkspace.BILLER;

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void a_277ca_that_rejects_one_claim_and_accepts_another_moves_each_and_keeps_the_payers_claim_number() {
        long accepted = demo.readyCommercialClaim("2026-11-16");
        long rejected = demo.readyCommercialClaim("2026-11-17");
        workspace.submissions().send(biller, Optional.of(List.of(accepted, rejected)));

        AcknowledgmentImport imported = workspace.acknowledgments().importFile(biller, "277ca.edi",
                ack277(control(accepted), control(rejected)));

        assertThat(imported.kind()).isEqualTo("277CA");
        assertThat(imported.count("accepted")).isEqualTo(1);
        assertThat(imported.count("rejected")).isEqualTo(1);
        assertThat(status(accepted)).isEqualTo(ClaimStatus.ACCEPTED);
        assertThat(status(rejected)).isEqualTo(ClaimStatus.REJECTED);
        assertThat(demo.database().claims().links(accepted).payerClaimNumber()).contains("2026309BC00117");
        assertThat(demo.database().acknowledgments().forClaim(rejected)).extracting(ClaimAcknowledgmentRow::words)
                .singleElement().asString().contains("A7");
        assertThat(workspace.claims().get(biller, rejected).history()).last()
                .satisfies(event -> assertThat(event.note()).hasValueSatisfying(note -> assertThat(note).contains("277CA")));
    }

    @Test
    void importing_the_same_acknowledgment_again_changes_nothing() {
        long claim = demo.readyCommercialClaim("2026-11-16");
        long other = demo.readyCommercialClaim("2026-11-17");
        workspace.submissions().send(biller, Optional.of(List.of(claim, other)));
        byte[] file = ack277(control(claim), control(other));
        workspace.acknowledgments().importFile(biller, "277ca.edi", file);
        int version = demo.database().claims().find(claim).orElseThrow().version();

        AcknowledgmentImport again = workspace.acknowledgments().importFile(biller, "277ca-copy.edi", file);

        assertThat(again.alreadyImported()).isTrue();
        assertThat(demo.database().claims().find(claim).orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void a_999_that_rejects_a_transaction_set_rejects_every_claim_in_it() {
        long claim = demo.readyCommercialClaim("2026-11-16");
        SubmissionSummary sent = workspace.submissions().send(biller, Optional.of(List.of(claim))).sent().get(0);
        SubmittedClaim carried = workspace.submissions().claimsOf(biller, sent.id()).get(0);

        AcknowledgmentImport imported = workspace.acknowledgments().importFile(biller, "999.edi",
                ack999(sent.interchangeControlNumber(), carried.transactionControlNumber()));

        assertThat(status(claim)).isEqualTo(ClaimStatus.REJECTED);
        assertThat(imported.answers()).singleElement().satisfies(answer -> assertThat(answer.words())
                .contains("NM1", "2010BA"));
    }

    @Test
    void a_999_that_rejects_the_whole_group_rejects_every_claim_of_the_interchange() {
        long first = demo.readyCommercialClaim("2026-11-16");
        long second = demo.readyCommercialClaim("2026-11-17");
        SubmissionSummary sent = workspace.submissions().send(biller, Optional.of(List.of(first, second))).sent().get(0);
        String whole = String.join("~\n",
                "ISA*00*          *00*          *ZZ*CLAIMHUB       *ZZ*DEMO01         *261123*0912*^*00501*000007003*0*T*:",
                "GS*FA*CLAIMHUB*DEMO01*20261123*0912*7003*X*005010X231A1", "ST*999*0001*005010X231A1",
                "AK1*HC*" + sent.interchangeControlNumber() + "*005010X222A1", "AK9*R*1*1*0*1",
                "SE*4*0001", "GE*1*7003", "IEA*1*000007003") + "~\n";

        AcknowledgmentImport imported = workspace.acknowledgments().importFile(biller, "999-group.edi",
                whole.getBytes(StandardCharsets.US_ASCII));

        assertThat(imported.count("rejected")).isEqualTo(2);
        assertThat(status(first)).isEqualTo(ClaimStatus.REJECTED);
        assertThat(status(second)).isEqualTo(ClaimStatus.REJECTED);
    }

    @Test
    void a_broken_acknowledgment_is_refused_naming_the_segment_and_nothing_is_imported() {
        long claim = demo.readyCommercialClaim("2026-11-16");
        workspace.submissions().send(biller, Optional.of(List.of(claim)));
        String broken = new String(ack277(control(claim), control(claim)), StandardCharsets.US_ASCII)
                .replace("STC*A2:20:PR", "STC*");

        assertThatThrownBy(() -> workspace.acknowledgments().importFile(biller, "bad.edi",
                broken.getBytes(StandardCharsets.US_ASCII))).isInstanceOf(InputException.class)
                .satisfies(refused -> assertThat(((InputException) refused).problems().get(0).path()).contains("(STC)", "STC01"));
        assertThat(status(claim)).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void a_file_whose_name_is_too_long_to_keep_is_refused_naming_the_file() {
        assertThatThrownBy(() -> workspace.acknowledgments().importFile(biller, "a".repeat(201) + ".edi",
                ack999(1, "0001"))).isInstanceOf(InputException.class)
                .satisfies(refused -> assertThat(((InputException) refused).problems().get(0).path()).isEqualTo("file"));
    }

    @Test
    void a_therapist_may_not_import_acknowledgments() {
        long claim = demo.readyCommercialClaim("2026-11-16");
        Actor therapist = demo.therapistOfClaim(claim);

        assertThatThrownBy(() -> workspace.acknowledgments().importFile(therapist, "999.edi", ack999(1, "0001")))
                .isInstanceOf(WorkspaceException.Forbidden.class);
    }

    /** A 277CA accepting the first claim (A2, REF*1K) and rejecting the second (A7). */
    static byte[] ack277(String acceptedControl, String rejectedControl) {
        return new Ack277().accepted(acceptedControl, "2026309BC00117").rejected(rejectedControl).text()
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A 999 rejecting one transaction set of the interchange it answers, with the segment and element at fault. */
    static byte[] ack999(int interchange, String transaction) {
        String text = String.join("~\n",
                "ISA*00*          *00*          *ZZ*CLAIMHUB       *ZZ*DEMO01         *261123*0912*^*00501*000007002*0*T*:",
                "GS*FA*CLAIMHUB*DEMO01*20261123*0912*7002*X*005010X231A1",
                "ST*999*0001*005010X231A1",
                "AK1*HC*" + interchange + "*005010X222A1",
                "AK2*837*" + transaction + "*005010X222A1",
                "IK3*NM1*12*2010BA*8", "IK4*9*67*7*123", "IK5*R*5", "AK9*R*1*1*0",
                "SE*9*0001", "GE*1*7002", "IEA*1*000007002") + "~\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private String control(long claim) {
        return demo.database().claims().find(claim).orElseThrow().value().patientControlNumber();
    }

    private ClaimStatus status(long claim) {
        return demo.database().claims().find(claim).orElseThrow().value().status();
    }
}
