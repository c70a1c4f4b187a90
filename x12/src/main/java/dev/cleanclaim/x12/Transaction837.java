package dev.cleanclaim.x12;

import dev.cleanclaim.core.practice.BillingProvider;
import dev.cleanclaim.core.practice.Clearinghouse;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.submission.ClaimPacket;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** One ST...SE transaction set: header, submitter 1000A, receiver 1000B, billing provider 2000A, then the claims. */
final class Transaction837 {

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private final SegmentWriter out;
    private final BillingProvider billing;

    Transaction837(SegmentWriter out, BillingProvider billing) {
        this.out = out;
        this.billing = billing;
    }

    void write(List<ClaimPacket> claims, String controlNumber, Interchange interchange) {
        Practice practice = claims.get(0).practice();
        out.startTransaction();
        out.segment("ST", "837", controlNumber, Claim837Writer.VERSION);
        // BHT03 names the batch so a clearinghouse report can point back to it: interchange then transaction.
        out.segment("BHT", "0019", "00", interchange.controlNumber() + "-" + controlNumber,
                X12Values.date(interchange.created().toLocalDate()), HHMM.format(interchange.created()), "CH");
        Clearinghouse clearinghouse = practice.clearinghouse().orElseThrow(() -> new IllegalArgumentException(
                "the practice has no clearinghouse (submitter and receiver ids): an 837P cannot be written"));
        out.segment("NM1", "41", "2", X12Text.clean(clearinghouse.submitterName(), 60), "", "", "", "", "46",
                clearinghouse.submitterId());
        out.segment("PER", "IC", X12Text.clean(clearinghouse.contactName(), 60), "TE",
                X12Text.digits(clearinghouse.contactPhone()));
        out.segment("NM1", "40", "2", X12Text.clean(clearinghouse.receiverName(), 60), "", "", "", "", "46",
                clearinghouse.receiverId());
        out.segment("HL", "1", "", "20", "1");
        out.segment("PRV", "BI", "PXC", billing.taxonomy());
        out.segment("NM1", "85", "2", X12Text.clean(billing.name(), 60), "", "", "", "", "XX", billing.npi());
        X12Values.address(out, billing.address());
        out.segment("REF", billing.taxIdIsSsn() ? "SY" : "EI", X12Text.digits(billing.taxId()));
        billing.phone().ifPresent(phone -> out.segment("PER", "IC", X12Text.clean(billing.name(), 60), "TE",
                X12Text.digits(phone)));
        int hl = 2;
        ClaimLoops loops = new ClaimLoops(out);
        for (ClaimPacket claim : claims) {
            hl = loops.write(claim, hl);
        }
        out.segment("SE", Integer.toString(out.segmentsInTransaction() + 1), controlNumber);
    }
}
