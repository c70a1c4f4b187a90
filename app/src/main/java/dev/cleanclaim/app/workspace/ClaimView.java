package dev.cleanclaim.app.workspace;

import dev.cleanclaim.store.ClaimEvent;
import dev.cleanclaim.store.ClaimLinks;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.Stored;

import java.util.List;

/**
 * A stored claim with its whole history and how it stands to the payer's record and other claims (what it corrects,
 * what corrected it, the payer's number), as the claim screen and GET /api/v1/claims/{id} show it.
 */
public record ClaimView(Stored<ClaimRecord> claim, List<ClaimEvent> history, ClaimLinks links) {
    public ClaimView {
        history = List.copyOf(history);
        java.util.Objects.requireNonNull(links, "links");
    }
}
