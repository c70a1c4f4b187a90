package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.practice.Clearinghouse;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.submission.ClaimDescriptions;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.forms.Cms1500Layout;
import dev.cleanclaim.forms.Cms1500Pdf;
import dev.cleanclaim.forms.SuperbillPdf;
import dev.cleanclaim.forms.SuperbillPayment;
import dev.cleanclaim.x12.Claim837Validator;
import dev.cleanclaim.x12.Claim837Writer;
import dev.cleanclaim.x12.Interchange;
import dev.cleanclaim.x12.Usage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Renders one stored claim's documents: the 837P file, the CMS-1500 and the superbill. */
final class ClaimFiles {

    private final Clock clock;
    private final Cms1500Pdf cms1500 = new Cms1500Pdf(Cms1500Layout.builtIn());
    private final SuperbillPdf superbill;
    private final Claim837Writer writer = new Claim837Writer(new Claim837Validator());

    ClaimFiles(RuleData rules, Clock clock) {
        this.clock = clock;
        this.superbill = new SuperbillPdf(new ClaimDescriptions(rules));
    }

    /**
     * The claim as an 837P interchange of its own, numbered from the clock as the CLI numbers its files.
     */
    byte[] edi(ClaimPacket packet) {
        int control = Interchange.controlNumberAt(clock.instant());
        Practice practice = packet.practice();
        Clearinghouse clearinghouse = practice.clearinghouse().orElseThrow(() -> new IllegalStateException(
                "a claim packet was assembled without the practice's clearinghouse"));
        Interchange interchange = new Interchange(clearinghouse.submitterId(), clearinghouse.receiverId(), control,
                LocalDateTime.now(clock), practice.test() ? Usage.TEST : Usage.PRODUCTION);
        return writer.write(List.of(packet), interchange);
    }

    byte[] cms1500(ClaimPacket packet, Cms1500Pdf.Mode mode) {
        return cms1500.render(List.of(packet), mode, LocalDate.now(clock));
    }

    byte[] superbill(ClaimPacket papers) {
        return superbill.render(List.of(papers), List.of(Money.ZERO), LocalDate.now(clock));
    }

    /** One superbill for several visits, each with what the patient paid towards it, and the payments received. */
    byte[] superbill(List<ClaimPacket> papers, List<Money> paid, List<SuperbillPayment> payments) {
        return superbill.render(papers, paid, payments, LocalDate.now(clock));
    }
}
