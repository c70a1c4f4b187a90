package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.NecessityLetterReader;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.letter.NecessityLetter;
import dev.cleanclaim.store.Stored;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A client's HSA/FSA papers (/patients/{id}/papers): the letters of medical necessity kept with them, a new letter
 * typed from the physician's, each letter's PDF (the physician's copy and the client's), and the superbill for a
 * period.
 */
public final class NecessityLetterPages {

    static final FormJson LETTER_FORM = new FormJson(Set.of("validMonths"), Set.of(), Set.of(), Set.of("diagnoses"));

    private final Workspace workspace;
    private final Clock clock;

    public NecessityLetterPages(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/patients/{id}/papers", ctx -> show(ctx, FormState.of(Map.of("validMonths", List.of("12"),
                "treatment", List.of("Therapeutic massage"))), HttpStatus.OK));
        routes.post("/patients/{id}/necessity-letters", this::add);
        routes.get("/patients/{id}/necessity-letters/{letterId}/letter.pdf", this::pdf);
    }

    /** The client's letters as their pages list them, each with where it stands today. */
    static List<LetterRow> rows(Workspace workspace, Actor actor, long patientId, LocalDate today) {
        return workspace.necessityLetters().list(actor, patientId).stream().map(letter -> row(patientId, letter, today)).toList();
    }

    private void add(Context ctx) {
        long id = PageParams.id(ctx);
        Map<String, List<String>> form = ctx.formParamMap();
        try {
            NecessityLetter letter = new NecessityLetterReader(workspace.rules()).read("necessity letter",
                    LETTER_FORM.read(form), LocalDate.now(clock));
            workspace.necessityLetters().add(Requests.actor(ctx), id, letter);
            ctx.redirect("/patients/" + id + "/papers#letters", HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            show(ctx, FormState.refused(form, refused), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private void pdf(Context ctx) {
        long id = PageParams.id(ctx);
        long letterId = PageParams.id(ctx, "letterId");
        byte[] pdf = workspace.necessityLetters().pdf(Requests.actor(ctx), id, letterId);
        ctx.contentType("application/pdf").header("Content-Disposition",
                "attachment; filename=\"necessity-letter-" + letterId + ".pdf\"").result(pdf);
    }

    private void show(Context ctx, FormState letterForm, HttpStatus status) {
        Actor actor = Requests.actor(ctx);
        long id = PageParams.id(ctx);
        String name = PatientNames.name(workspace.patients().get(actor, id).value().patient().person());
        LocalDate today = LocalDate.now(clock);
        FormState superbill = FormState.of(Map.of("from", List.of(today.withDayOfYear(1).toString()),
                "through", List.of(today.toString())));
        ctx.status(status);
        Pages.render(ctx, "patients/papers.jte", Map.of("frame", Frame.of(ctx, name + ": HSA/FSA papers", "patients"),
                "view", new NecessityLetterView(id, name, rows(workspace, actor, id, today), letterForm, superbill)));
    }

    private static LetterRow row(long patientId, Stored<NecessityLetter> stored, LocalDate today) {
        NecessityLetter letter = stored.value();
        String standing = letter.validOn(today) ? "valid" : today.isBefore(letter.validFrom()) ? "not yet valid" : "expired";
        return new LetterRow(stored.id(), letter.issuedOn().toString(), letter.physician().name(), letter.physician().npi(),
                String.join(", ", letter.diagnoses()), letter.condition(), letter.validFrom().toString(),
                letter.validThrough().toString(), standing,
                "/patients/" + patientId + "/necessity-letters/" + stored.id() + "/letter.pdf");
    }
}
