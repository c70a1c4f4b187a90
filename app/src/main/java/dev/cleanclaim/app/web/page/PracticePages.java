package dev.cleanclaim.app.web.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.contract.PracticeResourceReader;
import dev.cleanclaim.app.contract.PracticeWriter;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.PracticeAdmin;
import dev.cleanclaim.app.workspace.Readiness;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.app.workspace.WorkspaceException;
import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.identifier.Identifiers;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.UserRole;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin's practice pages: the practice's own facts with what it still lacks before its first claim (/admin/practice),
 * and its fee schedule (/admin/fees). Both are read and checked by the practice file's readers and saved with the
 * version they were read at.
 */
public final class PracticePages {

    /** Blank rows offered under the fees already set, for new codes. */
    static final int NEW_FEE_ROWS = 4;
    static final int NEW_SESSION_ROWS = 2;

    private final Workspace workspace;
    private final PracticeResourceReader reader;

    public PracticePages(Workspace workspace) {
        this.workspace = workspace;
        this.reader = new PracticeResourceReader(workspace.rules());
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/practice", this::practice);
        routes.post("/admin/practice", this::savePractice);
        routes.get("/admin/fees", this::fees);
        routes.post("/admin/fees", this::saveFees);
    }

    /** Only an admin keeps the practice: anyone else gets the 403 page. */
    static Actor admin(Context ctx) {
        Actor actor = Requests.actor(ctx);
        if (actor.role() != UserRole.ADMIN) {
            throw new WorkspaceException.Forbidden("only an admin keeps the practice, its providers, payers and fees");
        }
        return actor;
    }

    private void practice(Context ctx) {
        admin(ctx);
        Stored<Practice> stored = workspace.admin().practice();
        Map<String, List<String>> values = new LinkedHashMap<>(PracticeForms.facts(stored.value()));
        values.put("version", List.of(String.valueOf(stored.version())));
        showPractice(ctx, FormState.of(values), HttpStatus.OK);
    }

    private void savePractice(Context ctx) {
        Actor actor = admin(ctx);
        PracticeAdmin admin = workspace.admin();
        Map<String, List<String>> form = ctx.formParamMap();
        try {
            ObjectNode body = PracticeForms.factsJson(form);
            Practice current = admin.practice().value();
            if (current.billing().taxIdIsSsn() && !body.path("billingProvider").has("taxId") && body.has("billingProvider")) {
                // the SSN is never written into the page; a blank box keeps the one stored
                ((ObjectNode) body.get("billingProvider")).put("taxId", current.billing().taxId());
            }
            Practice changed = reader.facts("practice", body);
            admin.updatePractice(actor, version(ctx), changed);
            ctx.redirect("/admin/practice?saved=true", HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            showPractice(ctx, FormState.refused(form, refused), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (WorkspaceException.Conflict conflict) {
            showPractice(ctx, FormState.of(form).withMessage(CONFLICT), HttpStatus.CONFLICT);
        }
    }

    static final String CONFLICT = "Someone else changed this meanwhile, so nothing was saved. Open the page again"
            + " to see their change, then make yours.";

    private void showPractice(Context ctx, FormState form, HttpStatus status) {
        Practice practice = workspace.admin().practice().value();
        List<Readiness.Missing> missing = workspace.admin().readiness();
        String ssnHint = practice.billing().taxIdIsSsn()
                ? "The SSN " + Identifiers.maskSsn(practice.billing().taxId()) + " is kept when this is left blank." : null;
        Map<String, Object> params = adminPage(ctx, status, "Practice", form);
        params.put("missing", missing);
        params.put("ssnHint", ssnHint);
        params.put("saved", "true".equals(ctx.queryParam("saved")));
        params.put("setUp", "true".equals(ctx.queryParam("setUp")));
        Pages.render(ctx, "admin/practice.jte", params);
    }

    private void fees(Context ctx) {
        admin(ctx);
        Stored<FeeSchedule> stored = workspace.admin().fees();
        Map<String, List<String>> values = new LinkedHashMap<>();
        // The schedule as the practice file writes it ("97140-52" for a modifier's fee): one table row a fee.
        ObjectNode file = PracticeWriter.fees(stored.value());
        int row = 0;
        for (Iterator<Map.Entry<String, JsonNode>> fees = file.get("fees").fields(); fees.hasNext(); row++) {
            Map.Entry<String, JsonNode> fee = fees.next();
            values.put("code[" + row + "]", List.of(fee.getKey()));
            values.put("fee[" + row + "]", List.of(fee.getValue().asText()));
        }
        file.remove("fees");
        values.putAll(FormJson.flatten(file));
        values.put("version", List.of(String.valueOf(stored.version())));
        showFees(ctx, FormState.of(values), HttpStatus.OK);
    }

    private void saveFees(Context ctx) {
        Actor actor = admin(ctx);
        Map<String, List<String>> form = ctx.formParamMap();
        Map<String, Integer> rowOfCode = new HashMap<>();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode fees = body.putObject("fees");
        for (int row = 0; row < rows(form, "code[") ; row++) {
            String code = value(form, "code[" + row + "]");
            String fee = value(form, "fee[" + row + "]");
            if (!code.isEmpty() || !fee.isEmpty()) {
                fees.put(code, fee);
                rowOfCode.put(code, row);
            }
        }
        Map<String, List<String>> sessions = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("sessionPrices[")) {
                sessions.put(name, values);
            }
        });
        ObjectNode sessionJson = PracticeForms.JSON.read(sessions);
        if (sessionJson.has("sessionPrices")) {
            body.set("sessionPrices", sessionJson.get("sessionPrices"));
        }
        try {
            FeeSchedule schedule = reader.fees("fees", body, workspace.admin().practice().value());
            workspace.admin().replaceFees(actor, version(ctx), schedule);
            ctx.redirect("/admin/fees?saved=true", HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            // "$.fees.97140" is the row where 97140 was typed: the problem is shown beside its fee
            List<InputProblem> named = refused.problems().stream().map(problem -> {
                String path = problem.path();
                if (path.startsWith("$.fees.")) {
                    Integer row = rowOfCode.get(path.substring("$.fees.".length()));
                    if (row != null) {
                        return new InputProblem("$.fee[" + row + "]", problem.message());
                    }
                }
                return problem;
            }).toList();
            showFees(ctx, FormState.refused(form, new InputException(refused.file(), named)), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (WorkspaceException.Conflict conflict) {
            showFees(ctx, FormState.of(form).withMessage(CONFLICT), HttpStatus.CONFLICT);
        }
    }

    private void showFees(Context ctx, FormState form, HttpStatus status) {
        int feeRows = rows(form.values(), "code[") + NEW_FEE_ROWS;
        int sessionRows = rows(form.values(), "sessionPrices[") + NEW_SESSION_ROWS;
        Map<String, Object> params = adminPage(ctx, status, "Fees", form);
        params.put("feeRows", feeRows);
        params.put("sessionRows", sessionRows);
        params.put("saved", "true".equals(ctx.queryParam("saved")));
        Pages.render(ctx, "admin/fees.jte", params);
    }

    /** One more than the highest row number of the fields starting with {@code prefix} ("code[3]" makes 4). */
    static int rows(Map<String, List<String>> form, String prefix) {
        int rows = 0;
        for (String name : form.keySet()) {
            if (name.startsWith(prefix)) {
                String rest = name.substring(prefix.length());
                int end = rest.indexOf(']');
                if (end > 0 && end <= 3 && rest.substring(0, end).chars().allMatch(Character::isDigit)) {
                    rows = Math.max(rows, Integer.parseInt(rest.substring(0, end)) + 1);
                }
            }
        }
        return rows;
    }

    private static String value(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0).trim();
    }

    /**
     * Sets the status and starts the parameters every admin page of the practice (practice, fees, providers, payers)
     * renders with: its frame, marked as the menu's "practice" entry, and its form.
     */
    static Map<String, Object> adminPage(Context ctx, HttpStatus status, String title, FormState form) {
        ctx.status(status);
        Map<String, Object> params = new HashMap<>();
        params.put("frame", Frame.of(ctx, title, "practice"));
        params.put("form", form);
        return params;
    }

    /** The version the form was read at; a form without one is refused by name. */
    static int version(Context ctx) {
        String text = ctx.formParam("version");
        if (text == null || !text.trim().matches("\\d{1,9}")) {
            throw new InputException("form", List.of(new InputProblem("$.version",
                    "missing; open the page again and make the change there")));
        }
        return Integer.parseInt(text.trim());
    }

    static List<Choice> withBlank(String blank, List<Choice> choices) {
        List<Choice> all = new ArrayList<>();
        all.add(new Choice("", blank));
        all.addAll(choices);
        return all;
    }
}
