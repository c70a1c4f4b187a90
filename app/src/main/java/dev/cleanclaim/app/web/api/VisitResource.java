package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.ClaimJson;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.web.ServerParts;
import dev.cleanclaim.app.workspace.HistoryPaging;
import dev.cleanclaim.app.workspace.StoredVisit;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.store.HistoryPage;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.VisitRecord;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.OptionalInt;

/**
 * Visits of a patient: the visit contract JSON without a patient block (the stored patient is used), checked in
 * full and scrubbed when saved, and scrubbed again with the rules in force whenever it is read.
 */
public final class VisitResource {

    static final String PATH = "/api/v1/visits";
    private static final String OF_PATIENT = PatientResource.PATH + "/{id}/visits";

    private final Workspace workspace;

    public VisitResource(ServerParts parts) {
        this.workspace = parts.workspace();
    }

    public void register(RoutesConfig routes) {
        routes.get(OF_PATIENT, this::list);
        routes.post(OF_PATIENT, this::create);
        routes.get(PATH + "/{id}", this::get);
        routes.put(PATH + "/{id}", this::update);
        routes.get(PATH + "/{id}/history", this::history);
    }

    /** Who changed the visit, when and how, newest first. */
    private void history(Context ctx) {
        long id = ApiJson.id(ctx);
        HistoryPaging paging = HistoryJson.paging(ctx);
        HistoryPage page = workspace.visits().history(Requests.actor(ctx), id, paging);
        ApiJson.send(ctx, 200, HistoryJson.write(page, paging, PATH + "/" + id + "/history"));
    }

    private void list(Context ctx) {
        ArrayNode items = ApiJson.array();
        workspace.visits().forPatient(Requests.actor(ctx), ApiJson.id(ctx)).forEach(visit -> items.add(summary(visit)));
        ApiJson.send(ctx, 200, ApiJson.page(items));
    }

    private void create(Context ctx) {
        long patientId = ApiJson.id(ctx);
        ObjectNode body = ApiJson.body(ctx);
        StoredVisit visit = workspace.visits().create(Requests.actor(ctx), patientId, body.toString());
        ApiJson.created(ctx, PATH + "/" + visit.id(), visit.record().version(), write(visit));
    }

    private void get(Context ctx) {
        StoredVisit visit = workspace.visits().get(Requests.actor(ctx), ApiJson.id(ctx));
        ApiJson.etag(ctx, visit.record().version());
        ApiJson.send(ctx, 200, write(visit));
    }

    /**
     * The body is the visit as it should now be, with the version read ("version" in it, or If-Match). A visit whose
     * claim was sent is refused (409, naming the claim and how to correct it).
     */
    private void update(Context ctx) {
        long id = ApiJson.id(ctx);
        ObjectNode body = ApiJson.body(ctx);
        OptionalInt inBody = ApiJson.versionField(body);
        body.remove("version");
        int version = ApiJson.version(ctx, inBody);
        StoredVisit visit = workspace.visits().update(Requests.actor(ctx), id, version, body.toString());
        ApiJson.etag(ctx, visit.record().version());
        ApiJson.send(ctx, 200, write(visit));
    }

    private static ObjectNode summary(Stored<VisitRecord> stored) {
        VisitRecord visit = stored.value();
        return ApiJson.object().put("id", stored.id()).put("version", stored.version())
                .put("patientId", visit.patientId()).put("providerId", visit.providerId())
                .put("dateOfService", visit.dateOfService().toString()).put("payer", visit.payerId());
    }

    /** The visit as entered and the claim the scrubber makes of it now, findings included. */
    static ObjectNode write(StoredVisit visit) {
        ObjectNode node = summary(visit.record());
        node.put("referralId", visit.referral().map(Stored::id).orElse(null));
        node.set("visit", ApiJson.stored(visit.record().value().body()));
        node.set("claim", ClaimJson.toTree(visit.claim()));
        return node;
    }
}
