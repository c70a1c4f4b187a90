package dev.cleanclaim.core.scrub;

/**
 * One check a payer pack turns on. A rule reads the visit and the working lines from the context, may add what
 * the payer requires (a modifier, say) and reports every finding; it never throws for a bad claim.
 */
public interface Rule {

    void apply(ScrubContext context);
}
