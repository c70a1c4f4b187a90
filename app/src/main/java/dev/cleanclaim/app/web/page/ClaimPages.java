package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.web.PageRequest;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.ClaimView;
import dev.cleanclaim.app.workspace.ClaimPayments;
import dev.cleanclaim.app.workspace.Claims;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.app.workspace.WorkspaceException;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.submission.ClaimFrequency;
import dev.cleanclaim.store.ClaimEvent;
import dev.cleanclaim.store.ClaimFilter;
import dev.cleanclaim.store.ClaimLinks;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.Page;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The claims list (filtered by status, payer and dates of service) and a claim's page with its files and moves. */
public final class ClaimPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Workspace workspace;
    private final PaymentViews payments;

    public ClaimPages(Workspace workspace) {
        this.workspace = workspace;
        this.payments = new PaymentViews(workspace.rules());
    }

    public void register(RoutesConfig routes) {
        routes.get("/claims", this::list);
        routes.get("/claims/{id}", this::show);
        routes.post("/claims/{id}/status", this::move);
        routes.post("/claims/{id}/secondary", this::createSecondary);
        routes.post("/claims/{id}/rescrub", this::rescrub);
        routes.post("/claims/{id}/corrections", this::correct);
    }

    /** Scrubs the claim's visit again (after a fix), making the claim's next version. */
    private void rescrub(Context ctx) {
        long id = PageParams.id(ctx);
        Actor actor = Requests.actor(ctx);
        try {
            workspace.claims().rescrub(actor, id, version(ctx));
            ctx.redirect("/claims/" + id, HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            showClaim(ctx, workspace.claims().get(actor, id), FormState.refused(Map.of(), refused),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (WorkspaceException.Conflict conflict) {
            showClaim(ctx, workspace.claims().get(actor, id), FormState.of(Map.of()).withMessage(conflict.getMessage()),
                    HttpStatus.CONFLICT);
        }
    }

    /** Replaces or voids the claim by a new claim, which the browser then shows. */
    private void correct(Context ctx) {
        long id = PageParams.id(ctx);
        Actor actor = Requests.actor(ctx);
        Map<String, List<String>> form = ctx.formParamMap();
        try {
            ClaimFrequency kind = ClaimFrequency.ofCorrection(Optional.ofNullable(ctx.formParam("kind")).orElse(""))
                    .orElseThrow(() -> new InputException("correction", List.of(new InputProblem("kind",
                            "choose a replacement (the claim as it should have been) or a void (take it back)"))));
            ClaimView made = workspace.claims().correct(actor, id, version(ctx), kind,
                    Optional.ofNullable(ctx.formParam("reason")).orElse(""));
            ctx.redirect("/claims/" + made.claim().id(), HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            showClaim(ctx, workspace.claims().get(actor, id), FormState.of(Map.of()), FormState.refused(form, refused),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (WorkspaceException.Conflict conflict) {
            showClaim(ctx, workspace.claims().get(actor, id), FormState.of(Map.of()),
                    FormState.of(form).withMessage(conflict.getMessage()), HttpStatus.CONFLICT);
        }
    }

    private static int version(Context ctx) {
        return Optional.ofNullable(ctx.formParam("version")).filter(text -> text.matches("\\d{1,9}"))
                .map(Integer::valueOf).orElseThrow(() -> new InputException("claim",
                        List.of(new InputProblem("$.version", "missing; reload the claim and try again"))));
    }

    private void list(Context ctx) {
        Actor actor = Requests.actor(ctx);
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String name : List.of("status", "payer", "from", "through")) {
            Optional.ofNullable(ctx.queryParam(name)).map(String::trim).filter(value -> !value.isEmpty())
                    .ifPresent(value -> values.put(name, List.of(value)));
        }
        List<FieldProblem> problems = new ArrayList<>();
        ClaimFilter filter = filter(values, problems);
        PageRequest request = PageRequest.of(ctx);
        FormState state = new FormState(values, problems, null);
        Page<ClaimRow> page = new Page<>(List.of(), 0, 1, request.limit());
        if (problems.isEmpty()) {
            Map<Long, String> names = PatientNames.visibleTo(workspace, actor);
            ClaimFilter paged = filter.page(request.limit(), (long) (request.page() - 1) * request.limit());
            List<ClaimRow> rows = workspace.claims().list(actor, paged).stream()
                    .map(claim -> ClaimRow.of(claim, names)).toList();
            page = new Page<>(rows, workspace.claims().count(actor, paged), request.page(), request.limit());
        } else {
            ctx.status(HttpStatus.BAD_REQUEST);
        }
        Map<String, String> query = new LinkedHashMap<>();
        values.forEach((name, value) -> query.put(name, value.get(0)));
        List<Choice> statuses = new ArrayList<>();
        statuses.add(new Choice("", "Any status"));
        for (ClaimStatus status : ClaimStatus.values()) {
            statuses.add(new Choice(status.id(), status.id()));
        }
        List<Choice> payers = new ArrayList<>();
        payers.add(new Choice("", "Any payer"));
        payers.addAll(PayerChoices.of(workspace.payers()));
        Pages.render(ctx, "claims/list.jte", Map.of("frame", Frame.of(ctx, "Claims", "claims"),
                "view", new ClaimListView(state, statuses, payers, page.items(), page.total(),
                        Pager.of("/claims", query, page))));
    }

    /** The filter the query asks for; each value that cannot be read is named, and nothing is listed. */
    private ClaimFilter filter(Map<String, List<String>> values, List<FieldProblem> problems) {
        Optional<ClaimStatus> status = Optional.ofNullable(values.get("status")).map(found -> found.get(0))
                .flatMap(text -> {
                    Optional<ClaimStatus> parsed = ClaimStatus.parse(text);
                    if (parsed.isEmpty()) {
                        problems.add(new FieldProblem("status", "no claim status \"" + text + "\""));
                    }
                    return parsed;
                });
        Optional<String> payer = Optional.ofNullable(values.get("payer")).map(found -> found.get(0));
        payer.filter(id -> workspace.payers().find(id).isEmpty())
                .ifPresent(id -> problems.add(new FieldProblem("payer", "no payer \"" + id + "\"")));
        Optional<LocalDate> from = date(values, "from", problems);
        Optional<LocalDate> through = date(values, "through", problems);
        if (from.isPresent() && through.isPresent() && through.get().isBefore(from.get())) {
            problems.add(new FieldProblem("through", "ends before the first date (" + from.get() + ")"));
        }
        return new ClaimFilter(status, payer, from, through, PageRequest.DEFAULT_LIMIT);
    }

    private static Optional<LocalDate> date(Map<String, List<String>> values, String name, List<FieldProblem> problems) {
        List<String> found = values.get(name);
        if (found == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(found.get(0)));
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "expected a date YYYY-MM-DD, got \"" + found.get(0) + "\""));
            return Optional.empty();
        }
    }

    private void show(Context ctx) {
        long id = PageParams.id(ctx);
        showClaim(ctx, workspace.claims().get(Requests.actor(ctx), id), FormState.of(Map.of()), HttpStatus.OK);
    }

    private void move(Context ctx) {
        long id = PageParams.id(ctx);
        Actor actor = Requests.actor(ctx);
        Map<String, List<String>> form = ctx.formParamMap();
        String target = Optional.ofNullable(ctx.formParam("status")).orElse("");
        String note = Optional.ofNullable(ctx.formParam("note")).map(String::trim).orElse("");
        String reason = Optional.ofNullable(ctx.formParam("reason")).map(String::trim).orElse("");
        try {
            ClaimStatus status = ClaimStatus.parse(target).orElseThrow(() -> new InputException("claim",
                    List.of(new InputProblem("$.status", "choose the status to move the claim to"))));
            int version = version(ctx);
            if (note.length() > 500) {
                throw new InputException("claim", List.of(new InputProblem("$.note", "at most 500 characters")));
            }
            if (reason.length() > 500) {
                throw new InputException("claim", List.of(new InputProblem("$.reason", "at most 500 characters")));
            }
            workspace.claims().move(actor, id, version, status, Optional.of(note).filter(text -> !text.isEmpty()),
                    Optional.of(reason).filter(text -> !text.isEmpty()));
            ctx.redirect("/claims/" + id, HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            showClaim(ctx, workspace.claims().get(actor, id), FormState.refused(form, refused), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (WorkspaceException.Conflict conflict) {
            showClaim(ctx, workspace.claims().get(actor, id), FormState.of(form).withMessage("Someone else changed this"
                    + " claim meanwhile; its status and history below are current. Choose again."), HttpStatus.CONFLICT);
        }
    }

    private void createSecondary(Context ctx) {
        long id = PageParams.id(ctx);
        Actor actor = Requests.actor(ctx);
        try {
            ClaimView secondary = workspace.claims().createSecondary(actor, id);
            ctx.redirect("/claims/" + secondary.claim().id(), HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            showClaim(ctx, workspace.claims().get(actor, id), FormState.refused(Map.of(), refused),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (WorkspaceException.Conflict conflict) {
            showClaim(ctx, workspace.claims().get(actor, id), FormState.of(Map.of()).withMessage(conflict.getMessage()),
                    HttpStatus.CONFLICT);
        }
    }

    private void showClaim(Context ctx, ClaimView view, FormState moveForm, HttpStatus status) {
        showClaim(ctx, view, moveForm, FormState.of(Map.of()), status);
    }

    private void showClaim(Context ctx, ClaimView view, FormState moveForm, FormState correctionForm, HttpStatus status) {
        Actor actor = Requests.actor(ctx);
        Stored<ClaimRecord> stored = view.claim();
        ClaimRecord claim = stored.value();
        PatientRecord patient = workspace.patients().get(actor, claim.patientId()).value();
        String patientName = PatientNames.name(patient.patient().person());
        Optional<Payer> payer = workspace.payers().find(claim.payerId());
        List<Fact> facts = new ArrayList<>(List.of(new Fact("Patient control number", claim.patientControlNumber()),
                new Fact("Date of service", claim.dateOfService().toString()),
                new Fact("Payer", payerName(claim.payerId())),
                new Fact("Total charge", "$" + claim.totalCharge()),
                new Fact("Scrubbed with", claim.ruleDataVersion())));
        Optional<Long> primaryId = workspace.database().claims().primaryOf(stored.id());
        Optional<Stored<ClaimRecord>> secondary = workspace.database().claims().secondaryOf(stored.id());
        primaryId.ifPresent(primary -> facts.add(new Fact("Secondary claim to", "claim " + primary)));
        secondary.ifPresent(found -> facts.add(new Fact("Secondary claim", "claim " + found.id() + " ("
                + found.value().patientControlNumber() + ", " + found.value().status().id() + ")")));
        boolean offerSecondary = primaryId.isEmpty() && secondary.isEmpty() && patient.secondary().isPresent();
        List<ClaimDetailView.HistoryRow> history = new ArrayList<>();
        for (ClaimEvent event : view.history()) {
            history.add(new ClaimDetailView.HistoryRow(WHEN.format(event.occurredAt()), event.user(),
                    event.from().map(ClaimStatus::id).orElse(""), event.to().id(), event.note().orElse("")));
        }
        // Corrected and voided come from the correction itself; a therapist's moves end at ready. A self-pay claim is
        // the client's receipt: it is never sent, so it offers no move into the insurance flow (closing it aside).
        boolean selfPay = payer.filter(Claims::isSelfPay).isPresent();
        if (selfPay) {
            facts.add(new Fact("Billed to", "the client (self-pay): a receipt and superbill, never sent to a payer"));
        }
        List<Choice> moves = claim.status().next().stream()
                .filter(next -> next != ClaimStatus.CORRECTED && next != ClaimStatus.VOIDED)
                .filter(next -> !actor.isTherapist() || !next.isBillingMove())
                .filter(next -> !selfPay || !next.isBillingMove() || next == ClaimStatus.CLOSED)
                .map(next -> new Choice(next.id(), next.words())).toList();
        ClaimPayments paid = workspace.remittances().forClaim(actor, stored.id());
        ClaimDetailView detail = new ClaimDetailView(stored.id(), stored.version(), claim.status().id(),
                claim.patientControlNumber(), claim.patientId(), patientName, claim.visitId(), facts, scrubOf(claim),
                history, moves, payer.map(found -> !Claims.isSelfPay(found)).orElse(true), moveForm,
                paid.payments().stream().map(payments::of).toList(), money(claim, paid), offerSecondary,
                primaryId.orElse(null), secondary.map(Stored::id).orElse(null),
                record(actor, stored, primaryId.isPresent(), correctionForm));
        ctx.status(status);
        Pages.render(ctx, "claims/show.jte", Map.of("frame", Frame.of(ctx, "Claim " + stored.id(), "claims"),
                "view", detail));
    }

    private ClaimDetailView.Record record(Actor actor, Stored<ClaimRecord> stored, boolean isSecondary,
                                          FormState correctionForm) {
        ClaimLinks links = workspace.database().claims().links(stored.id());
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Claim frequency", links.frequency().code() + " (" + links.frequency().id() + ")"));
        links.corrects().ifPresent(original -> facts.add(new Fact("Corrects", "claim " + original
                + links.reason().map(reason -> ": " + reason).orElse(""))));
        links.correctedBy().forEach(later -> facts.add(new Fact("Corrected by", "claim " + later)));
        links.payerClaimNumber().ifPresent(number -> facts.add(new Fact("Payer's claim number", number)));
        List<ClaimDetailView.Answer> answers = workspace.database().acknowledgments().forClaim(stored.id()).stream()
                .map(row -> new ClaimDetailView.Answer(WHEN.format(row.receivedAt()), row.kind(), row.fileName(),
                        row.outcome(), row.words())).toList();
        List<String> sentIn = actor.isTherapist() ? List.of() : workspace.database().submissions().ofClaim(stored.id()).stream()
                .map(file -> "interchange " + file.controlNumber() + " to " + file.receiverId() + ", "
                        + WHEN.format(file.createdAt()) + " by " + file.createdBy()).toList();
        ClaimStatus status = stored.value().status();
        boolean canRescrub = status.isOpenForChange() && status != ClaimStatus.DRAFT && !isSecondary;
        boolean canCorrect = status.isCorrectable() && !actor.isTherapist();
        return new ClaimDetailView.Record(facts, answers, sentIn, canRescrub, canCorrect, correctionForm);
    }

    /** The claim's money in one place: charged, paid by payers, written off, owed by the patient, still open. */
    private static List<Fact> money(ClaimRecord claim, ClaimPayments paid) {
        if (!paid.any()) {
            return List.of();
        }
        Money open = paid.undecided(claim.totalCharge());
        return List.of(new Fact("Charged", PaymentViews.dollars(claim.totalCharge())),
                new Fact("Paid by payers", PaymentViews.dollars(paid.paid())),
                new Fact("Written off", PaymentViews.dollars(paid.writtenOff())),
                new Fact("Patient owes", PaymentViews.dollars(paid.patientResponsibility())),
                new Fact("Still open with payers", PaymentViews.dollars(open)));
    }

    /** The lines and findings as they were when the claim was scrubbed: the claim's own record, not today's rules. */
    private static ScrubView scrubOf(ClaimRecord claim) {
        return ScrubView.of(claim.draft());
    }

    private String payerName(String id) {
        return workspace.payers().find(id).map(Payer::name).orElse(id);
    }
}
