package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.Workspace;
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
        routes.get("/patients/{id}/statement.pdf", this::statement);
        routes.get("/patients/{id}/superbill.pdf", this::superbill);
    }

    private void recordPayment(Context ctx) {
        long id = PageParams.id(ctx);
        Map<String, List<String>> form = ctx.formParamMap();
        try {
            LocalDate receivedOn = date(ctx.formParam("receivedOn"), "receivedOn").orElse(null);
            workspace.accounts().recordPayment(Requests.actor(ctx), id, receivedOn, ctx.formParam("amount"),
                    ctx.formParam("method"), ctx.formParam("reference"));
            ctx.redirect("/patients/" + id + "/account", HttpStatus.SEE_OTHER);
        } catch (InputException refused) {
            show(ctx, FormState.refused(form, refused), FormState.of(Map.of()), HttpStatus.UNPROCESSABLE_CONTENT);
        }
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
        List<PatientAccountView.PaymentRow> payments = account.payments().stream()
                .map(payment -> new PatientAccountView.PaymentRow(payment.receivedOn().toString(), payment.method().id(),
                        payment.reference().orElse(""), PaymentViews.dollars(payment.amount()))).toList();
        boolean credit = account.balance().cents() < 0;
        List<Choice> methods = Arrays.stream(PatientPayment.Method.values())
                .map(method -> new Choice(method.id(), method.id())).toList();
        FormState superbill = superbillForm.values().isEmpty() ? FormState.of(Map.of(
                "from", List.of(LocalDate.now(clock).withDayOfYear(1).toString()),
                "through", List.of(LocalDate.now(clock).toString()))) : superbillForm;
        ctx.status(status);
        Pages.render(ctx, "patients/account.jte", Map.of("frame", Frame.of(ctx, name + ": account", "patients"),
                "view", new PatientAccountView(id, name, credit ? "Credit" : "Balance due",
                        PaymentViews.dollars(credit ? new dev.cleanclaim.core.money.Money(-account.balance().cents()) : account.balance()),
                        PaymentViews.dollars(account.pendingWithInsurance()), charges, payments, paymentForm, superbill,
                        methods, LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString())));
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
