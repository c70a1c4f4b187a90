package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.PatientResourceReader;
import dev.cleanclaim.app.contract.ReferralReader;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.web.api.PatientJson;
import dev.cleanclaim.app.web.api.PatientResource;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.Claims;
import dev.cleanclaim.app.workspace.HistoryPaging;
import dev.cleanclaim.app.workspace.TherapyHistory;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.app.workspace.WorkspaceException;
import dev.cleanclaim.core.payer.PayerLookup;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.referral.Referral;
import dev.cleanclaim.core.referral.ReferralStanding;
import dev.cleanclaim.core.therapy.TherapyDiscipline;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.VisitRecord;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The patient pages: the list and search, a new patient, a patient's page (insurance, referrals, visits) and a
 * change to them. Input is checked by the same readers as the REST API, so a page refuses what the API refuses,
 * and a refused form comes back with everything typed still in it.
 */
public final class PatientPages {

    static final FormJson PATIENT_FORM = new FormJson(Set.of("id", "version"), Set.of(), Set.of(), Set.of());
    private static final String SECONDARY_RELATIONSHIP = "secondaryInsurance.relationship";
    static final FormJson REFERRAL_FORM = new FormJson(Set.of("visitsAuthorized", "visitsUsed"), Set.of(), Set.of(), Set.of());

    private final Workspace workspace;
    private final Clock clock;
    /** One client, one record and insured massage: their part of the page and its forms. */
    private final ClientPages clients;

    public PatientPages(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
        this.clients = new ClientPages(workspace, this);
    }

    public void register(RoutesConfig routes) {
        routes.get("/patients", this::list);
        routes.get("/patients/new", this::newPatient);
        routes.post("/patients", this::create);
        routes.get("/patients/{id}", this::detail);
        routes.get("/patients/{id}/edit", this::edit);
        routes.post("/patients/{id}", this::update);
        routes.post("/patients/{id}/referrals", this::addReferral);
        clients.register(routes);
    }

    private void list(Context ctx) {
        Actor actor = Requests.actor(ctx);
        String query = Optional.ofNullable(ctx.queryParam("q")).map(String::trim).orElse("");
        List<Stored<PatientRecord>> patients = query.isEmpty()
                ? workspace.patients().list(actor) : workspace.patients().search(actor, query);
        Map<Long, Stored<RenderingProvider>> providers = providers();
        List<PatientRow> rows = patients.stream().map(patient -> row(patient, providers)).toList();
        Pages.render(ctx, "patients/list.jte", Map.of("frame", Frame.of(ctx, "Patients", "patients"),
                "view", new PatientListView(query, rows)));
    }

    private PatientRow row(Stored<PatientRecord> stored, Map<Long, Stored<RenderingProvider>> providers) {
        Patient patient = stored.value().patient();
        return new PatientRow(stored.id(), PatientNames.name(patient.person()), patient.person().birthDate().toString(),
                patient.accountNumber(), payerName(stored.value().payerId()),
                stored.value().therapistId().map(providers::get).map(PatientPages::providerName).orElse(""));
    }

    private void newPatient(Context ctx) {
        Map<String, List<String>> blank = new HashMap<>();
        Requests.actor(ctx).providerId().ifPresent(own -> blank.put("therapist.id", List.of(String.valueOf(own))));
        blank.put("insurance.relationship", List.of("self"));
        showForm(ctx, null, FormState.of(blank), HttpStatus.OK);
    }

    private void create(Context ctx) {
        Map<String, List<String>> form = ctx.formParamMap();
        Actor actor = Requests.actor(ctx);
        boolean anotherPerson = form.getOrDefault(CONFIRM_DUPLICATE, List.of()).contains("true");
        try {
            PatientResourceReader.PatientInput input = reader().read("patient",
                    PATIENT_FORM.read(withoutSelfPayInsurance(withoutConfirmation(form))));
            Stored<PatientRecord> created = workspace.patients().create(actor, record(input), anotherPerson);
            ctx.redirect("/patients/" + created.id(), HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            showForm(ctx, null, FormState.refused(form, refused), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (WorkspaceException.LikelyDuplicates duplicates) {
            // The warning replaces nothing typed: the user opens the record on file, or ticks the box and saves again.
            ctx.attribute(DUPLICATES, duplicates);
            showForm(ctx, null, FormState.of(withoutConfirmation(form)), HttpStatus.CONFLICT);
        } catch (WorkspaceException.Conflict conflict) {
            showForm(ctx, null, FormState.of(form).withMessage(conflict.getMessage()), HttpStatus.CONFLICT);
        }
    }

    /** The box a user ticks to save a client who looks like a record on file: not a field of the patient. */
    static final String CONFIRM_DUPLICATE = "confirmDuplicate";
    private static final String DUPLICATES = "likely-duplicates";

    private static Map<String, List<String>> withoutConfirmation(Map<String, List<String>> form) {
        Map<String, List<String>> kept = new HashMap<>(form);
        kept.remove(CONFIRM_DUPLICATE);
        return kept;
    }

    /**
     * A self-pay client has no insurance: the form's insurance fields (the relationship select always sends one)
     * are left out when no payer is chosen, so they are not read as a policy without its payer.
     */
    private static Map<String, List<String>> withoutSelfPayInsurance(Map<String, List<String>> form) {
        boolean selfPay = form.getOrDefault("payer", List.of()).stream().allMatch(String::isBlank);
        if (!selfPay) {
            return form;
        }
        Map<String, List<String>> kept = new HashMap<>(form);
        kept.keySet().removeIf(field -> field.startsWith("insurance."));
        return kept;
    }

    private void edit(Context ctx) {
        long id = PageParams.id(ctx);
        Stored<PatientRecord> patient = workspace.patients().get(Requests.actor(ctx), id);
        showForm(ctx, patient, FormState.of(formOf(patient)), HttpStatus.OK);
    }

    /** The stored patient as the form's values. */
    private Map<String, List<String>> formOf(Stored<PatientRecord> patient) {
        Map<String, List<String>> form = FormJson.flatten(PatientJson.write(patient, providers()));
        // The form's "Self" choice for a second policy is blank (a blank form sends no second policy at all).
        if (form.getOrDefault(SECONDARY_RELATIONSHIP, List.of()).contains("self")) {
            form.remove(SECONDARY_RELATIONSHIP);
        }
        return form;
    }

    private void update(Context ctx) {
        long id = PageParams.id(ctx);
        Actor actor = Requests.actor(ctx);
        Map<String, List<String>> posted = ctx.formParamMap();
        Stored<PatientRecord> current = workspace.patients().get(actor, id);
        Map<String, List<String>> form = posted;
        if (SaveConflict.answered(posted)) {
            // Saving again after a conflict: each field in it needs "keep mine" or "take theirs" first.
            Optional<Map<String, List<String>>> chosen = SaveConflict.resolve(posted, formOf(current));
            if (chosen.isEmpty()) {
                showConflict(ctx, current, posted, "Choose, for each field below, whether to keep yours or take"
                        + " theirs (or use the buttons for all of them). Nothing was saved.", HttpStatus.UNPROCESSABLE_CONTENT);
                return;
            }
            form = chosen.get();
        }
        try {
            PatientResourceReader.PatientInput input = reader().read("patient " + id,
                    PATIENT_FORM.read(withoutSelfPayInsurance(withoutConfirmation(form))));
            int version = input.version().orElse(current.version());
            workspace.patients().update(actor, id, version, record(input));
            ctx.redirect("/patients/" + id, HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            showForm(ctx, current, FormState.refused(form, refused), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (WorkspaceException.Conflict conflict) {
            if (conflict.currentVersion().isEmpty()) {
                // Not someone else's save: the record refuses the change itself (merged into another, read-only).
                showForm(ctx, current, FormState.of(form).withMessage(conflict.getMessage()), HttpStatus.CONFLICT);
                return;
            }
            showConflict(ctx, workspace.patients().get(actor, id), form, "Someone else changed this patient while you"
                    + " edited. Your entries are still here; their changes are beside yours below.", HttpStatus.CONFLICT);
        }
    }

    /**
     * The form as this user typed it, at the version saved now, with every field where the saved patient differs
     * from what was typed beside it: saving again needs a choice for each ({@link SaveConflict}).
     */
    private void showConflict(Context ctx, Stored<PatientRecord> saved, Map<String, List<String>> typed, String message,
                              HttpStatus status) {
        Map<String, List<String>> kept = new HashMap<>(typed);
        kept.keySet().removeIf(name -> name.startsWith("_") && !name.equals("_csrf"));
        kept.put("version", List.of(String.valueOf(saved.version())));
        Set<String> shown = typed.keySet();
        SaveConflict conflict = SaveConflict.between(formOf(saved), kept,
                name -> shown.contains(name) && !name.equals("version") && !name.equals("id")).withChoicesFrom(typed);
        if (conflict.isEmpty()) {
            // They saved what this user typed: nothing to choose, save again as it stands.
            showForm(ctx, saved, FormState.of(kept).withMessage(message), status);
            return;
        }
        showForm(ctx, saved, FormState.of(kept).withMessage(message), conflict, status);
    }

    private void showForm(Context ctx, Stored<PatientRecord> existing, FormState form, HttpStatus status) {
        showForm(ctx, existing, form, null, status);
    }

    private void showForm(Context ctx, Stored<PatientRecord> existing, FormState form, SaveConflict conflict,
                          HttpStatus status) {
        Actor actor = Requests.actor(ctx);
        List<Choice> payers = new ArrayList<>();
        payers.add(new Choice("", "Self-pay (no insurance)"));
        PayerLookup lookup = workspace.payers();
        payers.addAll(PayerChoices.of(lookup).stream().filter(choice -> lookup.find(choice.value())
                .filter(Claims::isSelfPay).isEmpty()).toList());
        // A second policy is insurance billed after the first: the self-pay pack is no policy at all.
        List<Choice> secondaryPayers = new ArrayList<>();
        secondaryPayers.add(new Choice("", "None"));
        secondaryPayers.addAll(PayerChoices.of(lookup).stream().filter(choice -> lookup.find(choice.value())
                .filter(Claims::isSelfPay).isEmpty()).toList());
        List<Choice> therapists = new ArrayList<>();
        therapists.add(new Choice("", "No therapist"));
        workspace.providers().forEach(provider -> therapists.add(new Choice(String.valueOf(provider.id()),
                providerName(provider))));
        String heading = existing == null ? "New patient" : "Change " + PatientNames.name(existing.value().patient().person());
        PatientFormView view = new PatientFormView(heading,
                existing == null ? "/patients" : "/patients/" + existing.id(),
                existing == null ? null : Integer.valueOf(form.value("version").isEmpty()
                        ? String.valueOf(existing.version()) : form.value("version")),
                form, payers, secondaryPayers, therapists, !actor.isTherapist(),
                existing == null ? "/patients" : "/patients/" + existing.id(), conflict,
                ctx.attribute(DUPLICATES));
        ctx.status(status);
        Pages.render(ctx, "patients/form.jte", Map.of("frame", Frame.of(ctx, heading, "patients"), "view", view));
    }

    private void detail(Context ctx) {
        showDetail(ctx, PageParams.id(ctx), FormState.of(Map.of("visitsUsed", List.of("0"))), HttpStatus.OK);
    }

    private void addReferral(Context ctx) {
        long id = PageParams.id(ctx);
        Map<String, List<String>> form = ctx.formParamMap();
        try {
            Referral referral = new ReferralReader().read("referral", REFERRAL_FORM.read(form));
            workspace.patients().addReferral(Requests.actor(ctx), id, referral);
            ctx.redirect("/patients/" + id + "#referrals", HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            showDetail(ctx, id, FormState.refused(form, refused), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private void showDetail(Context ctx, long id, FormState referralForm, HttpStatus status) {
        Actor actor = Requests.actor(ctx);
        Stored<PatientRecord> stored = workspace.patients().get(actor, id);
        Map<Long, Stored<RenderingProvider>> providers = providers();
        Patient patient = stored.value().patient();
        LocalDate today = LocalDate.now(clock);
        List<ReferralRow> referrals = workspace.patients().referrals(actor, id).stream()
                .map(referral -> referralRow(referral.value(), today)).toList();
        List<Stored<ClaimRecord>> claims = workspace.claims().forPatient(actor, id);
        Map<Long, Stored<ClaimRecord>> claimsByVisit = claims.stream()
                .collect(Collectors.toMap(claim -> claim.value().visitId(), Function.identity(), (first, second) -> first));
        List<VisitRow> visits = new ArrayList<>();
        List<Stored<VisitRecord>> storedVisits = workspace.visits().forPatient(actor, id);
        for (Stored<VisitRecord> visit : storedVisits) {
            Stored<ClaimRecord> claim = claimsByVisit.get(visit.id());
            visits.add(new VisitRow(visit.id(), visit.value().dateOfService().toString(),
                    payerName(Optional.of(visit.value().payerId())),
                    Optional.ofNullable(providers.get(visit.value().providerId())).map(PatientPages::providerName).orElse(""),
                    claim == null ? null : claim.id(), claim == null ? null : claimStanding(claim.value())));
        }
        InsuranceFacts insurance = new InsuranceFacts(this::payerName,
                payerId -> workspace.payers().find(payerId).filter(Claims::isSelfPay).isPresent());
        PatientDetailView view = new PatientDetailView(id, PatientNames.name(patient.person()),
                personFacts(patient, stored.value().therapistId().map(providers::get)),
                withTherapyYear(insurance.primary(stored.value()), stored.value(), claims, today.getYear()),
                insurance.secondary(stored.value()), referrals, visits, referralForm,
                HistoryView.of(workspace.patients().history(actor, id, HistoryPaging.first()),
                        "/api/v1/patients/" + id + "/history", (field, value) -> historyValue(field, value, providers)));
        ctx.status(status);
        Pages.render(ctx, "patients/detail.jte", Map.of("frame", Frame.of(ctx, view.name(), "patients"), "view", view,
                "letters", NecessityLetterPages.rows(workspace, actor, id, today),
                "client", clients.view(ctx, actor, id, storedVisits)));
    }

    /** The client's page again, as a form of its own parts refused it ({@link ClientPages}). */
    void detailAgain(Context ctx, long id, HttpStatus status) {
        showDetail(ctx, id, FormState.of(Map.of("visitsUsed", List.of("0"))), status);
    }

    /** A claim's status as the client's page shows it: a self-pay receipt is the client's charge, never "ready" to send. */
    private String claimStanding(ClaimRecord claim) {
        boolean selfPay = workspace.payers().find(claim.payerId()).filter(Claims::isSelfPay).isPresent();
        return selfPay && claim.status() != dev.cleanclaim.core.lifecycle.ClaimStatus.CLOSED ? "self-pay" : claim.status().id();
    }

    /** A patient's therapist by name in their history; every other value as kept. */
    private static String historyValue(String field, String value, Map<Long, Stored<RenderingProvider>> providers) {
        if (!"therapist.id".equals(field) || !value.matches("\\d{1,18}")) {
            return value;
        }
        return Optional.ofNullable(providers.get(Long.parseLong(value))).map(PatientPages::providerName).orElse(value);
    }

    private static List<Fact> personFacts(Patient patient, Optional<Stored<RenderingProvider>> therapist) {
        Person person = patient.person();
        var address = person.address();
        return List.of(new Fact("Born", person.birthDate().toString()), new Fact("Sex", person.sex().name()),
                new Fact("Account", patient.accountNumber()),
                new Fact("Address", dev.cleanclaim.forms.Printed.address(address)),
                new Fact("Therapist", therapist.map(PatientPages::providerName).orElse("none")));
    }

    /** For an Original Medicare patient, the year's therapy so far against the KX threshold under the policy's facts. */
    private List<Fact> withTherapyYear(List<Fact> primary, PatientRecord record, List<Stored<ClaimRecord>> claims, int year) {
        List<Fact> facts = new ArrayList<>(primary);
        workspace.therapy().year(record.payerId(), year, claims).ifPresent(standing -> facts.add(
                new Fact("Medicare therapy " + year, therapyFigures(standing))));
        return facts;
    }

    /** Both disciplines against the KX threshold, e.g. "PT/SLP $1200.00 of $2480.00; OT $0.00 of $2480.00". */
    private static String therapyFigures(TherapyHistory.Standing standing) {
        return Arrays.stream(TherapyDiscipline.values())
                .map(discipline -> discipline.label() + " $" + standing.soFar().of(discipline) + " of $" + standing.threshold())
                .collect(Collectors.joining("; "));
    }

    private static ReferralRow referralRow(Referral referral, LocalDate today) {
        ReferralStanding standing = referral.standingOn(today);
        boolean usable = standing instanceof ReferralStanding.Valid;
        String text = standing instanceof ReferralStanding.Valid valid
                ? valid.visitsLeft() + " visit(s) left" : standing.problem();
        var referrer = referral.referrer();
        return new ReferralRow("Dr. " + referrer.firstName() + " " + referrer.lastName(), referrer.npi(),
                referrer.referralNumber().orElse(""), referral.validFrom().toString(), referral.validThrough().toString(),
                referral.visitsAuthorized(), referral.visitsUsed(), text, usable);
    }

    private String payerName(Optional<String> payerId) {
        return payerId.map(id -> workspace.payers().find(id).map(payer -> payer.name()).orElse(id)).orElse("Self-pay");
    }

    static String providerName(Stored<RenderingProvider> provider) {
        RenderingProvider value = provider.value();
        return value.firstName() + " " + value.lastName() + ", " + value.type().name();
    }

    private static PatientRecord record(PatientResourceReader.PatientInput input) {
        return PatientResource.record(input);
    }

    private PatientResourceReader reader() {
        return PatientResource.reader(workspace, clock);
    }

    private Map<Long, Stored<RenderingProvider>> providers() {
        return workspace.providersById();
    }
}
