package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.cleanclaim.app.web.ServerParts;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.store.Stored;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * GET /api/v1/providers: the practice's rendering providers, whose ids a patient's therapist names and whose NPIs a
 * visit names. No patient data, so nothing to audit.
 */
public final class ProviderResource {

    private final Workspace workspace;

    public ProviderResource(ServerParts parts) {
        this.workspace = parts.workspace();
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/providers", this::list);
    }

    private void list(Context ctx) {
        ArrayNode items = ApiJson.array();
        for (Stored<RenderingProvider> stored : workspace.providers()) {
            RenderingProvider provider = stored.value();
            items.addObject().put("id", stored.id()).put("firstName", provider.firstName())
                    .put("lastName", provider.lastName()).put("type", provider.type().name())
                    .put("credential", provider.type().title()).put("npi", provider.npi())
                    .put("taxonomy", provider.taxonomy()).put("license", provider.licenseNumber().orElse(null));
        }
        ApiJson.send(ctx, 200, ApiJson.page(items));
    }
}
