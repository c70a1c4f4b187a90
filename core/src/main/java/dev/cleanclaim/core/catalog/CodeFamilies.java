package dev.cleanclaim.core.catalog;

/**
 * The code families (codes.csv's family column) the engine itself reasons about; every other family is only
 * named by payer packs. A family here must exist in the catalog: BuiltInRuleDataTest checks it.
 */
public final class CodeFamilies {

    /** Chiropractic manipulation of 1-2, 3-4 or 5 spinal regions (98940-98942). */
    public static final String CMT_SPINAL = "cmt-spinal";
    /** Chiropractic manipulation of extraspinal regions (98943). */
    public static final String CMT_EXTRASPINAL = "cmt-extraspinal";
    /** Office and outpatient evaluation and management visits (99202-99215). */
    public static final String OFFICE_VISIT = "office-visit";

    private CodeFamilies() {
    }
}
