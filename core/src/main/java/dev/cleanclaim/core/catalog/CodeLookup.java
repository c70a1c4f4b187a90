package dev.cleanclaim.core.catalog;

import java.time.LocalDate;

/** The outcome of looking a procedure code up for a date of service. */
public sealed interface CodeLookup {

    String code();

    /** The code exists and is in force on the date. */
    record Found(CatalogCode entry) implements CodeLookup {
        @Override
        public String code() {
            return entry.code();
        }
    }

    /** The catalog has no such code; {@code explanation} says what the text looks like instead. */
    record Unknown(String code, String explanation) implements CodeLookup {
    }

    /** The code was deleted before the date of service. */
    record Deleted(CatalogCode entry, LocalDate deletedAfter) implements CodeLookup {
        @Override
        public String code() {
            return entry.code();
        }
    }

    /** The code did not exist yet on the date of service. */
    record NotYetEffective(CatalogCode entry, LocalDate effectiveFrom) implements CodeLookup {
        @Override
        public String code() {
            return entry.code();
        }
    }
}
