package dev.cleanclaim.forms;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.practice.Address;

/**
 * How patient papers print what the record keeps bare: a ZIP+4 as 97201-1234 and a phone as (503) 555-0100 (the
 * record keeps digits, as the 837P wants them), money with its sign before the dollar.
 */
public final class Printed {

    private Printed() {
    }

    /** Nine digits print as ZIP+4 with its hyphen; anything else as kept. */
    public static String zip(String zip) {
        return zip.matches("\\d{9}") ? zip.substring(0, 5) + "-" + zip.substring(5) : zip;
    }

    /** Ten digits (or eleven with the country code 1) print as (503) 555-0100; anything else as kept. */
    public static String phone(String phone) {
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        if (digits.length() != 10) {
            return phone;
        }
        return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
    }

    /**
     * An employer identification number as the IRS writes it (93-1234567); a provider's SSN never prints whole on a
     * patient's paper, only its last four.
     */
    public static String taxId(String taxId, boolean ssn) {
        String digits = taxId.replaceAll("\\D", "");
        if (digits.length() != 9) {
            return taxId;
        }
        return ssn ? "SSN ending " + digits.substring(5) : digits.substring(0, 2) + "-" + digits.substring(2);
    }

    /** One line: street, second line, city, state and ZIP. */
    public static String address(Address address) {
        return address.line1() + address.line2().map(line -> ", " + line).orElse("") + ", " + address.city() + ", "
                + address.state() + " " + zip(address.zip());
    }

    public static String dollars(Money money) {
        return money.cents() < 0 ? "-$" + money.negate() : "$" + money;
    }
}
