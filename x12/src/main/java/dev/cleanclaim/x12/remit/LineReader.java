package dev.cleanclaim.x12.remit;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.Adjustment;
import dev.cleanclaim.core.remit.ServicePayment;
import dev.cleanclaim.x12.read.Segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loop 2110, one service line: SVC and what follows it up to the next SVC, CLP, LX, PLB or SE. The line keeps the
 * procedure as adjudicated (SVC01); when the payer changed it, SVC06 holds the code billed, which is kept only to
 * tell the biller (see {@link #billedAs()}).
 */
final class LineReader {

    private static final int MODIFIERS = 4;

    private final String procedureCode;
    private final List<String> modifiers = new ArrayList<>();
    private final Money charge;
    private final Money paid;
    private final Optional<BigDecimal> units;
    private final Optional<String> billedAs;
    private final List<Adjustment> adjustments = new ArrayList<>();
    private final List<String> remarks = new ArrayList<>();
    private Optional<String> lineControlNumber = Optional.empty();
    private Optional<LocalDate> serviceDate = Optional.empty();
    private Optional<LocalDate> periodStart = Optional.empty();
    private Optional<Money> allowed = Optional.empty();

    LineReader(Segment svc) {
        procedureCode = svc.component(1, 2);
        if (procedureCode.isEmpty()) {
            String whole = svc.component(1, 1);
            java.util.regex.Matcher other = java.util.regex.Pattern.compile("^[A-Z]{2}([^A-Za-z0-9 ])").matcher(whole);
            if (other.find()) {
                // "HC>99213" where ISA16 is ":": the sender wrote another component separator than its ISA names
                throw svc.problem(1, "the procedure code (SVC01-2) is missing: \"" + whole + "\" separates its parts with \""
                        + other.group(1) + "\", not with the component separator this file's ISA16 names");
            }
            throw svc.problem(1, "the procedure code (SVC01-2) is missing");
        }
        for (int component = 3; component < 3 + MODIFIERS; component++) {
            String modifier = svc.component(1, component);
            if (!modifier.isEmpty()) {
                modifiers.add(modifier);
            }
        }
        charge = svc.amount(2);
        paid = svc.amount(3);
        units = svc.quantity(5);
        String original = svc.component(6, 2);
        billedAs = original.isEmpty() || original.equals(procedureCode) ? Optional.empty() : Optional.of(original);
    }

    void accept(Segment segment) {
        switch (segment.tag()) {
            case "CAS" -> adjustments.addAll(Adjustments.of(segment));
            case "DTM" -> date(segment);
            case "REF" -> {
                if (segment.text(1).equals("6R") && lineControlNumber.isEmpty()) {
                    lineControlNumber = Optional.of(segment.required(2, "the line item control number"));
                }
            }
            case "AMT" -> {
                if (segment.text(1).equals("B6")) {
                    allowed = Optional.of(segment.amount(2));
                }
            }
            case "LQ" -> {
                if (segment.text(1).equals("HE")) {
                    remarks.add(segment.required(2, "the remark code"));
                }
            }
            default -> {
                // QTY, other REF and AMT qualifiers, LQ*RX: nothing the model keeps
            }
        }
    }

    /** DTM*472 is the date of service; a line billed over a period gives 150 (start) and 151 (end) instead. */
    private void date(Segment dtm) {
        switch (dtm.text(1)) {
            case "472" -> serviceDate = Optional.of(dtm.date(2));
            case "150" -> periodStart = Optional.of(dtm.date(2));
            default -> {
            }
        }
    }

    /** The procedure code billed (SVC06-2) when the payer adjudicated the line as another code. */
    Optional<String> billedAs() {
        return billedAs;
    }

    String procedureCode() {
        return procedureCode;
    }

    ServicePayment finish() {
        return new ServicePayment(procedureCode, modifiers, charge, paid, units, lineControlNumber,
                serviceDate.or(() -> periodStart), allowed, adjustments, remarks);
    }
}
