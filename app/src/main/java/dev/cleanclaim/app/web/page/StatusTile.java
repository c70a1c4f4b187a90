package dev.cleanclaim.app.web.page;

import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;

/** One status on the dashboard: how many claims stand there and what they charge. */
public record StatusTile(ClaimStatus status, long claims, Money total) {

    public String statusId() {
        return status.id();
    }
}
