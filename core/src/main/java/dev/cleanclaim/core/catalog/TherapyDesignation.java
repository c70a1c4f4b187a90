package dev.cleanclaim.core.catalog;

/**
 * Where a code stands on CMS's annual list of therapy codes: always therapy, sometimes therapy, or not on the list.
 * It decides when a service is outpatient therapy, which takes a plan-of-care modifier (GP, GO, GN).
 */
public enum TherapyDesignation {
    /** "Always therapy": therapy whoever furnishes it, so always under a therapy plan of care. */
    ALWAYS,
    /**
     * "Sometimes therapy": therapy when a therapist furnishes it under a plan of care; the same code from a physician
     * or chiropractor outside one is not therapy (range-of-motion measurement, dry needling, remote monitoring).
     */
    SOMETIMES,
    /** Not on the list: never therapy. */
    NEVER;

    /** Whether a service of a code of this standing is therapy when a provider of this type furnishes it. */
    public boolean isTherapyWhenFurnishedBy(ProviderType provider) {
        return switch (this) {
            case ALWAYS -> true;
            case SOMETIMES -> provider.isTherapist();
            case NEVER -> false;
        };
    }
}
