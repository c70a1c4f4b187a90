package dev.cleanclaim.core.scrub;

import dev.cleanclaim.core.catalog.CatalogCode;

import java.util.List;

/**
 * A payer rule that can say, before any visit, what it does to a code: how the rule browser answers "what does this
 * payer do with 97124?" from the same settings the rule applies, so the answer cannot drift from the scrub.
 */
public interface CodeNotes {

    /** What the rule does to the code, one sentence each; empty when it leaves the code alone. */
    List<String> notesOn(CatalogCode code);
}
