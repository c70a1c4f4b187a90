package dev.cleanclaim.core.claim;

import java.util.Locale;

/** How much a finding matters to getting paid. */
public enum Severity {
    /** The claim will be rejected or denied as it stands. */
    ERROR,
    /** A denial or audit risk a biller should look at. */
    WARNING,
    /** Something the engine did on the biller's behalf, said so it can be checked. */
    INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
