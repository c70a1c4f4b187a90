package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.PracticeResourceReader;
import dev.cleanclaim.app.contract.PracticeWriter;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.web.ServerParts;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.UserAccount;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * /api/v1/providers: the practice's rendering providers, whose ids a patient's therapist names and whose NPIs a visit
 * names, each in the practice file's shape (supervisor by NPI) with its id, version, credential and the user who
 * signs in as them. Anyone signed in reads them; only an admin adds or changes one (the workspace audits it).
 */
public final class ProviderResource {

    static final String PATH = "/api/v1/providers";

    /** What a provider answer adds to the practice file's shape; sent back on an update, they are ignored. */
    private static final List<String> READ_ONLY = List.of("id", "credential", "user");

    private final Workspace workspace;

    public ProviderResource(ServerParts parts) {
        this.workspace = parts.workspace();
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::list);
        routes.post(PATH, this::create);
        routes.put(PATH + "/{id}", this::update);
    }

    private void list(Context ctx) {
        Map<Long, String> users = users();
        ArrayNode items = ApiJson.array();
        workspace.providers().forEach(provider -> items.add(json(provider, users)));
        ApiJson.send(ctx, 200, ApiJson.page(items));
    }

    private void create(Context ctx) {
        ObjectNode body = ApiJson.body(ctx);
        RenderingProvider provider = read("provider", body);
        Stored<RenderingProvider> created = workspace.admin().addProvider(Requests.actor(ctx), provider);
        ApiJson.created(ctx, PATH + "/" + created.id(), created.version(), json(created, users()));
    }

    private void update(Context ctx) {
        long id = ApiJson.id(ctx);
        ObjectNode body = ApiJson.body(ctx);
        int version = ApiJson.version(ctx, ApiJson.versionField(body));
        workspace.admin().provider(id); // 404 before reading a body for a provider that does not exist
        RenderingProvider provider = read("provider " + id, body);
        Stored<RenderingProvider> saved = workspace.admin().updateProvider(Requests.actor(ctx), id, version, provider);
        ApiJson.etag(ctx, saved.version());
        ApiJson.send(ctx, 200, json(saved, users()));
    }

    private RenderingProvider read(String name, ObjectNode body) {
        READ_ONLY.forEach(body::remove);
        return new PracticeResourceReader(workspace.rules()).provider(name, body, workspace.admin().practice().value());
    }

    private static ObjectNode json(Stored<RenderingProvider> stored, Map<Long, String> users) {
        RenderingProvider provider = stored.value();
        ObjectNode json = ApiJson.object().put("id", stored.id());
        json.setAll(PracticeWriter.provider(provider));
        json.put("credential", provider.type().title());
        // kept in every answer (null when absent), as before the practice file's shape was adopted
        json.put("license", provider.licenseNumber().orElse(null));
        json.put("active", provider.active());
        json.put("supervisor", provider.supervisorNpi().orElse(null));
        json.put("user", users.get(stored.id()));
        json.put("version", stored.version());
        return json;
    }

    /** The username that signs in as each provider (a therapist's account), by provider id. */
    private Map<Long, String> users() {
        return workspace.database().users().list().stream()
                .filter(user -> user.providerId().isPresent())
                .collect(Collectors.toMap(user -> user.providerId().get(), UserAccount::username,
                        (first, second) -> first)); // one account per provider is the rule; the first if not
    }
}
