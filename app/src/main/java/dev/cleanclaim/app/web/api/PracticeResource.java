package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.PracticeResourceReader;
import dev.cleanclaim.app.contract.PracticeWriter;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.web.ServerParts;
import dev.cleanclaim.app.workspace.PracticeAdmin;
import dev.cleanclaim.app.workspace.Readiness;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.identifier.Identifiers;
import dev.cleanclaim.core.practice.BillingProvider;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.store.Stored;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * /api/v1/practice and /api/v1/fee-schedule: the practice's own facts and its fees, in the practice file's shape,
 * so what a client sends is what a practice file holds. Anyone signed in reads them (no patient data); only an admin
 * changes them, naming the version read; the workspace audits each change.
 */
public final class PracticeResource {

    static final String PRACTICE = "/api/v1/practice";
    static final String FEES = "/api/v1/fee-schedule";

    private final Workspace workspace;

    public PracticeResource(ServerParts parts) {
        this.workspace = parts.workspace();
    }

    public void register(RoutesConfig routes) {
        routes.get(PRACTICE, this::practice);
        routes.put(PRACTICE, this::updatePractice);
        routes.get(FEES, this::fees);
        routes.put(FEES, this::replaceFees);
    }

    private void practice(Context ctx) {
        Stored<Practice> practice = admin().practice();
        ApiJson.etag(ctx, practice.version());
        ApiJson.send(ctx, 200, practiceJson(practice));
    }

    private void updatePractice(Context ctx) {
        ObjectNode body = ApiJson.body(ctx);
        int version = ApiJson.version(ctx, ApiJson.versionField(body));
        Practice current = admin().practice().value();
        body.remove("readiness"); // computed: a client may send back what it read
        unmaskTaxId(body, current.billing());
        Practice changed = reader().facts("practice", body);
        Stored<Practice> saved = admin().updatePractice(Requests.actor(ctx), version, changed);
        ApiJson.etag(ctx, saved.version());
        ApiJson.send(ctx, 200, practiceJson(saved));
    }

    private void fees(Context ctx) {
        Stored<FeeSchedule> fees = admin().fees();
        ApiJson.etag(ctx, fees.version());
        ApiJson.send(ctx, 200, feesJson(fees));
    }

    private void replaceFees(Context ctx) {
        ObjectNode body = ApiJson.body(ctx);
        int version = ApiJson.version(ctx, ApiJson.versionField(body));
        FeeSchedule fees = reader().fees("fee schedule", body, admin().practice().value());
        Stored<FeeSchedule> saved = admin().replaceFees(Requests.actor(ctx), version, fees);
        ApiJson.etag(ctx, saved.version());
        ApiJson.send(ctx, 200, feesJson(saved));
    }

    /** The practice's facts with its version and what it still lacks; an SSN tax id is shown masked, an EIN in full. */
    private ObjectNode practiceJson(Stored<Practice> stored) {
        ObjectNode json = PracticeWriter.facts(stored.value());
        BillingProvider billing = stored.value().billing();
        if (billing.taxIdIsSsn()) {
            ((ObjectNode) json.get("billingProvider")).put("taxId", Identifiers.maskSsn(billing.taxId()));
        }
        json.put("version", stored.version());
        ArrayNode readiness = json.putArray("readiness");
        for (Readiness.Missing missing : admin().readiness()) {
            readiness.addObject().put("what", missing.what()).put("page", missing.page()).put("fileKey", missing.fileKey());
        }
        return json;
    }

    /**
     * A client sends back the masked SSN it was shown when it does not change the tax id: that keeps the stored one.
     * Any other value is read as a new tax id, with the usual checks.
     */
    private static void unmaskTaxId(ObjectNode body, BillingProvider current) {
        JsonNode billing = body.get("billingProvider");
        if (current.taxIdIsSsn() && billing instanceof ObjectNode given && given.path("taxId").isTextual()
                && given.get("taxId").asText().equals(Identifiers.maskSsn(current.taxId()))) {
            given.put("taxId", current.taxId());
        }
    }

    static ObjectNode feesJson(Stored<FeeSchedule> stored) {
        ObjectNode json = PracticeWriter.fees(stored.value());
        if (!json.has("sessionPrices")) {
            json.putArray("sessionPrices");
        }
        json.put("version", stored.version());
        return json;
    }

    private PracticeResourceReader reader() {
        return new PracticeResourceReader(workspace.rules());
    }

    private PracticeAdmin admin() {
        return workspace.admin();
    }
}
