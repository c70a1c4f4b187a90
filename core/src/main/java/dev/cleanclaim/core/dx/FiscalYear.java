package dev.cleanclaim.core.dx;

import java.time.LocalDate;

/**
 * A fiscal year of ICD-10-CM: CMS's release for FY N is in force for dates of service from October 1 of N-1
 * through September 30 of N, so FY2022 begins 2021-10-01.
 */
public record FiscalYear(int year) implements Comparable<FiscalYear> {

    public static FiscalYear of(LocalDate dateOfService) {
        return new FiscalYear(dateOfService.getMonthValue() >= 10 ? dateOfService.getYear() + 1 : dateOfService.getYear());
    }

    public LocalDate firstDay() {
        return LocalDate.of(year - 1, 10, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(year, 9, 30);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(year, other.year);
    }

    /** "FY2027", as CMS names its releases. */
    @Override
    public String toString() {
        return "FY" + year;
    }
}
