package dev.cleanclaim.app.web.page;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.PracticeResourceReader;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.PracticeAdmin;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.app.workspace.WorkspaceException;
import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.payer.StarterPayer;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.store.PayerEntry;
import dev.cleanclaim.store.Stored;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admin's provider and payer pages: each lists what the practice has, with a form to add one and a page to change
 * one (/admin/providers/{id}, /admin/payers/{id}). A payer can start from cleanclaim's starter directory.
 */
public final class DirectoryPages {

    private static final List<StarterPayer> STARTERS = BuiltInRuleData.starterDirectory();

    private final Workspace workspace;
    private final PracticeResourceReader reader;

    public DirectoryPages(Workspace workspace) {
        this.workspace = workspace;
        this.reader = new PracticeResourceReader(workspace.rules());
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/providers", ctx -> {
            PracticePages.admin(ctx);
            showProviders(ctx, null, FormState.of(Map.of("active", List.of("true"))), HttpStatus.OK);
        });
        routes.post("/admin/providers", ctx -> saveProvider(ctx, null));
        routes.get("/admin/providers/{id}", this::editProvider);
        routes.post("/admin/providers/{id}", ctx -> saveProvider(ctx, PageParams.id(ctx)));
        routes.get("/admin/payers", this::payers);
        routes.post("/admin/payers", ctx -> savePayer(ctx, null));
        routes.get("/admin/payers/{id}", this::editPayer);
        routes.post("/admin/payers/{id}", ctx -> savePayer(ctx, PageParams.id(ctx)));
    }

    private void editProvider(Context ctx) {
        PracticePages.admin(ctx);
        long id = PageParams.id(ctx);
        PracticeAdmin admin = workspace.admin();
        Stored<RenderingProvider> stored = admin.provider(id);
        Map<String, List<String>> values = new LinkedHashMap<>(PracticeForms.provider(stored.value()));
        values.put("active", List.of(String.valueOf(stored.value().active())));
        values.put("version", List.of(String.valueOf(stored.version())));
        showProviders(ctx, id, FormState.of(values), HttpStatus.OK);
    }

    private void saveProvider(Context ctx, Long id) {
        Actor actor = PracticePages.admin(ctx);
        PracticeAdmin admin = workspace.admin();
        save(ctx, id, "/admin/providers", this::showProviders, (form, body) -> {
            body.put("active", "true".equals(first(form, "active"))); // an unticked box is not sent at all
            RenderingProvider provider = reader.provider("provider", body, admin.practice().value());
            if (id == null) {
                admin.addProvider(actor, provider);
            } else {
                admin.updateProvider(actor, id, PracticePages.version(ctx), provider);
            }
            return provider.npi();
        });
    }

    private void showProviders(Context ctx, Long editing, FormState form, HttpStatus status) {
        List<Stored<RenderingProvider>> providers = workspace.admin().providers();
        List<Row> rows = new ArrayList<>();
        List<Choice> supervisors = new ArrayList<>();
        supervisors.add(new Choice("", "None"));
        for (Stored<RenderingProvider> stored : providers) {
            RenderingProvider provider = stored.value();
            String supervisor = provider.supervisorNpi().flatMap(npi -> providers.stream()
                    .filter(other -> other.value().npi().equals(npi)).findFirst().map(PatientPages::providerName)).orElse("");
            rows.add(new Row(stored.id(), PatientPages.providerName(stored), List.of(provider.npi(), provider.taxonomy(),
                    provider.licenseNumber().map(number -> number + provider.licenseState().map(state -> " (" + state + ")").orElse("")).orElse(""),
                    supervisor, provider.active() ? "active" : "inactive")));
            if (editing == null || stored.id() != editing) {
                supervisors.add(new Choice(provider.npi(), PatientPages.providerName(stored)));
            }
        }
        List<Choice> types = new ArrayList<>();
        for (ProviderType type : ProviderType.values()) {
            types.add(new Choice(type.name(), type.name() + ": " + type.title()));
        }
        Map<String, Object> params = listPage(ctx, status, "Providers", rows, editing, form);
        params.put("types", types);
        params.put("supervisors", supervisors);
        params.put("saved", saved(ctx, "\\d{10}"));
        Pages.render(ctx, "admin/providers.jte", params);
    }

    private void payers(Context ctx) {
        PracticePages.admin(ctx);
        Map<String, List<String>> values = new LinkedHashMap<>();
        Optional<StarterPayer> starter = Optional.ofNullable(ctx.queryParam("starter"))
                .flatMap(id -> STARTERS.stream().filter(payer -> payer.id().equals(id)).findFirst());
        starter.ifPresent(payer -> {
            values.put("starter", List.of(payer.id()));
            values.putAll(PracticeForms.payer(payer.id(), payer.asAccount()));
        });
        showPayers(ctx, null, FormState.of(values), HttpStatus.OK);
    }

    private void editPayer(Context ctx) {
        PracticePages.admin(ctx);
        long id = PageParams.id(ctx);
        PracticeAdmin admin = workspace.admin();
        Stored<PayerEntry> stored = admin.payer(id);
        Map<String, List<String>> values = new LinkedHashMap<>(PracticeForms.payer(stored.value().payerId(),
                stored.value().account()));
        values.put("version", List.of(String.valueOf(stored.version())));
        showPayers(ctx, id, FormState.of(values), HttpStatus.OK);
    }

    private void savePayer(Context ctx, Long id) {
        Actor actor = PracticePages.admin(ctx);
        PracticeAdmin admin = workspace.admin();
        save(ctx, id, "/admin/payers", this::showPayers, (form, body) -> {
            body.remove("starter");
            if (id != null) {
                // the contracted amounts are not on this form: a change of name or payer id keeps them
                PayerAccount stored = admin.payer(id).value().account();
                if (!stored.contracted().isEmpty()) {
                    ObjectNode contracted = body.putObject("contracted");
                    stored.contracted().forEach((code, amount) -> contracted.put(code, amount.toString()));
                }
            }
            Practice practice = admin.practice().value();
            Map.Entry<String, PayerAccount> entry = reader.payer("payer", body, practice);
            PayerEntry payer = new PayerEntry(entry.getKey(), entry.getValue());
            if (id == null) {
                admin.addPayer(actor, payer);
            } else {
                admin.updatePayer(actor, id, PracticePages.version(ctx), payer);
            }
            return entry.getKey();
        });
    }

    private void showPayers(Context ctx, Long editing, FormState form, HttpStatus status) {
        List<Row> rows = new ArrayList<>();
        for (Stored<PayerEntry> stored : workspace.admin().payers()) {
            PayerAccount account = stored.value().account();
            rows.add(new Row(stored.id(), account.name(), List.of(stored.value().payerId(), account.electronicId(),
                    account.pack(), account.claimFilingIndicator().orElse(""))));
        }
        List<Choice> starters = new ArrayList<>();
        starters.add(new Choice("", "Choose an insurer"));
        STARTERS.forEach(payer -> starters.add(new Choice(payer.id(), payer.name() + " ("
                + payer.payerId().orElse("payer id from your plan") + ", " + payer.region() + ")")));
        List<Choice> packs = new ArrayList<>();
        packs.add(new Choice("", "Choose the rules it follows"));
        workspace.rules().payers().ids().forEach(pack -> packs.add(new Choice(pack, pack)));
        Map<String, Object> params = listPage(ctx, status, "Payers", rows, editing, form);
        params.put("starters", starters);
        params.put("packs", packs);
        params.put("saved", saved(ctx, "[a-z0-9-]{1,60}"));
        Pages.render(ctx, "admin/payers.jte", params);
    }

    /**
     * Saves a provider or payer form, then goes back to its list naming what was saved; a refused form or a conflict
     * shows the list page again with the form as it was sent, so nothing typed is lost.
     */
    private static void save(Context ctx, Long id, String list, ListPage page, FormSave save) {
        Map<String, List<String>> form = ctx.formParamMap();
        try {
            ObjectNode body = PracticeForms.JSON.read(form);
            body.remove("version");
            String saved = save.save(form, body);
            ctx.redirect(list + "?saved=" + saved, HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            page.show(ctx, id, FormState.refused(form, refused), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (WorkspaceException.Conflict conflict) {
            page.show(ctx, id, FormState.of(form).withMessage(conflict.currentVersion().isPresent()
                    ? PracticePages.CONFLICT : conflict.getMessage()), HttpStatus.CONFLICT);
        }
    }

    /** An admin page's parameters (see {@link PracticePages#adminPage}) with the list's rows and which one the form edits. */
    private static Map<String, Object> listPage(Context ctx, HttpStatus status, String title, List<Row> rows, Long editing,
            FormState form) {
        Map<String, Object> params = PracticePages.adminPage(ctx, status, title, form);
        params.put("rows", rows);
        params.put("editing", editing == null ? "" : String.valueOf(editing));
        return params;
    }

    /** The "saved" note's key from the query, only when it looks like one (it is shown on the page). */
    private static String saved(Context ctx, String pattern) {
        return Optional.ofNullable(ctx.queryParam("saved")).filter(key -> key.matches(pattern)).orElse("");
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    /** Shows a list page with its form: the provider or payer being edited (null for a new one), as it was sent. */
    @FunctionalInterface
    private interface ListPage {
        void show(Context ctx, Long editing, FormState form, HttpStatus status);
    }

    /** Reads the form's JSON (its version already taken out) into a provider or payer, saves it and names it. */
    @FunctionalInterface
    private interface FormSave {
        String save(Map<String, List<String>> form, ObjectNode body);
    }

    /** One provider or payer as its list shows it: a name linking to its page, then its other columns. */
    public record Row(long id, String name, List<String> columns) {
        public Row {
            columns = List.copyOf(columns);
        }
    }
}
