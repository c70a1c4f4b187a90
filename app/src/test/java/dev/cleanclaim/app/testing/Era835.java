package dev.cleanclaim.app.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a small 835 the way a payer does, for tests that upload one: one payment with its claims and lines, the
 * envelope and the segment count filled in.
 */
public final class Era835 {

    private final String trace;
    private final String paymentDate;
    private final List<String> claims = new ArrayList<>();
    private long totalCents;

    public Era835(String trace, String paymentDate) {
        this.trace = trace;
        this.paymentDate = paymentDate;
    }

    /**
     * A claim (CLP) with one service line (SVC) and the line's adjustment.
     *
     * @param status CLP02: 1 processed as primary, 4 denied, 22 reversal
     */
    public Era835 claim(String controlNumber, String status, String charge, String paid, String code, String lineControl,
                        String adjustmentGroup, String reason, String adjustmentAmount, String remark) {
        totalCents += new java.math.BigDecimal(paid).movePointRight(2).longValueExact();
        claims.add("CLP*" + controlNumber + "*" + status + "*" + charge + "*" + paid + "*0*12*PAYER" + controlNumber.hashCode());
        claims.add("NM1*QC*1*DOE*JANE****MI*XYZ000300100");
        claims.add("SVC*HC:" + code + "*" + charge + "*" + paid + "**1");
        claims.add("DTM*472*" + paymentDate.replace("-", ""));
        if (adjustmentGroup != null) {
            claims.add("CAS*" + adjustmentGroup + "*" + reason + "*" + adjustmentAmount);
        }
        claims.add("REF*6R*" + lineControl);
        if (remark != null) {
            claims.add("LQ*HE*" + remark);
        }
        return this;
    }

    public String text() {
        String date = paymentDate.replace("-", "");
        List<String> transaction = new ArrayList<>();
        transaction.add("ST*835*0001");
        transaction.add("BPR*I*" + dollars(totalCents) + "*C*ACH*CCP*01*999999992*DA*123456*1512345678**01*999988880*DA*98765*" + date);
        transaction.add("TRN*1*" + trace + "*1512345678");
        transaction.add("DTM*405*" + date);
        transaction.add("N1*PR*COMMERCIAL PLAN");
        transaction.add("N1*PE*RIVERSIDE CHIROPRACTIC*XX*1999999984");
        transaction.add("LX*1");
        transaction.addAll(claims);
        transaction.add("SE*" + (transaction.size() + 1) + "*0001");
        StringBuilder file = new StringBuilder();
        file.append("ISA*00*          *00*          *ZZ*PAYERSENDER    *ZZ*CLEANCLAIM     *")
                .append(date.substring(2)).append("*1200*^*00501*000000905*0*P*:~\n");
        file.append("GS*HP*PAYERSENDER*CLEANCLAIM*").append(date).append("*1200*905*X*005010X221A1~\n");
        transaction.forEach(segment -> file.append(segment).append("~\n"));
        file.append("GE*1*905~\nIEA*1*000000905~\n");
        return file.toString();
    }

    private static String dollars(long cents) {
        return java.math.BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
