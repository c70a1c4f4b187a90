package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.cleanclaim.app.web.ServerParts;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.practice.PayerAccount;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * GET /api/v1/payers: the payers the practice bills, each with the rule-data payer pack it follows and that pack's
 * claim filing indicator (837P SBR09), which decides how its claims are sent.
 */
public final class PayerResource {

    private final Workspace workspace;

    public PayerResource(ServerParts parts) {
        this.workspace = parts.workspace();
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/payers", this::list);
    }

    private void list(Context ctx) {
        ArrayNode items = ApiJson.array();
        // sorted by id: the practice keeps its payers in a map without an order
        for (Map.Entry<String, PayerAccount> entry : new TreeMap<>(workspace.practice().payers()).entrySet()) {
            PayerAccount account = entry.getValue();
            Optional<Payer> pack = workspace.rules().payers().find(account.pack());
            items.addObject().put("id", entry.getKey()).put("name", account.name())
                    .put("electronicId", account.electronicId()).put("pack", account.pack())
                    .put("packName", pack.map(Payer::name).orElse(null))
                    .put("claimFilingIndicator", pack.map(Payer::claimFilingIndicator).orElse(null));
        }
        ApiJson.send(ctx, 200, ApiJson.page(items));
    }
}
