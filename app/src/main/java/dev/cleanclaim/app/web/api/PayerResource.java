package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.PracticeResourceReader;
import dev.cleanclaim.app.contract.PracticeWriter;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.web.ServerParts;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.payer.StarterPayer;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.store.PayerEntry;
import dev.cleanclaim.store.Stored;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * /api/v1/payers: the practice's payer directory. Each entry is in the practice file's list form ({id, name,
 * payerId, pack, ...}, where "id" is the directory id patients and visits name) plus what the API always answered
 * (electronicId, packName, the claim filing indicator in force) and the entry's own record id ("entryId", which
 * PUT /api/v1/payers/{entryId} names) and version. /api/v1/payers/starter lists the starter directory cleanclaim
 * ships, whose entries a client adds by POSTing them.
 */
public final class PayerResource {

    static final String PATH = "/api/v1/payers";

    /** What a payer answer adds to the practice file's shape; sent back on an update, they are ignored. */
    private static final List<String> READ_ONLY = List.of("entryId", "packName");

    private final Workspace workspace;

    public PayerResource(ServerParts parts) {
        this.workspace = parts.workspace();
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::list);
        routes.post(PATH, this::create);
        routes.get(PATH + "/starter", this::starter);
        routes.put(PATH + "/{id}", this::update);
    }

    private void list(Context ctx) {
        ArrayNode items = ApiJson.array();
        workspace.admin().payers().stream()
                .sorted(Comparator.comparing(entry -> entry.value().payerId()))
                .forEach(entry -> items.add(json(entry)));
        ApiJson.send(ctx, 200, ApiJson.page(items));
    }

    private void create(Context ctx) {
        PayerEntry entry = read("payer", ApiJson.body(ctx));
        Stored<PayerEntry> created = workspace.admin().addPayer(Requests.actor(ctx), entry);
        ApiJson.created(ctx, PATH + "/" + created.id(), created.version(), json(created));
    }

    private void update(Context ctx) {
        long id = ApiJson.id(ctx);
        ObjectNode body = ApiJson.body(ctx);
        int version = ApiJson.version(ctx, ApiJson.versionField(body));
        // 404 before reading a body for an entry that does not exist
        String storedElectronicId = workspace.admin().payer(id).value().account().electronicId();
        keepEditedElectronicId(body, storedElectronicId);
        Stored<PayerEntry> saved = workspace.admin().updatePayer(Requests.actor(ctx), id, version, read("payer " + id, body));
        ApiJson.etag(ctx, saved.version());
        ApiJson.send(ctx, 200, json(saved));
    }

    private void starter(Context ctx) {
        Set<String> inDirectory = workspace.admin().payers().stream().map(entry -> entry.value().payerId())
                .collect(Collectors.toSet());
        ArrayNode items = ApiJson.array();
        for (StarterPayer payer : BuiltInRuleData.starterDirectory()) {
            ObjectNode item = items.addObject().put("id", payer.id()).put("name", payer.name());
            // A plan known only by the policy it published has no payer id to offer: the practice enters its own.
            payer.payerId().ifPresent(payerId -> item.put("payerId", payerId));
            item.put("pack", payer.pack()).put("claimFilingIndicator", payer.claimFilingIndicator())
                    .put("region", payer.region()).put("source", payer.source())
                    .put("inDirectory", inDirectory.contains(payer.id()));
        }
        ApiJson.send(ctx, 200, ApiJson.page(items));
    }

    /**
     * A GET answer carries the electronic payer id twice (payerId and its older name electronicId); whoever edits one
     * and PUTs the answer back sends the other unchanged. The unchanged one, still the stored value, is dropped so
     * that the edit counts; two values that both differ from the stored one are left for the reader to refuse.
     */
    private static void keepEditedElectronicId(ObjectNode body, String stored) {
        JsonNode payerId = body.get("payerId");
        JsonNode electronicId = body.get("electronicId");
        if (payerId == null || electronicId == null || payerId.equals(electronicId)) {
            return;
        }
        if (electronicId.isTextual() && electronicId.asText().equals(stored)) {
            body.remove("electronicId");
        } else if (payerId.isTextual() && payerId.asText().equals(stored)) {
            body.set("payerId", electronicId);
            body.remove("electronicId");
        }
    }

    private PayerEntry read(String name, ObjectNode body) {
        READ_ONLY.forEach(body::remove); // the reader takes payerId and electronicId given alike as one value
        Map.Entry<String, PayerAccount> entry = new PracticeResourceReader(workspace.rules())
                .payer(name, body, workspace.admin().practice().value());
        return new PayerEntry(entry.getKey(), entry.getValue());
    }

    private ObjectNode json(Stored<PayerEntry> stored) {
        PayerAccount account = stored.value().account();
        Optional<Payer> pack = workspace.rules().payers().find(account.pack());
        ObjectNode json = PracticeWriter.payer(stored.value().payerId(), account);
        json.put("electronicId", account.electronicId());
        json.put("packName", pack.map(Payer::name).orElse(null));
        json.put("claimFilingIndicator", account.claimFilingIndicator().or(() -> pack.map(Payer::claimFilingIndicator))
                .orElse(null));
        json.put("entryId", stored.id());
        json.put("version", stored.version());
        return json;
    }
}
