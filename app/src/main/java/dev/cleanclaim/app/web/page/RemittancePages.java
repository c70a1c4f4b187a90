package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.RemittanceDetail;
import dev.cleanclaim.app.workspace.RemittanceImport;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.app.workspace.WorkspaceException;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.ProviderAdjustment;
import dev.cleanclaim.core.remit.Remittance;
import dev.cleanclaim.core.remit.RemittanceCodes;
import dev.cleanclaim.app.web.PageRequest;
import dev.cleanclaim.core.remit.ReasonCode;
import dev.cleanclaim.store.DeniedLine;
import dev.cleanclaim.store.Page;
import dev.cleanclaim.store.PostedPayment;
import dev.cleanclaim.store.RemittanceSummary;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remittances: upload an 835, see what it posted and what waits, read one payment claim by claim, and post a waiting
 * payment to the claim it belongs to.
 */
public final class RemittancePages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    /** An 835 of a small practice is kilobytes; a payer's monthly file for a clinic is a few megabytes at most. */
    private static final long LARGEST_FILE = 20L * 1024 * 1024;

    private final Workspace workspace;
    private final PaymentViews payments;

    public RemittancePages(Workspace workspace) {
        this.workspace = workspace;
        this.payments = new PaymentViews(workspace.rules());
    }

    public void register(RoutesConfig routes) {
        routes.get("/remittances", ctx -> list(ctx, FormState.of(Map.of()), null, HttpStatus.OK));
        routes.post("/remittances", this::upload);
        routes.get("/remittances/queue", ctx -> queue(ctx, FormState.of(Map.of()), null, HttpStatus.OK));
        routes.post("/remittances/queue/retry", this::retry);
        routes.get("/remittances/denials", this::denials);
        routes.get("/remittances/{id}", this::show);
        routes.post("/claim-payments/{id}/match", this::match);
        routes.post("/claim-payments/{id}/reverse", this::reverse);
    }

    private void upload(Context ctx) {
        Actor actor = Requests.actor(ctx);
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            list(ctx, FormState.refused(Map.of(), new InputException("upload", List.of(
                    new InputProblem("file", "choose the payer's 835 file to upload")))),
                    null, HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        if (file.size() > LARGEST_FILE) {
            list(ctx, FormState.refused(Map.of(), new InputException(file.filename(), List.of(
                    new InputProblem("file", "is " + file.size() / 1024 / 1024
                            + " MB; an 835 of more than 20 MB is not expected, split it by payment")))),
                    null, HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        try (InputStream in = file.content()) {
            RemittanceImport imported = workspace.remittances().importFile(actor, file.filename(), in.readAllBytes());
            list(ctx, FormState.of(Map.of()), importView(imported), HttpStatus.OK);
        } catch (InputException refused) {
            list(ctx, FormState.refused(Map.of(), refused), null, HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (WorkspaceException.Conflict conflict) {
            // A trace number imported before with other content: shown on the upload form, nothing posted
            list(ctx, FormState.refused(Map.of(), new InputException(file.filename(), List.of(
                    new InputProblem("file", conflict.getMessage())))), null, HttpStatus.CONFLICT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void list(Context ctx, FormState upload, RemittanceListView.ImportView imported, HttpStatus status) {
        Actor actor = Requests.actor(ctx);
        PageRequest request = PageRequest.of(ctx);
        Page<RemittanceSummary> page = workspace.remittances().list(actor, request.page(), request.limit());
        List<RemittanceListView.Row> rows = page.items().stream().map(RemittancePages::row).toList();
        int queued = workspace.remittances().queueSize(actor);
        ctx.status(status);
        Pages.render(ctx, "remittances/list.jte", Map.of("frame", Frame.of(ctx, "Remittances", "remittances"),
                "view", new RemittanceListView(upload, imported, rows, queued, Pager.of("/remittances", page))));
    }

    private void show(Context ctx) {
        Actor actor = Requests.actor(ctx);
        RemittanceDetail detail = workspace.remittances().get(actor, PageParams.id(ctx));
        RemittanceCodes codes = workspace.rules().remittance();
        List<PaymentView> views = detail.payments().stream().map(payment -> paymentView(actor, payment)).toList();
        Money claimsPaid = detail.payments().stream().map(payment -> payment.payment().paid()).reduce(Money.ZERO, Money::plus);
        Money adjusted = detail.providerAdjustments().stream().map(ProviderAdjustment::amount).reduce(Money.ZERO, Money::plus);
        List<RemittanceDetailView.ProviderAdjustmentRow> plb = detail.providerAdjustments().stream()
                .map(adjustment -> new RemittanceDetailView.ProviderAdjustmentRow(adjustment.providerId(),
                        adjustment.fiscalPeriodEnd().toString(), adjustment.reason(),
                        codes.providerAdjustmentReason(adjustment.reason()).orElse("not in the PLB reason list"),
                        adjustment.reference().orElse(""), PaymentViews.dollars(adjustment.amount()))).toList();
        boolean balances = Remittance.balances(claimsPaid, adjusted, detail.summary().totalPaid());
        Pages.render(ctx, "remittances/show.jte", Map.of("frame", Frame.of(ctx, "Remittance " + detail.summary().traceNumber(),
                "remittances"), "view", new RemittanceDetailView(row(detail.summary()), detail.summary().payeeName(), views,
                plb, PaymentViews.dollars(claimsPaid), PaymentViews.dollars(adjusted), balances)));
    }

    private void queue(Context ctx, FormState form, String notice, HttpStatus status) {
        Actor actor = Requests.actor(ctx);
        PageRequest request = PageRequest.of(ctx);
        Page<PostedPayment> page = workspace.remittances().queue(actor, request.page(), request.limit());
        List<PaymentView> waiting = page.items().stream().map(payment -> paymentView(actor, payment)).toList();
        ctx.status(status);
        Pages.render(ctx, "remittances/queue.jte", Map.of("frame", Frame.of(ctx, "Unmatched payments", "remittances"),
                "view", new RemittanceQueueView(form, notice, waiting, Pager.of("/remittances/queue", page))));
    }

    private void denials(Context ctx) {
        Actor actor = Requests.actor(ctx);
        PageRequest request = PageRequest.of(ctx);
        Page<DeniedLine> page = workspace.remittances().denialsToWork(actor, request.page(), request.limit());
        RemittanceCodes codes = workspace.rules().remittance();
        List<DenialsToWorkView.Row> rows = page.items().stream().map(denied -> new DenialsToWorkView.Row(denied.claimId(),
                denied.controlNumber(), denied.lineNumber().map(line -> "line " + line)
                .orElse(denied.procedureCode().isPresent() ? "none of ours" : "claim"),
                denied.procedureCode().orElse(""), denied.payerName(), denied.paymentDate().toString(),
                denied.adjustment().code(), PaymentViews.dollars(denied.adjustment().amount()),
                codes.reason(denied.adjustment().reason()).map(ReasonCode::meaning).orElse("not in the CARC list"))).toList();
        Pages.render(ctx, "remittances/denials.jte", Map.of("frame", Frame.of(ctx, "Denials to work", "remittances"),
                "view", new DenialsToWorkView(rows, Pager.of("/remittances/denials", page))));
    }

    /** Staff take back a posted payment with a reason; the claim page shows it reversed (or it is back in the queue). */
    private void reverse(Context ctx) {
        Actor actor = Requests.actor(ctx);
        long paymentId = PageParams.id(ctx);
        String reason = Optional.ofNullable(ctx.formParam("reason")).map(String::trim).orElse("");
        long claimId = workspace.remittances().payment(actor, paymentId).claimId().orElse(0L);
        try {
            workspace.remittances().reverse(actor, paymentId, reason);
            ctx.redirect("/claims/" + claimId + "#payments", HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            queue(ctx, FormState.refused(Map.of("reason", List.of(reason)), refused), null, HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (WorkspaceException.Conflict conflict) {
            queue(ctx, FormState.of(Map.of()).withMessage(conflict.getMessage()), null, HttpStatus.CONFLICT);
        }
    }

    private void retry(Context ctx) {
        int posted = workspace.remittances().retryQueue(Requests.actor(ctx));
        queue(ctx, FormState.of(Map.of()), posted == 0 ? "No waiting payment matches a claim yet."
                : posted + " waiting payment(s) matched a claim and were posted.", HttpStatus.OK);
    }

    private void match(Context ctx) {
        Actor actor = Requests.actor(ctx);
        long paymentId = PageParams.id(ctx);
        String controlNumber = Optional.ofNullable(ctx.formParam("controlNumber")).map(String::trim).orElse("");
        String override = Optional.ofNullable(ctx.formParam("overrideReason")).map(String::trim).orElse("");
        Map<String, List<String>> form = Map.of("controlNumber", List.of(controlNumber), "overrideReason", List.of(override));
        try {
            long claimId = workspace.claims().idOfControlNumber(actor, controlNumber);
            workspace.remittances().match(actor, paymentId, claimId, Optional.of(override).filter(text -> !text.isEmpty()));
            ctx.redirect("/claims/" + claimId + "#payments", HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            queue(ctx, FormState.refused(form, refused), null, HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (WorkspaceException.Conflict conflict) {
            queue(ctx, FormState.of(form).withMessage(conflict.getMessage()), null, HttpStatus.CONFLICT);
        }
    }

    /** A payment with its denials explained: against the claim's scrub when posted, by its codes alone when queued. */
    private PaymentView paymentView(Actor actor, PostedPayment payment) {
        return payments.of(payment, workspace.remittances().explain(actor, payment));
    }

    private static RemittanceListView.Row row(RemittanceSummary summary) {
        return new RemittanceListView.Row(summary.id(), summary.paymentDate().toString(), summary.payerName(),
                summary.traceNumber(), summary.method(), PaymentViews.dollars(summary.totalPaid()), summary.claims(),
                summary.unmatched(), summary.fileName(), WHEN.format(summary.receivedAt()));
    }

    private static RemittanceListView.ImportView importView(RemittanceImport imported) {
        List<RemittanceListView.Outcome> outcomes = imported.transactions().stream().map(transaction -> {
            String result = transaction instanceof RemittanceImport.Imported done
                    ? done.posted() + " claim payment(s) posted, " + done.queued() + " waiting in the queue"
                    : "imported before: nothing changed";
            return new RemittanceListView.Outcome(transaction.remittanceId(), transaction.payerName(),
                    transaction.traceNumber(), result);
        }).toList();
        return new RemittanceListView.ImportView(imported.fileName(), outcomes, imported.warnings());
    }
}
