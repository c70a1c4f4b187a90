package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.web.api.ClientRecordResource;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.InsuredMassage;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.app.workspace.WorkspaceException;
import dev.cleanclaim.core.client.FinancialNotice;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.store.PatientMerge;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.VisitRecord;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The client page's forms for one client, one record and insured massage: a signed financial responsibility notice,
 * moving a visit to self-pay, merging a duplicate record into this one. A refused form comes back on the client's
 * page with what was typed and the problem beside the field; nothing is saved half-way.
 */
public final class ClientPages {

    static final FormJson NOTICE_FORM = new FormJson(Set.of("visitId"), Set.of(), Set.of(), Set.of());
    private static final String NOTICE_FORM_STATE = "client.notice-form";
    private static final String MOVE_FORM_STATE = "client.move-form";
    private static final String MERGE_FORM_STATE = "client.merge-form";

    private final Workspace workspace;
    private final PatientPages patients;

    public ClientPages(Workspace workspace, PatientPages patients) {
        this.workspace = workspace;
        this.patients = patients;
    }

    public void register(RoutesConfig routes) {
        routes.post("/patients/{id}/financial-notices", this::recordNotice);
        routes.post("/patients/{id}/self-pay", this::moveToSelfPay);
        routes.post("/patients/{id}/merges", this::merge);
    }

    private void recordNotice(Context ctx) {
        long id = PageParams.id(ctx);
        Actor actor = Requests.actor(ctx);
        Map<String, List<String>> form = ctx.formParamMap();
        try {
            Stored<PatientRecord> client = workspace.patients().get(actor, id);
            FinancialNotice notice = ClientRecordResource.reader(workspace).read("financial notice",
                    NOTICE_FORM.read(form), client.value().payerId(),
                    visit -> ClientRecordResource.visitDate(workspace, actor, id, visit));
            workspace.selfPay().record(actor, id, notice);
            ctx.redirect("/patients/" + id + "#financial-responsibility", HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            again(ctx, id, NOTICE_FORM_STATE, FormState.refused(form, refused), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (WorkspaceException.Conflict conflict) {
            again(ctx, id, NOTICE_FORM_STATE, FormState.of(form).withMessage(conflict.getMessage()), HttpStatus.CONFLICT);
        }
    }

    private void moveToSelfPay(Context ctx) {
        long id = PageParams.id(ctx);
        Map<String, List<String>> form = ctx.formParamMap();
        try {
            long visit = wholeNumber(form, "visit", "choose the visit to move to self-pay");
            Optional<Long> notice = Optional.ofNullable(form.get("noticeId")).flatMap(values -> values.stream()
                    .filter(value -> !value.isBlank()).findFirst())
                    .map(value -> wholeNumber(form, "noticeId", "choose a signed notice, or leave it to the newest one"));
            boolean ofThisClient = workspace.visits().forPatient(Requests.actor(ctx), id).stream()
                    .anyMatch(found -> found.id() == visit);
            if (!ofThisClient) {
                throw new InputException("move", List.of(new InputProblem("$.visit", "visit " + visit
                        + " is not one of this client's visits")));
            }
            workspace.selfPay().moveToSelfPay(Requests.actor(ctx), visit, notice);
            ctx.redirect("/patients/" + id + "#visits-heading", HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            again(ctx, id, MOVE_FORM_STATE, FormState.refused(form, refused), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (WorkspaceException.Conflict conflict) {
            again(ctx, id, MOVE_FORM_STATE, FormState.of(form).withMessage(conflict.getMessage()), HttpStatus.CONFLICT);
        }
    }

    private void merge(Context ctx) {
        long id = PageParams.id(ctx);
        Map<String, List<String>> form = ctx.formParamMap();
        try {
            long duplicate = wholeNumber(form, "duplicate", "give the patient id of the duplicate record (its page's"
                    + " address ends with it)");
            String reason = form.getOrDefault("mergeReason", List.of("")).get(0);
            workspace.merges().merge(Requests.actor(ctx), id, Optional.empty(), duplicate, reason);
            ctx.redirect("/patients/" + id, HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            again(ctx, id, MERGE_FORM_STATE, FormState.refused(form, renamed(refused)), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (WorkspaceException.Conflict conflict) {
            again(ctx, id, MERGE_FORM_STATE, FormState.of(form).withMessage(conflict.getMessage()), HttpStatus.CONFLICT);
        }
    }

    /** The workspace names the merge's reason as the API does; the form's box is "mergeReason". */
    private static InputException renamed(InputException refused) {
        return new InputException("merge", refused.problems().stream().map(problem -> problem.path().equals("$.reason")
                ? new InputProblem("$.mergeReason", problem.message()) : problem).toList());
    }

    private static long wholeNumber(Map<String, List<String>> form, String field, String missing) {
        String text = form.getOrDefault(field, List.of("")).get(0).trim();
        if (text.isEmpty()) {
            throw new InputException("form", List.of(new InputProblem("$." + field, "missing; " + missing)));
        }
        if (!text.matches("\\d{1,18}") || Long.parseLong(text) < 1) {
            throw new InputException("form", List.of(new InputProblem("$." + field, "expected a record id, got \""
                    + text + "\"")));
        }
        return Long.parseLong(text);
    }

    private void again(Context ctx, long id, String which, FormState form, HttpStatus status) {
        ctx.attribute(which, form);
        patients.detailAgain(ctx, id, status);
    }

    /** The part of the client page these forms live in, with a refused form as it was typed. */
    ClientRecordView view(Context ctx, Actor actor, long id, List<Stored<VisitRecord>> visits) {
        Long mergedInto = workspace.patients().mergedInto(actor, id).orElse(null);
        List<String> merges = workspace.merges().ofPatient(actor, id).stream().map(merge -> words(merge, id)).toList();
        ClientRecordView.MassageView massage = workspace.insuredMassage().of(actor, id).map(ClientPages::massage)
                .orElse(null);
        List<ClientRecordView.NoticeRow> notices = workspace.selfPay().notices(actor, id).stream()
                .map(this::notice).toList();
        List<Choice> movable = new ArrayList<>();
        movable.add(new Choice("", "Choose a visit"));
        for (Stored<VisitRecord> visit : visits) {
            boolean selfPay = workspace.payers().find(visit.value().payerId()).filter(Payer::selfPay).isPresent();
            if (!selfPay) {
                movable.add(new Choice(String.valueOf(visit.id()), visit.value().dateOfService() + " (visit "
                        + visit.id() + ", " + payerName(visit.value().payerId()) + ")"));
            }
        }
        List<Choice> reasons = Arrays.stream(FinancialNotice.Reason.values())
                .map(reason -> new Choice(reason.id(), reason.words())).toList();
        return new ClientRecordView(id, mergedInto, merges, massage, notices, movable, reasons,
                form(ctx, NOTICE_FORM_STATE), form(ctx, MOVE_FORM_STATE), !actor.isTherapist() && mergedInto == null,
                form(ctx, MERGE_FORM_STATE));
    }

    private static FormState form(Context ctx, String which) {
        FormState refused = ctx.attribute(which);
        return refused != null ? refused : FormState.of(new HashMap<>());
    }

    private static String words(PatientMerge merge, long id) {
        PatientMerge.Moved moved = merge.moved();
        String what = "visits " + ids(moved.visits()) + "; claims " + ids(moved.claims()) + "; payments "
                + ids(moved.payments()) + "; referrals " + ids(moved.referrals()) + "; notices " + ids(moved.notices())
                + "; insurance " + (moved.insurance() ? "moved" : "stayed") + "; " + moved.history() + " history entries";
        String when = merge.mergedAt().toString().substring(0, 10) + " by " + merge.mergedBy() + " (" + merge.reason() + ")";
        return merge.survivorId() == id
                ? "Patient " + merge.mergedId() + " was merged into this record on " + when + ": " + what + "."
                : "This record was merged into patient " + merge.survivorId() + " on " + when + ": " + what + ".";
    }

    private static String ids(List<Long> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    private static ClientRecordView.MassageView massage(InsuredMassage.MassageCoverage coverage) {
        String referral = coverage.referral().map(found -> "Dr. " + found.referrer().firstName() + " "
                        + found.referrer().lastName() + " (NPI " + found.referrer().npi() + "), " + found.validFrom() + " to "
                        + found.validThrough() + ", " + found.visitsUsed() + " of " + found.visitsAuthorized()
                        + " visits used: " + coverage.referralStanding().orElse(""))
                .orElse("No referral on file");
        String requirement = coverage.referralRequired().map(required -> required
                ? coverage.payerName() + " wants a physician's referral for massage"
                : coverage.payerName() + " does not ask for a referral for massage").orElse("Not known");
        List<Fact> outcomes = coverage.outcomes().stream()
                .map(outcome -> new Fact(outcome.severity().id(), outcome.words())).toList();
        return new ClientRecordView.MassageView(coverage.payerName(), referral, requirement,
                coverage.askedFor().orElse("no massage therapist on file"), outcomes, coverage.planWontPay());
    }

    private ClientRecordView.NoticeRow notice(Stored<FinancialNotice> stored) {
        FinancialNotice notice = stored.value();
        return new ClientRecordView.NoticeRow(stored.id(), notice.signedOn() + " by " + notice.signedBy(),
                payerName(notice.payerId()), notice.reason().words(), String.join(", ", notice.codes()),
                notice.visitId().map(visit -> "visit " + visit + " (" + notice.coversFrom() + ")")
                        .orElse(notice.coversFrom() + " to " + notice.coversThrough()),
                notice.estimate().map(amount -> "$" + amount).orElse(""));
    }

    private String payerName(String payerId) {
        return workspace.payers().find(payerId).map(Payer::name).orElse(payerId);
    }
}
