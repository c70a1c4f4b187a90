package dev.cleanclaim.core.submission;

/** What a packet is assembled for: the two need different facts (a superbill needs no payer id or member id). */
public enum Purpose {
    /** An 837P file or a CMS-1500 form sent to the payer. */
    INSURANCE_CLAIM,
    /** A superbill or receipt the patient files with an HSA, FSA or out-of-network plan. */
    PATIENT_PAPERS
}
