package dev.cleanclaim.core.ncci;

import dev.cleanclaim.core.time.EffectivePeriod;

/**
 * One NCCI procedure-to-procedure edit: column 1 is paid; column 2 is denied unless the modifier indicator is 1
 * and a distinct-service modifier is on the column 2 line.
 *
 * @param modifierIndicator 0 never together, 1 together with a distinct-service modifier, 9 not applicable
 */
public record PtpEdit(String column1, String column2, EffectivePeriod period, int modifierIndicator, String rationale) {
}
