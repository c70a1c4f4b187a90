package dev.cleanclaim.forms;

import java.util.Objects;

/**
 * What the letter of medical necessity recommends: how often and how many sessions. HSA and FSA administrators
 * want both, and the letter is valid for one year.
 *
 * @param frequency e.g. "once a week"
 */
public record LetterTerms(String frequency, int sessions) {
    public LetterTerms {
        Objects.requireNonNull(frequency, "frequency");
        if (frequency.isBlank()) {
            throw new IllegalArgumentException("the recommended frequency must be given, e.g. \"once a week\"");
        }
        if (sessions < 1 || sessions > 365) {
            throw new IllegalArgumentException("the number of sessions must be 1 to 365, got " + sessions);
        }
    }
}
