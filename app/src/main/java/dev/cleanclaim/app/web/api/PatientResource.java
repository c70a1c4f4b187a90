package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.cleanclaim.app.contract.PatientResourceReader;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.web.ServerParts;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.HistoryPaging;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.store.HistoryPage;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * /api/v1/patients: list and search, create, read and update (with the version read, so a second writer gets a 409
 * instead of overwriting the first). The workspace decides who sees whom and audits every read and write.
 */
public final class PatientResource {

    static final String PATH = "/api/v1/patients";

    private final Workspace workspace;
    private final Clock clock;

    public PatientResource(ServerParts parts) {
        this.workspace = parts.workspace();
        this.clock = parts.clock();
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::list);
        routes.post(PATH, this::create);
        routes.get(PATH + "/{id}", this::get);
        routes.put(PATH + "/{id}", this::update);
        routes.get(PATH + "/{id}/history", this::history);
    }

    /** Who changed the patient (details, insurance, therapist), when and how, newest first. */
    private void history(Context ctx) {
        long id = ApiJson.id(ctx);
        HistoryPaging paging = HistoryJson.paging(ctx);
        HistoryPage page = workspace.patients().history(Requests.actor(ctx), id, paging);
        ApiJson.send(ctx, 200, HistoryJson.write(page, paging, PATH + "/" + id + "/history"));
    }

    private void list(Context ctx) {
        ApiJson.onlyQueryParameters(ctx, Set.of("q"));
        Actor actor = Requests.actor(ctx);
        String query = ctx.queryParam("q");
        List<Stored<PatientRecord>> patients = query == null || query.isBlank()
                ? workspace.patients().list(actor)
                : workspace.patients().search(actor, query);
        Map<Long, Stored<RenderingProvider>> providers = providers();
        ArrayNode items = ApiJson.array();
        patients.forEach(patient -> items.add(PatientJson.write(patient, providers)));
        ApiJson.send(ctx, 200, ApiJson.page(items));
    }

    private void create(Context ctx) {
        com.fasterxml.jackson.databind.node.ObjectNode body = ApiJson.body(ctx);
        boolean anotherPerson = confirmedAnotherPerson(body);
        PatientResourceReader.PatientInput input = reader().read("patient", body);
        Stored<PatientRecord> created = workspace.patients().create(Requests.actor(ctx), record(input), anotherPerson);
        ApiJson.created(ctx, PATH + "/" + created.id(), created.version(), PatientJson.write(created, providers()));
    }

    /**
     * {@code "confirmDuplicate": true} says the user checked that a client who looks like a record on file (same name
     * and birth date, or the same policy) is another person; it is taken off before the patient is read.
     */
    private static boolean confirmedAnotherPerson(com.fasterxml.jackson.databind.node.ObjectNode body) {
        com.fasterxml.jackson.databind.JsonNode confirm = body.remove("confirmDuplicate");
        if (confirm == null || confirm.isNull()) {
            return false;
        }
        if (!confirm.isBoolean()) {
            throw ApiJson.invalid("$.confirmDuplicate", "expected true (this is another person) or false, got " + confirm);
        }
        return confirm.asBoolean();
    }

    private void get(Context ctx) {
        Actor actor = Requests.actor(ctx);
        Stored<PatientRecord> patient = workspace.patients().get(actor, ApiJson.id(ctx));
        ApiJson.etag(ctx, patient.version());
        com.fasterxml.jackson.databind.node.ObjectNode json = PatientJson.write(patient, providers());
        // A record merged into another is kept read-only and says where it went.
        workspace.patients().mergedInto(actor, patient.id()).ifPresent(survivor -> json.put("mergedInto", survivor));
        ApiJson.send(ctx, 200, json);
    }

    private void update(Context ctx) {
        long id = ApiJson.id(ctx);
        PatientResourceReader.PatientInput input = reader().read("patient " + id, ApiJson.body(ctx));
        int version = ApiJson.version(ctx, input.version());
        Stored<PatientRecord> saved = workspace.patients().update(Requests.actor(ctx), id, version, record(input));
        ApiJson.etag(ctx, saved.version());
        ApiJson.send(ctx, 200, PatientJson.write(saved, providers()));
    }

    /** The workspace puts the patient in its own practice, whatever id is given here. */
    public static PatientRecord record(PatientResourceReader.PatientInput input) {
        return new PatientRecord(0, input.patient(), input.payerId(), input.therapistId(), input.secondary());
    }

    /** The reader of a patient sent to the API or typed into the patient form: one set of checks for both. */
    public static PatientResourceReader reader(Workspace workspace, Clock clock) {
        return new PatientResourceReader(workspace.rules(), workspace.payers(), LocalDate.now(clock), workspace.providersById().keySet());
    }

    private PatientResourceReader reader() {
        return reader(workspace, clock);
    }

    private Map<Long, Stored<RenderingProvider>> providers() {
        return workspace.providersById();
    }
}
