package dev.cleanclaim.core.visit;

/**
 * What the condition treated is related to, as a payer asks it (CMS-1500 boxes 10a-10c, 837P CLM11): a work injury
 * goes to workers' compensation, an auto accident to the car insurance (PIP, med-pay) first.
 */
public enum RelatedCause {
    EMPLOYMENT("EM"),
    AUTO_ACCIDENT("AA"),
    OTHER_ACCIDENT("OA");

    private final String x12Code;

    RelatedCause(String x12Code) {
        this.x12Code = x12Code;
    }

    /** CLM11-1/CLM11-2 (related causes code, X12 element 1362). */
    public String x12Code() {
        return x12Code;
    }
}
