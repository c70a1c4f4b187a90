package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.NecessityLetterReader;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.web.ServerParts;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.letter.NecessityLetter;
import dev.cleanclaim.core.letter.Physician;
import dev.cleanclaim.store.Stored;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * A client's HSA/FSA papers over the API: the letters of medical necessity kept with them (list, add, download the
 * PDF with the physician's and the client's copies) and the superbill over a period.
 */
public final class NecessityLetterResource {

    static final String PATH = PatientResource.PATH + "/{id}/necessity-letters";

    private final Workspace workspace;
    private final Clock clock;

    public NecessityLetterResource(ServerParts parts) {
        this.workspace = parts.workspace();
        this.clock = parts.clock();
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::list);
        routes.post(PATH, this::create);
        routes.get("/api/v1/necessity-letters/{id}/letter.pdf", this::pdf);
        routes.get(PatientResource.PATH + "/{id}/superbill.pdf", this::superbill);
    }

    private void list(Context ctx) {
        long patientId = ApiJson.id(ctx);
        LocalDate today = LocalDate.now(clock);
        ArrayNode items = ApiJson.array();
        workspace.necessityLetters().list(Requests.actor(ctx), patientId)
                .forEach(letter -> items.add(write(patientId, letter, today)));
        ApiJson.send(ctx, 200, ApiJson.page(items));
    }

    private void create(Context ctx) {
        long patientId = ApiJson.id(ctx);
        LocalDate today = LocalDate.now(clock);
        NecessityLetter letter = new NecessityLetterReader(workspace.rules()).read("necessity letter", ApiJson.body(ctx), today);
        Stored<NecessityLetter> kept = workspace.necessityLetters().add(Requests.actor(ctx), patientId, letter);
        ctx.header("Location", pdfPath(kept.id()));
        ApiJson.send(ctx, 201, write(patientId, kept, today));
    }

    private void pdf(Context ctx) {
        long letterId = ApiJson.id(ctx);
        byte[] pdf = workspace.necessityLetters().pdf(Requests.actor(ctx), letterId);
        ctx.header("Cache-Control", "no-store").header("Content-Disposition",
                "attachment; filename=\"necessity-letter-" + letterId + ".pdf\"").contentType("application/pdf").result(pdf);
    }

    /** {@code ?from=&through=}: one superbill for the client's visits of the period, each payment with how it was made. */
    private void superbill(Context ctx) {
        long patientId = ApiJson.id(ctx);
        ApiJson.onlyQueryParameters(ctx, Set.of("from", "through"));
        LocalDate from = date(ctx, "from");
        LocalDate through = date(ctx, "through");
        byte[] pdf = workspace.accounts().superbill(Requests.actor(ctx), patientId, from, through);
        ctx.header("Cache-Control", "no-store").header("Content-Disposition", "attachment; filename=\"superbill-patient-"
                + patientId + "-" + from + "-" + through + ".pdf\"").contentType("application/pdf").result(pdf);
    }

    private static LocalDate date(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            throw ApiJson.invalid(name, "missing; expected a date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiJson.invalid(name, "expected a real calendar date YYYY-MM-DD, got \"" + text + "\"");
        }
    }

    static String pdfPath(long letterId) {
        return "/api/v1/necessity-letters/" + letterId + "/letter.pdf";
    }

    static ObjectNode write(long patientId, Stored<NecessityLetter> stored, LocalDate today) {
        NecessityLetter letter = stored.value();
        Physician physician = letter.physician();
        ObjectNode node = ApiJson.object().put("id", stored.id()).put("issuedOn", letter.issuedOn().toString())
                .put("validFrom", letter.validFrom().toString()).put("validThrough", letter.validThrough().toString())
                .put("validToday", letter.validOn(today));
        ObjectNode doctor = node.putObject("physician").put("firstName", physician.firstName())
                .put("lastName", physician.lastName()).put("credential", physician.credential()).put("npi", physician.npi());
        ObjectNode address = doctor.putObject("address").put("line1", physician.address().line1());
        physician.address().line2().ifPresent(line -> address.put("line2", line));
        address.put("city", physician.address().city()).put("state", physician.address().state())
                .put("zip", physician.address().zip());
        doctor.put("phone", physician.phone());
        ArrayNode diagnoses = node.putArray("diagnoses");
        letter.diagnoses().forEach(diagnoses::add);
        node.put("condition", letter.condition()).put("treatment", letter.treatment()).put("frequency", letter.frequency())
                .put("duration", letter.duration()).put("pdf", pdfPath(stored.id()));
        return node;
    }
}
