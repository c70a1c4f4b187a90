package dev.cleanclaim.core.catalog;

/** The code family: CPT Category I, II (performance measures, ends in F), III (emerging, ends in T) or HCPCS Level II. */
public enum CodeCategory {
    CPT_I,
    CPT_II,
    CPT_III,
    HCPCS
}
