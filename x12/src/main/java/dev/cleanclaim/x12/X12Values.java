package dev.cleanclaim.x12;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.practice.Address;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How cleanclaim's values are spelled in X12 elements. */
final class X12Values {

    static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private X12Values() {
    }

    /** X12 decimals carry no trailing zeros after the point: 65.00 is "65", 42.50 is "42.5". */
    static String amount(Money money) {
        BigDecimal value = money.toBigDecimal().stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }

    static String date(LocalDate date) {
        return CCYYMMDD.format(date);
    }

    /** Diagnosis pointer letters A-L become the numbers 1-12 that SV107 carries. */
    static String pointer(String letter) {
        return Integer.toString(letter.charAt(0) - 'A' + 1);
    }

    /** ICD-10-CM codes travel without their dot (M54.50 is M5450). */
    static String icd(String dotted) {
        return dotted.replace(".", "");
    }

    static void address(SegmentWriter out, Address address) {
        out.segment("N3", X12Text.clean(address.line1(), 55),
                address.line2().map(line -> X12Text.clean(line, 55)).orElse(""));
        out.segment("N4", X12Text.clean(address.city(), 30), address.state(), X12Text.digits(address.zip()));
    }
}
