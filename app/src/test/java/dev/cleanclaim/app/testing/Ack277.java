package dev.cleanclaim.app.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a 277CA the way a clearinghouse does (005010X214), for tests that import one: the information source,
 * receiver and billing provider levels, then one patient and claim status per claim, accepted (A2 with the payer's
 * claim number in REF*1K) or rejected (A7 naming the member id as invalid).
 */
public final class Ack277 {

    private final List<String> claims = new ArrayList<>();
    private int hl = 3;

    public Ack277 accepted(String controlNumber, String payerClaimNumber) {
        claims.addAll(List.of("HL*" + ++hl + "*3*PT", "NM1*QC*1*DOE*JANE****MI*M" + hl, "TRN*2*" + controlNumber,
                "STC*A2:20:PR*20261123*WQ*50", "REF*1K*" + payerClaimNumber, "DTP*472*D8*20261116"));
        return this;
    }

    public Ack277 rejected(String controlNumber) {
        claims.addAll(List.of("HL*" + ++hl + "*3*PT", "NM1*QC*1*DOE*JOHN****MI*M" + hl, "TRN*2*" + controlNumber,
                "STC*A7:21:85*20261123*U*50******A7:562:85", "DTP*472*D8*20261117"));
        return this;
    }

    public String text() {
        List<String> transaction = new ArrayList<>(List.of("ST*277*0001*005010X214", "BHT*0085*08*7013-1*20261123*1530*TH",
                "HL*1**20*1", "NM1*PR*2*EXAMPLE COMMERCIAL*****PI*EXC01", "TRN*1*7013-1", "DTP*050*D8*20261122",
                "DTP*009*D8*20261123", "HL*2*1*21*1", "NM1*41*2*DEMO PRACTICE*****46*DEMO01", "TRN*2*7013",
                "STC*A1:19:PR*20261123*WQ*100", "HL*3*2*19*1", "NM1*85*2*DEMO PRACTICE*****XX*1234567893"));
        transaction.addAll(claims);
        transaction.add("SE*" + (transaction.size() + 1) + "*0001");
        StringBuilder file = new StringBuilder();
        file.append("ISA*00*          *00*          *ZZ*CLAIMHUB       *ZZ*DEMO01         *261123*1530*^*00501*000007013*0*T*:~\n");
        file.append("GS*HN*CLAIMHUB*DEMO01*20261123*1530*7013*X*005010X214~\n");
        transaction.forEach(segment -> file.append(segment).append("~\n"));
        file.append("GE*1*7013~\nIEA*1*000007013~\n");
        return file.toString();
    }
}
