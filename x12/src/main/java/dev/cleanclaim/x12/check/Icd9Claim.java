package dev.cleanclaim.x12.check;

import dev.cleanclaim.x12.read.Segment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * One claim's diagnosis code set, as its HI qualifiers tell it, against its dates of service. The 5010 guide still
 * carries ICD-9's diagnosis qualifiers (BK principal, BF other; BP/BO are HCPCS anesthesia procedures, not ICD-9), but HIPAA's code-set rule made ICD-10-CM the
 * only diagnosis code set for services from 2015-10-01: an ICD-9 claim for a later date is refused by every payer,
 * while one for an earlier date is merely old.
 */
record Icd9Claim(Optional<String> icd9Qualifier, Optional<LocalDate> lastServiceDate, String lastService) {

    static final Icd9Claim NONE = new Icd9Claim(Optional.empty(), Optional.empty(), "");

    /** The first day ICD-10-CM was the required diagnosis code set (45 CFR 162.1002(c)(2)). */
    static final LocalDate ICD10_REQUIRED_FROM = LocalDate.of(2015, 10, 1);

    private static final Set<String> ICD9_QUALIFIERS = Set.of("BK", "BF");

    private static final Set<String> SERVICE_DATES = Set.of("472");

    record Finding(boolean refused, String text) {
    }

    Icd9Claim withCodes(Segment hi) {
        if (icd9Qualifier.isPresent()) {
            return this;
        }
        for (int element = 1; element <= hi.elements().size(); element++) {
            String qualifier = hi.component(element, 1);
            if (ICD9_QUALIFIERS.contains(qualifier)) {
                return new Icd9Claim(Optional.of("segment " + hi.position() + " (" + hi.name(element) + "-1 " + qualifier
                        + ")"), lastServiceDate, lastService);
            }
        }
        return this;
    }

    /** A service date (DTP*472, D8 or RD8): the latest one decides, since one line after the switch is enough. */
    Icd9Claim withDate(Segment dtp) {
        if (!SERVICE_DATES.contains(dtp.text(1))) {
            return this;
        }
        String value = dtp.text(3);
        String last = value.contains("-") ? value.substring(value.indexOf('-') + 1) : value;
        try {
            LocalDate date = LocalDate.parse(last, DateTimeFormatter.BASIC_ISO_DATE);
            // a range (RD8) is named whole: "2015-09-25 to 2015-10-02" says why a service in it is after the switch
            String from = value.contains("-") ? iso(value.substring(0, value.indexOf('-'))) : date.toString();
            String service = from.equals(date.toString()) ? from : from + " to " + date;
            return lastServiceDate.filter(known -> !known.isBefore(date)).isPresent() ? this
                    : new Icd9Claim(icd9Qualifier, Optional.of(date), service);
        } catch (DateTimeParseException e) {
            return this; // the schema pass names a date that is not one
        }
    }

    Optional<Finding> finding(String claim) {
        return icd9Qualifier.map(place -> lastServiceDate.filter(date -> !date.isBefore(ICD10_REQUIRED_FROM))
                .map(date -> new Finding(true, place + ", claim " + claim + ": ICD-9 diagnosis codes for a service on "
                        + lastService + "; from " + ICD10_REQUIRED_FROM + " claims carry ICD-10-CM codes (qualifiers ABK, ABF),"
                        + " and no payer accepts ICD-9"))
                .orElseGet(() -> new Finding(false, place + ", claim " + claim + ": ICD-9 diagnosis codes, right only"
                        + " for services before " + ICD10_REQUIRED_FROM
                        + lastServiceDate.map(date -> " (its last service is " + lastService + ")").orElse(""))));
    }

    private static String iso(String ccyymmdd) {
        try {
            return LocalDate.parse(ccyymmdd, DateTimeFormatter.BASIC_ISO_DATE).toString();
        } catch (DateTimeParseException e) {
            return ccyymmdd;
        }
    }
}
