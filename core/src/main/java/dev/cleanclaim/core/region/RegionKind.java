package dev.cleanclaim.core.region;

/** Spinal regions pick the chiropractic manipulation level; extraspinal ones are billed 98943. */
public enum RegionKind {
    SPINAL,
    EXTRASPINAL
}
