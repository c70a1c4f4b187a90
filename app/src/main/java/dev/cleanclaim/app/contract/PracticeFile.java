package dev.cleanclaim.app.contract;

import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.practice.Practice;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything a practice file holds: the practice and, when the file sets any, the practice's own fees (charges per
 * code and modifier, self-pay session prices). Without fees the built-in fee schedule prices claims.
 */
public record PracticeFile(Practice practice, Optional<FeeSchedule> fees) {

    /** The name a practice file's fee schedule goes by in findings. */
    public static final String FEE_SCHEDULE_NAME = "practice fee schedule";

    public PracticeFile {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(fees, "fees");
    }
}
