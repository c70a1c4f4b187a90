package dev.cleanclaim.x12;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.practice.PayerAccount;

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
        return decimal(money.toBigDecimal());
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

    /** NM1 of a person (subscriber IL, patient QC), named by the member id when there is one. */
    static void person(SegmentWriter out, String entity, Person person, String memberId) {
        out.segment("NM1", entity, "1", X12Text.clean(person.lastName(), 60), X12Text.clean(person.firstName(), 35),
                "", "", "", memberId.isEmpty() ? "" : "MI", X12Text.clean(memberId, 80));
    }

    /** NM1*PR of a payer by its electronic id, with its address when the practice file gives one. */
    static void payer(SegmentWriter out, PayerAccount payer) {
        out.segment("NM1", "PR", "2", X12Text.clean(payer.name(), 60), "", "", "", "", "PI", payer.electronicId());
        payer.address().ifPresent(address -> address(out, address));
    }

    /** Any X12 decimal (an amount, a quantity): "2", "1.5", never "2.00". */
    static String decimal(BigDecimal number) {
        BigDecimal value = number.stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }
}
