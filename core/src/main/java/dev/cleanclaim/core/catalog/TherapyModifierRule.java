package dev.cleanclaim.core.catalog;

/** Which therapy plan-of-care modifier a code calls for when a payer edits for them. */
public enum TherapyModifierRule {
    /** Not a therapy code: no GP/GO/GN. */
    NONE,
    /** Always GP (PT evaluations). */
    GP,
    /** Always GO (OT evaluations). */
    GO,
    /** GP, GO or GN according to the plan of care the service was furnished under. */
    BY_PLAN_OF_CARE
}
