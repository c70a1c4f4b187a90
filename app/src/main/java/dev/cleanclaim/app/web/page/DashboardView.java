package dev.cleanclaim.app.web.page;

import dev.cleanclaim.core.money.Money;

import java.util.List;

/**
 * The dashboard: claims by status, the denials to work, and the money waiting.
 *
 * @param awaitingPayment charged on claims sent and not yet answered (submitted or appealed)
 * @param readyToSend     charged on claims that are ready but not yet sent
 * @param needsWork       claims scrubbed with errors or denied: someone has to act on them
 */
public record DashboardView(List<StatusTile> tiles, List<ClaimRow> denials, Money awaitingPayment, long awaitingClaims,
                            Money readyToSend, long readyClaims, long needsWork, long rejected) {

    public DashboardView {
        tiles = List.copyOf(tiles);
        denials = List.copyOf(denials);
    }
}
