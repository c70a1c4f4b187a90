package dev.cleanclaim.app.web.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.contract.RemedyJson;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.ClaimView;
import dev.cleanclaim.app.workspace.HistoryPaging;
import dev.cleanclaim.app.workspace.SentClaim;
import dev.cleanclaim.app.workspace.StoredVisit;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.app.workspace.WorkspaceException;
import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.Remedy;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.region.RegionKind;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entering a visit and billing it. The form is the visit contract JSON field by field; as the user types, htmx
 * posts it to the live scrub, which answers with the claim lines and findings; a finding's fix is applied to the
 * form on the server ({@link RemedyJson#applyTo}) and the form comes back with it. Without JavaScript every button
 * still works as a plain form post.
 */
public final class VisitPages {

    static final FormJson VISIT_FORM = new FormJson(Set.of("minutes"),
            Set.of("assistant", "referral", "clinicalRationale", "activeTreatment", "abn", "employment"),
            Set.of("regions", "medicalNecessity"), Set.of("modifiers"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROW = Pattern.compile("^(services|diagnoses)\\[(\\d+)]");
    /** Said above the problems when a fix is refused: the visit stands as it was typed. */
    static final String FIX_NOT_APPLIED = "That fix was not applied: the visit is as you left it.";
    /** The most rows one "add" may leave on the form: more would be a runaway page. */
    private static final int MOST_ROWS = 40;

    private final Workspace workspace;
    private final Clock clock;
    private final Choices choices;

    public VisitPages(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
        this.choices = Choices.of(workspace.rules());
    }

    public void register(RoutesConfig routes) {
        routes.get("/patients/{id}/visits/new", this::newVisit);
        routes.post("/patients/{id}/visits/preview", this::preview);
        routes.post("/patients/{id}/visits/apply", this::applyRemedy);
        routes.post("/patients/{id}/visits/rows", this::addRow);
        routes.post("/patients/{id}/visits", this::create);
        routes.get("/visits/{id}", this::show);
        routes.get("/visits/{id}/edit", this::edit);
        routes.post("/visits/{id}", this::update);
        routes.post("/visits/{id}/claim", this::createClaim);
    }

    private void newVisit(Context ctx) {
        Actor actor = Requests.actor(ctx);
        long patientId = PageParams.id(ctx);
        Stored<PatientRecord> patient = workspace.patients().get(actor, patientId);
        ObjectNode visit = JSON.createObjectNode();
        visit.put("dateOfService", LocalDate.now(clock).toString());
        visit.put("payer", patient.value().payerId().orElse("self-pay"));
        Optional<Long> providerId = actor.providerId().or(() -> patient.value().therapistId());
        workspace.providers().stream().filter(provider -> providerId.filter(id -> id == provider.id()).isPresent())
                .findFirst().or(() -> workspace.providers().stream().findFirst())
                .ifPresent(provider -> visit.putObject("provider").put("npi", provider.value().npi()));
        Entry entry = new Entry(patientId, null, null);
        showEntry(ctx, entry, FormJson.flatten(visit), null, null, null, HttpStatus.OK);
    }

    /** The live scrub: only the result, for htmx to put beside the form. */
    private void preview(Context ctx) {
        long patientId = PageParams.id(ctx);
        ObjectNode visit = visitJson(ctx.formParamMap());
        Pages.render(ctx, "visits/scrub.jte", Map.of("scrub", scrub(ctx, patientId, visit),
                "applyUrl", "/patients/" + patientId + "/visits/apply"));
    }

    private void applyRemedy(Context ctx) {
        long patientId = PageParams.id(ctx);
        Entry entry = Entry.of(patientId, ctx);
        ObjectNode visit = visitJson(ctx.formParamMap());
        try {
            Remedy remedy = RemedyJson.read(remedyOf(ctx.formParam("remedy")), "remedy");
            ObjectNode fixed = RemedyJson.applyTo(visit, remedy, workspace.rules());
            showEntry(ctx, entry, FormJson.flatten(fixed), null, remedy.label(), null, HttpStatus.OK);
        } catch (InputException refused) {
            // The whole form, the problem named in it: visit-form.js swaps this 422 in like any answer, so the
            // refusal shows where the fix was clicked (htmx alone would drop an error answer and show nothing).
            showEntry(ctx, entry, FormJson.flatten(visit), refused, null, FIX_NOT_APPLIED, HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private void addRow(Context ctx) {
        long patientId = PageParams.id(ctx);
        Map<String, List<String>> values = FormJson.flatten(visitJson(ctx.formParamMap()));
        String kind = "diagnosis".equals(ctx.formParam("add")) ? "diagnoses" : "services";
        int rows = rows(values, kind);
        if (rows < MOST_ROWS) {
            // an empty row: a placeholder value the form shows as blank, so the row count survives the round trip
            values.put(kind + "[" + rows + "].code", List.of(""));
        }
        showEntry(ctx, Entry.of(patientId, ctx), values, null, null, null, HttpStatus.OK);
    }

    private void create(Context ctx) {
        long patientId = PageParams.id(ctx);
        ObjectNode visit = visitJson(ctx.formParamMap());
        try {
            StoredVisit saved = workspace.visits().create(Requests.actor(ctx), patientId, visit.toString());
            ctx.redirect("/visits/" + saved.id(), HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            showEntry(ctx, new Entry(patientId, null, null), FormJson.flatten(visit), refused, null, null,
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    /** The visit's form; a visit whose claim was sent shows its page instead, saying why and how to correct it. */
    private void edit(Context ctx) {
        long visitId = PageParams.id(ctx);
        Optional<SentClaim> frozen = workspace.visits().frozenBy(Requests.actor(ctx), visitId);
        if (frozen.isPresent()) {
            showVisit(ctx, visitId, null, Optional.of(frozen.get().refusal(visitId)), HttpStatus.CONFLICT);
            return;
        }
        StoredVisit visit = workspace.visits().get(Requests.actor(ctx), visitId);
        Entry entry = new Entry(visit.record().value().patientId(), visit.id(), visit.record().version());
        showEntry(ctx, entry, FormJson.flatten(parse(visit.record().value().body())), null, null, null, HttpStatus.OK);
    }

    /**
     * Saves a change to a visit. The workspace reads, checks and scrubs the visit as it saves it; the stored visit is
     * read here only when the form must come back (refused, or changed meanwhile) or lacks the version it was read at.
     */
    private void update(Context ctx) {
        long visitId = PageParams.id(ctx);
        Actor actor = Requests.actor(ctx);
        Optional<Integer> sentVersion = Entry.number(ctx.formParam("_version")).map(Integer::valueOf);
        int version = sentVersion.orElseGet(() -> workspace.visits().get(actor, visitId).record().version());
        Map<String, List<String>> posted = ctx.formParamMap();
        if (SaveConflict.answered(posted)) {
            // Saving again after a conflict: each field in it needs "keep mine" or "take theirs" first.
            Map<String, List<String>> theirs = savedForm(actor, visitId);
            Optional<Map<String, List<String>>> chosen = SaveConflict.resolve(posted, theirs);
            if (chosen.isEmpty()) {
                showConflict(ctx, visitId, version, FormJson.flatten(visitJson(posted)), "Choose, for each field below,"
                        + " whether to keep yours or take theirs (or use the buttons for all of them). Nothing was saved.",
                        HttpStatus.UNPROCESSABLE_CONTENT);
                return;
            }
            posted = chosen.get();
        }
        ObjectNode visit = visitJson(posted);
        try {
            workspace.visits().update(actor, visitId, version, visit.toString());
            ctx.redirect("/visits/" + visitId, HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            showEntry(ctx, new Entry(patientOf(actor, visitId), visitId, version), FormJson.flatten(visit), refused, null,
                    null, HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (WorkspaceException.VisitFrozen frozen) {
            showVisit(ctx, visitId, null, Optional.of(frozen.getMessage()), HttpStatus.CONFLICT);
        } catch (WorkspaceException.Conflict conflict) {
            showConflict(ctx, visitId, conflict.currentVersion().orElse(version), FormJson.flatten(visit),
                    "Someone else changed this visit while you edited it. Your entries are still here; their changes"
                    + " are beside yours below.", HttpStatus.CONFLICT);
        }
    }

    /** The stored visit as the form's values. */
    private Map<String, List<String>> savedForm(Actor actor, long visitId) {
        return FormJson.flatten(parse(workspace.visits().get(actor, visitId).record().value().body()));
    }

    /**
     * The form as this user typed it, at the version saved now, with every field where the saved visit differs from
     * what was typed beside it: saving again needs a choice for each ({@link SaveConflict}).
     */
    private void showConflict(Context ctx, long visitId, int savedVersion, Map<String, List<String>> typed,
                              String message, HttpStatus status) {
        Actor actor = Requests.actor(ctx);
        // the provider's type is filled in from the practice, never typed
        SaveConflict conflict = SaveConflict.between(savedForm(actor, visitId), typed,
                name -> !name.equals("provider.type")).withChoicesFrom(ctx.formParamMap());
        Entry newer = new Entry(patientOf(actor, visitId), visitId, savedVersion);
        showEntry(ctx, newer, typed, null, null, message, conflict.isEmpty() ? null : conflict, status);
    }

    private long patientOf(Actor actor, long visitId) {
        return workspace.visits().get(actor, visitId).record().value().patientId();
    }


    private void show(Context ctx) {
        showVisit(ctx, PageParams.id(ctx), null, Optional.empty(), HttpStatus.OK);
    }

    private void createClaim(Context ctx) {
        long visitId = PageParams.id(ctx);
        try {
            ClaimView claim = workspace.claims().create(Requests.actor(ctx), visitId);
            ctx.redirect("/claims/" + claim.claim().id(), HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            showVisit(ctx, visitId, ScrubView.refused(refused), Optional.empty(), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (WorkspaceException.Conflict conflict) {
            showVisit(ctx, visitId, ScrubView.refused(new InputException("claim",
                    List.of(new InputProblem("claim", conflict.getMessage())))), Optional.empty(), HttpStatus.CONFLICT);
        }
    }

    /** @param refusal why a change to the visit was just refused, shown as an error; empty: a plain view */
    private void showVisit(Context ctx, long visitId, ScrubView claimProblems, Optional<String> refusal,
                           HttpStatus status) {
        Actor actor = Requests.actor(ctx);
        StoredVisit visit = workspace.visits().get(actor, visitId);
        long patientId = visit.record().value().patientId();
        Optional<Stored<ClaimRecord>> claim = workspace.claims().forPatient(actor, patientId).stream()
                .filter(candidate -> candidate.value().visitId() == visitId).findFirst();
        JsonNode body = parse(visit.record().value().body());
        List<VisitPageView.EnteredService> services = new ArrayList<>();
        for (JsonNode service : body.path("services")) {
            services.add(new VisitPageView.EnteredService(service.path("code").asText(""), service.path("technique").asText(""),
                    service.has("minutes") ? service.get("minutes").asText() : "", joined(service.path("regions")),
                    joined(service.path("modifiers"))));
        }
        List<String> diagnoses = new ArrayList<>();
        for (JsonNode diagnosis : body.path("diagnoses")) {
            String regions = joined(diagnosis.path("regions"));
            diagnoses.add(diagnosis.path("code").asText() + (regions.isEmpty() ? "" : " (" + regions + ")"));
        }
        List<String> documentation = new ArrayList<>();
        body.path("documentation").fields().forEachRemaining(field -> documentation.add(documented(field.getKey(), field.getValue())));
        List<Fact> facts = new ArrayList<>(List.of(new Fact("Date of service", visit.visit().dateOfService().toString()),
                new Fact("Payer", visit.visit().payer().name()),
                new Fact("Provider", providerLabel(visit.record().value().providerId())),
                new Fact("Referral on file", visit.referral().map(referral -> "Dr. " + referral.value().referrer().firstName()
                        + " " + referral.value().referrer().lastName()).orElse("none"))));
        ConditionFacts.of(visit.visit().circumstances()).ifPresent(facts::add);
        VisitPageView view = new VisitPageView(visitId, patientId, PatientNames.name(visit.patient().person()), facts,
                services, diagnoses, documentation,
                claimProblems != null ? claimProblems : ScrubView.of(visit.claim()),
                claim.map(Stored::id).orElse(null), claim.map(found -> found.value().status().id()).orElse(null),
                refusal.or(() -> workspace.visits().frozenBy(actor, visitId).map(sent -> sent.refusal(visitId))).orElse(null),
                refusal.isPresent(), HistoryView.of(workspace.visits().history(actor, visitId, HistoryPaging.first()),
                "/api/v1/visits/" + visitId + "/history", this::historyValue));
        ctx.status(status);
        Pages.render(ctx, "visits/show.jte", Map.of("frame", Frame.of(ctx, "Visit of " + view.patientName(), "patients"),
                "view", view));
    }

    /**
     * @param refused what kept the last post from being saved, or null
     * @param applied the fix just applied, to announce, or null
     * @param message a problem with the form as a whole, or null
     */
    private void showEntry(Context ctx, Entry entry, Map<String, List<String>> values, InputException refused,
                           String applied, String message, HttpStatus status) {
        showEntry(ctx, entry, values, refused, applied, message, null, status);
    }

    /** @param conflict someone else's saved change beside this user's, to choose between; null when none */
    private void showEntry(Context ctx, Entry entry, Map<String, List<String>> values, InputException refused,
                           String applied, String message, SaveConflict conflict, HttpStatus status) {
        Actor actor = Requests.actor(ctx);
        if (conflict == null && entry.visitId() != null && SaveConflict.answered(ctx.formParamMap())) {
            // a row added or a fix applied while a conflict waits for its choice: the conflict stays on the form,
            // with the choices ticked so far (the swap posts them; without them every tick would be lost)
            conflict = SaveConflict.between(savedForm(actor, entry.visitId()), values, name -> !name.equals("provider.type"))
                    .withChoicesFrom(ctx.formParamMap());
        }
        Stored<PatientRecord> patient = workspace.patients().get(actor, entry.patientId());
        ObjectNode visit = visitJson(values);
        ScrubView scrub = scrub(ctx, entry.patientId(), visit);
        FormState form = refused != null ? FormState.refused(values, refused) : FormState.of(values);
        if (message != null) {
            form = form.withMessage(message);
        }
        List<Choice> providers = workspace.providers().stream()
                .filter(provider -> !actor.isTherapist() || actor.providerId().filter(own -> own == provider.id()).isPresent())
                .map(provider -> new Choice(provider.value().npi(), PatientPages.providerName(provider)
                        + " (NPI " + provider.value().npi() + ")")).toList();
        VisitEntryView view = new VisitEntryView(entry.patientId(), PatientNames.name(patient.value().patient().person()),
                entry.visitId() == null ? "/patients/" + entry.patientId() + "/visits" : "/visits/" + entry.visitId(),
                entry.visitId(), entry.version(), form, rows(values, "services") + 1, rows(values, "diagnoses") + 1,
                choices.regions(), PayerChoices.of(workspace.payers()), providers, choices.employers(), choices.conditions(), choices.codes(),
                scrub, applied, conflict == null || conflict.isEmpty() ? null : conflict);
        ctx.status(status);
        String title = entry.visitId() == null ? "New visit" : "Change visit";
        boolean assistantOffered = workspace.providers().stream()
                .filter(provider -> !actor.isTherapist() || actor.providerId().filter(own -> own == provider.id()).isPresent())
                .anyMatch(provider -> provider.value().type().isAssistant());
        VisitFieldsShown shown = VisitFieldsShown.of(assistantOffered,
                Optional.of(form.value("payer")).filter(id -> !id.isBlank()).flatMap(workspace.payers()::find));
        Pages.render(ctx, "visits/entry.jte", Map.of("frame", Frame.of(ctx, title + " · " + view.patientName(), "patients"),
                "view", view, "shown", shown));
    }

    private ScrubView scrub(Context ctx, long patientId, ObjectNode visit) {
        try {
            return ScrubView.of(workspace.visits().preview(Requests.actor(ctx), patientId, visit.toString()));
        } catch (InputException refused) {
            return ScrubView.refused(refused);
        }
    }

    /** The visit contract JSON of a posted form, with the provider's type filled in from the practice's providers. */
    private ObjectNode visitJson(Map<String, List<String>> form) {
        ObjectNode visit = VISIT_FORM.read(form);
        if (visit.path("provider").isObject() && visit.path("provider").path("npi").isTextual()) {
            String npi = visit.path("provider").path("npi").asText();
            ObjectNode provider = (ObjectNode) visit.get("provider");
            workspace.providers().stream().map(Stored::value).filter(candidate -> candidate.npi().equals(npi)).findFirst()
                    .map(RenderingProvider::type).ifPresent(type -> provider.put("type", type.name()));
        }
        return visit;
    }

    /** Rows of services or diagnoses the values hold: one past the highest row number used. */
    static int rows(Map<String, List<String>> values, String kind) {
        int rows = 0;
        for (String field : values.keySet()) {
            Matcher matcher = ROW.matcher(field);
            if (matcher.find() && matcher.group(1).equals(kind)) {
                rows = Math.max(rows, Integer.parseInt(matcher.group(2)) + 1);
            }
        }
        return rows;
    }

    /** A visit's provider by name in its history; every other value as kept. */
    private String historyValue(String field, String value) {
        return "providerId".equals(field) && value.matches("\\d{1,18}") ? providerLabel(Long.parseLong(value)) : value;
    }

    private String providerLabel(long providerId) {
        return workspace.providers().stream().filter(provider -> provider.id() == providerId).findFirst()
                .map(PatientPages::providerName).orElse("provider " + providerId);
    }

    private static String documented(String field, JsonNode value) {
        String label = switch (field) {
            case "referral" -> "Referral or prescription on file";
            case "clinicalRationale" -> "Clinical rationale in the notes";
            case "activeTreatment" -> "Active treatment (not maintenance)";
            case "abn" -> "ABN signed";
            case "medicalNecessity" -> "Medical necessity";
            case "therapyAmountYearToDate" -> "Therapy billed this year";
            default -> field;
        };
        if (value.isBoolean()) {
            return label + ": " + (value.asBoolean() ? "yes" : "no");
        }
        return label + ": " + (value.isArray() ? joined(value) : value.asText());
    }

    private static String joined(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return String.join(", ", values);
    }

    private static JsonNode parse(String storedJson) {
        try {
            return JSON.readTree(storedJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored visit is not JSON", e);
        }
    }

    private static JsonNode remedyOf(String text) {
        if (text == null || text.isBlank()) {
            throw new InputException("remedy", List.of(new InputProblem("remedy", "missing; choose a fix to apply")));
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputException("remedy", List.of(new InputProblem("remedy", "not a fix this page offered")));
        }
    }

    /** What the visit form offers from the rule data: the same for every request, so built once (payers change: read per form). */
    private record Choices(List<VisitEntryView.RegionChoice> regions, List<Choice> employers,
                           List<Choice> conditions, List<Choice> codes) {

        static Choices of(RuleData rules) {
            List<VisitEntryView.RegionChoice> regions = rules.regions().ids().stream()
                    .map(id -> rules.regions().find(id).orElseThrow())
                    .map(region -> new VisitEntryView.RegionChoice(region.id(), region.id().replace('-', ' '),
                            region.kind() == RegionKind.SPINAL)).toList();
            List<Choice> employers = new ArrayList<>();
            employers.add(new Choice("", "Not employed by another provider"));
            for (ProviderType type : ProviderType.values()) {
                employers.add(new Choice(type.name(), "Employed by a " + type.name()));
            }
            List<Choice> conditions = rules.conditions().ids().stream()
                    .map(id -> new Choice(id, rules.conditions().find(id).orElseThrow().label())).toList();
            Map<String, Choice> codes = new TreeMap<>();
            rules.codes().all().forEach(code -> codes.putIfAbsent(code.code(), new Choice(code.code(), code.description())));
            return new Choices(regions, List.copyOf(employers), conditions, List.copyOf(codes.values()));
        }
    }

    /** Which visit the form is for: a new visit of the patient, or a stored one (with the version read). */
    private record Entry(long patientId, Long visitId, Integer version) {
        static Entry of(long patientId, Context ctx) {
            return new Entry(patientId, number(ctx.formParam("_visit")).map(Long::valueOf).orElse(null),
                    number(ctx.formParam("_version")).map(Integer::valueOf).orElse(null));
        }

        private static Optional<String> number(String text) {
            return Optional.ofNullable(text).filter(value -> value.matches("\\d{1,9}"));
        }
    }
}
