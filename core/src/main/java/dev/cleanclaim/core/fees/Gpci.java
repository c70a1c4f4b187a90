package dev.cleanclaim.core.fees;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A locality's geographic practice cost indices for one year (CMS Addendum E): each weighs its own part of a code's
 * RVUs. The work index is the one with the statutory floor applied, as CMS pays it.
 *
 * @param name the locality's name as CMS writes it, e.g. "PORTLAND"
 */
public record Gpci(String name, BigDecimal work, BigDecimal practiceExpense, BigDecimal malpractice) {

    /** No geographic adjustment: the national amounts CMS publishes. */
    public static final Gpci NATIONAL = new Gpci("national", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);

    public Gpci {
        Objects.requireNonNull(name, "name");
        requirePositive(work, "work");
        requirePositive(practiceExpense, "practice expense");
        requirePositive(malpractice, "malpractice");
    }

    private static void requirePositive(BigDecimal index, String what) {
        if (index.signum() <= 0) {
            throw new IllegalArgumentException("the " + what + " GPCI must be above zero, got " + index);
        }
    }
}
