package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.app.workspace.WorkspaceException;
import dev.cleanclaim.core.account.CardDigits;
import dev.cleanclaim.core.account.PaymentLedgerEntry;
import dev.cleanclaim.core.account.Charge;
import dev.cleanclaim.core.account.PatientAccount;
import dev.cleanclaim.core.account.PatientPayment;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A patient's account: balance, charges and payments, recording a payment, the statement and a period's superbill. */
public final class PatientAccountPages {

    private final Workspace workspace;
    private final java.time.Clock clock;

    public PatientAccountPages(Workspace workspace, java.time.Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/patients/{id}/account", ctx -> show(ctx, FormState.of(Map.of()), FormState.of(Map.of()), HttpStatus.OK));
        routes.post("/patients/{id}/payments", this::recordPayment);
        routes.post("/patients/{id}/payments/void", this::voidPayment);
        routes.post("/patients/{id}/payments/refund", this::refund);
        routes.get("/patients/{id}/statement.pdf", this::statement);
        routes.get("/patients/{id}/superbill.pdf", this::superbill);
    }

    private void recordPayment(Context ctx) {
        long id = PageParams.id(ctx);
        Map<String, List<String>> form = ctx.formParamMap();
        try {
            LocalDate receivedOn = date(ctx.formParam("receivedOn"), "receivedOn").orElse(null);
            workspace.accounts().recordPayment(Requests.actor(ctx), id, receivedOn, ctx.formParam("amount"),
                    ctx.formParam("method"), ctx.formParam("reference"), ctx.formParam("cardLastFour"));
            ctx.redirect("/patients/" + id + "/account", HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            show(ctx, FormState.refused(withoutCardNumbers(form), refused), FormState.of(Map.of()), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    /** A payment entered by mistake: kept, struck through with who, when and why, and no longer counted. */
    private void voidPayment(Context ctx) {
        long id = PageParams.id(ctx);
        Map<String, List<String>> form = ctx.formParamMap();
        try {
            workspace.accounts().voidPayment(Requests.actor(ctx), id, paymentId(ctx.formParam("voidPaymentId")),
                    ctx.formParam("voidReason"));
            ctx.redirect("/patients/" + id + "/account", HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            showMoney(ctx, FormState.refused(withoutCardNumbers(form), onForm("void", refused)), FormState.of(Map.of()), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (WorkspaceException.Conflict clash) {
            showMoney(ctx, FormState.of(withoutCardNumbers(form)).withMessage(clash.getMessage()), FormState.of(Map.of()),
                    HttpStatus.CONFLICT);
        }
    }

    /** Money given back from a payment, never more than remains of it. */
    private void refund(Context ctx) {
        long id = PageParams.id(ctx);
        Map<String, List<String>> form = ctx.formParamMap();
        try {
            LocalDate refundedOn = date(ctx.formParam("refundedOn"), "refundedOn").orElse(null);
            workspace.accounts().refund(Requests.actor(ctx), id, paymentId(ctx.formParam("refundPaymentId")), refundedOn,
                    ctx.formParam("refundAmount"), ctx.formParam("refundMethod"), ctx.formParam("refundReason"));
            ctx.redirect("/patients/" + id + "/account", HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            showMoney(ctx, FormState.of(Map.of()), FormState.refused(withoutCardNumbers(form), onForm("refund", refused)), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (WorkspaceException.Conflict clash) {
            showMoney(ctx, FormState.of(Map.of()), FormState.of(withoutCardNumbers(form)).withMessage(clash.getMessage()),
                    HttpStatus.CONFLICT);
        }
    }

    /**
     * The void and refund forms share the page with the payment form, so their fields carry a prefix ("refundAmount")
     * to keep every field's id unique; the workspace names them as the API does ("$.amount").
     */
    private static InputException onForm(String prefix, InputException refused) {
        return new InputException(refused.file(), refused.problems().stream().map(problem -> {
            String field = problem.path().startsWith("$.") ? problem.path().substring(2) : problem.path();
            if (field.equals("refundedOn")) {
                return problem;
            }
            return new InputProblem(prefix + Character.toUpperCase(field.charAt(0)) + field.substring(1), problem.message());
        }).toList());
    }

    private static long paymentId(String text) {
        try {
            long id = Long.parseLong(text == null ? "" : text.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InputException("form", List.of(new InputProblem("paymentId", "choose the payment")));
    }

    /** A refused form is shown again, but never with a card number someone typed into it. */
    private static Map<String, List<String>> withoutCardNumbers(Map<String, List<String>> form) {
        Map<String, List<String>> kept = new java.util.LinkedHashMap<>();
        form.forEach((field, values) -> kept.put(field, values.stream()
                .map(value -> CardDigits.holdsCardNumber(value) ? "" : value).toList()));
        return kept;
    }

    private void statement(Context ctx) {
        long id = PageParams.id(ctx);
        byte[] pdf = workspace.accounts().statement(Requests.actor(ctx), id);
        ctx.contentType("application/pdf").header("Content-Disposition", "attachment; filename=\"statement-patient-" + id + ".pdf\"")
                .result(pdf);
    }

    private void superbill(Context ctx) {
        long id = PageParams.id(ctx);
        Map<String, List<String>> query = ctx.queryParamMap();
        try {
            LocalDate from = date(ctx.queryParam("from"), "from").orElseThrow(() -> missing("from"));
            LocalDate through = date(ctx.queryParam("through"), "through").orElseThrow(() -> missing("through"));
            byte[] pdf = workspace.accounts().superbill(Requests.actor(ctx), id, from, through);
            ctx.contentType("application/pdf").header("Content-Disposition",
                    "attachment; filename=\"superbill-patient-" + id + "-" + from + "-" + through + ".pdf\"").result(pdf);
        } catch (InputException refused) {
            show(ctx, FormState.of(Map.of()), FormState.refused(query, refused), HttpStatus.BAD_REQUEST);
        }
    }

    private void show(Context ctx, FormState paymentForm, FormState superbillForm, HttpStatus status) {
        render(ctx, paymentForm, superbillForm, FormState.of(Map.of()), FormState.of(Map.of()), status);
    }

    private void showMoney(Context ctx, FormState voidForm, FormState refundForm, HttpStatus status) {
        render(ctx, FormState.of(Map.of()), FormState.of(Map.of()), voidForm, refundForm, status);
    }

    private void render(Context ctx, FormState paymentForm, FormState superbillForm, FormState voidForm,
                        FormState refundForm, HttpStatus status) {
        Actor actor = Requests.actor(ctx);
        long id = PageParams.id(ctx);
        String name = PatientNames.name(workspace.patients().get(actor, id).value().patient().person());
        PatientAccount account = workspace.accounts().account(actor, id);
        List<PatientAccountView.ChargeRow> charges = new ArrayList<>();
        for (Charge charge : account.charges()) {
            charges.add(new PatientAccountView.ChargeRow(charge.claimId(), charge.dateOfService().toString(),
                    charge.controlNumber(), charge.services(), PaymentViews.dollars(charge.charge()),
                    PaymentViews.dollars(charge.insurancePaid()), PaymentViews.dollars(charge.writtenOff()),
                    PaymentViews.dollars(charge.pending()), PaymentViews.dollars(charge.patientShare()),
                    PaymentViews.dollars(account.settledOf(charge))));
        }
        List<PaymentLedgerEntry> ledger = workspace.accounts().ledger(actor, id);
        List<PatientAccountView.PaymentRow> payments = ledger.stream().map(PatientAccountPages::row).toList();
        List<Choice> refundable = ledger.stream().filter(entry -> entry.remaining().cents() > 0)
                .map(entry -> new Choice(String.valueOf(entry.id()), entry.payment().receivedOn() + " "
                        + entry.payment().method().label() + " $" + entry.remaining())).toList();
        boolean credit = account.balance().cents() < 0;
        List<Choice> methods = Arrays.stream(PatientPayment.Method.values())
                .map(method -> new Choice(method.id(), method.label())).toList();
        FormState superbill = superbillForm.values().isEmpty() ? FormState.of(Map.of(
                "from", List.of(LocalDate.now(clock).withDayOfYear(1).toString()),
                "through", List.of(LocalDate.now(clock).toString()))) : superbillForm;
        ctx.status(status);
        Pages.render(ctx, "patients/account.jte", Map.of("frame", Frame.of(ctx, name + ": account", "patients"),
                "view", new PatientAccountView(id, name, credit ? "Credit" : "Balance due",
                        PaymentViews.dollars(credit ? new dev.cleanclaim.core.money.Money(-account.balance().cents()) : account.balance()),
                        PaymentViews.dollars(account.pendingWithInsurance()), charges, payments, paymentForm, superbill,
                        methods, LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString(), voidForm, refundForm,
                        refundable)));
    }

    private static PatientAccountView.PaymentRow row(PaymentLedgerEntry entry) {
        PatientPayment payment = entry.payment();
        String voided = entry.voided().map(how -> "Voided " + how.at().atZone(ZoneOffset.UTC).toLocalDate() + " by "
                + how.by() + ": " + how.reason()).orElse("");
        List<String> refunds = entry.refunds().stream().map(refund -> "Refunded " + PaymentViews.dollars(refund.amount())
                + " on " + refund.refundedOn() + " by " + refund.method().label() + " (" + refund.by() + "): "
                + refund.reason()).toList();
        return new PatientAccountView.PaymentRow(entry.id(), payment.receivedOn().toString(), payment.method().label(),
                entry.cardLastFour().map(digits -> "…" + digits).orElse(""), payment.reference().orElse(""),
                PaymentViews.dollars(payment.amount()), voided, refunds);
    }

    private static Optional<LocalDate> date(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            throw new InputException("form", List.of(new InputProblem(field, "expected a date YYYY-MM-DD, got \"" + text + "\"")));
        }
    }

    private static InputException missing(String field) {
        return new InputException("superbill", List.of(new InputProblem(field, "enter a date YYYY-MM-DD")));
    }
}
