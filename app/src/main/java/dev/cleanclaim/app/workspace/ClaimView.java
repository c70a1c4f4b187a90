package dev.cleanclaim.app.workspace;

import dev.cleanclaim.store.ClaimEvent;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.Stored;

import java.util.List;

/** A stored claim with its whole history, as the claim screen and GET /api/v1/claims/{id} show it. */
public record ClaimView(Stored<ClaimRecord> claim, List<ClaimEvent> history) {
    public ClaimView {
        history = List.copyOf(history);
    }
}
