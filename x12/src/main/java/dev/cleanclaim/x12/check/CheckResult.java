package dev.cleanclaim.x12.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code cleanclaim check} says of one X12 file: read, with its summary, or refused, with the reason. Nothing is
 * posted either way; the biller decides what to do with a file a clearinghouse sent.
 */
public sealed interface CheckResult {

    String file();

    /**
     * A file read whole.
     *
     * @param kind         835, 837P, 999 or 277CA
     * @param version      GS08 of the first group, e.g. 005010X221A1
     * @param transactions ST .. SE transactions (for an 835, one payment each)
     * @param claims       CLP (835), CLM (837P) or claim status loops (277CA); for a 999, transaction sets answered
     * @param totals       in file order, e.g. BPR02 and CLP04 for an 835; amounts as X12 writes them (12.50)
     * @param balanced     whether the money adds up (835: BPR02 = CLP04 - PLB; 837P: CLM02 = its SV102); empty when
     *                     the kind carries no money
     * @param test         any interchange with ISA15 T: shown, never posted
     */
    record Read(String file, String kind, String version, int interchanges, int groups, int transactions, int claims,
                List<Total> totals, Optional<Boolean> balanced, boolean test, List<String> warnings) implements CheckResult {
        public Read {
            Objects.requireNonNull(kind, "kind");
            totals = List.copyOf(totals);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * A file cleanclaim cannot read, with the reason in words.
     *
     * @param kind   what the file looked like before it was refused, when that was known
     * @param reason the place (segment, tag, element) and the fault, e.g. {@code segment 47 (PLXX): ...}
     */
    record Refused(String file, Optional<String> kind, String reason) implements CheckResult {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** One named total: "BPR02" = "1812.27", or a count such as "rejected" = "2". */
    record Total(String name, String value) {
    }
}
