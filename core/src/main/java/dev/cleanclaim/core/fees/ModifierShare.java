package dev.cleanclaim.core.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Medicare pays a line carrying the modifier at a share of its fee schedule amount, for dates of service from a date
 * on: a therapy assistant's service (CQ, CO) at 85% from 2022-01-01. Rule data (modifiers.csv), not a constant, so
 * a change in the law is a change of data.
 */
public record ModifierShare(String modifier, BigDecimal share, LocalDate from) {

    public ModifierShare {
        Objects.requireNonNull(modifier, "modifier");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(from, "from");
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the share Medicare pays with " + modifier + " must be above 0 and at most 1, got " + share);
        }
    }

    public boolean appliesOn(LocalDate dateOfService) {
        return !dateOfService.isBefore(from);
    }
}
