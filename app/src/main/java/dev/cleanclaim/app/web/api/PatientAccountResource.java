package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.web.ServerParts;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.account.PatientAccount;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * A patient's account over the API: what they owe (or hold as credit), what still waits on insurance, charge by
 * charge; and a payment the front desk took, recorded with the same checks as the account page.
 */
public final class PatientAccountResource {

    private static final Set<String> PAYMENT_FIELDS = Set.of("receivedOn", "amount", "method", "reference", "cardLastFour");
    private static final Set<String> VOID_FIELDS = Set.of("reason");
    private static final Set<String> REFUND_FIELDS = Set.of("refundedOn", "amount", "method", "reason");

    private final Workspace workspace;

    public PatientAccountResource(ServerParts parts) {
        this.workspace = parts.workspace();
    }

    public void register(RoutesConfig routes) {
        routes.get(PatientResource.PATH + "/{id}/account", this::account);
        routes.get(PatientResource.PATH + "/{id}/payments", this::payments);
        routes.post(PatientResource.PATH + "/{id}/payments", this::recordPayment);
        routes.post(PatientResource.PATH + "/{id}/payments/{paymentId}/void", this::voidPayment);
        routes.post(PatientResource.PATH + "/{id}/payments/{paymentId}/refunds", this::refund);
    }

    /** Every payment as taken, voided ones struck and refunds listed under their payment. */
    private void payments(Context ctx) {
        long patientId = ApiJson.id(ctx);
        ApiJson.send(ctx, 200, RemittanceJsonViews.ledger(patientId,
                workspace.accounts().ledger(Requests.actor(ctx), patientId)));
    }

    /** {"reason": "test payment"}: the payment stays in the history, voided, and counts for nothing. */
    private void voidPayment(Context ctx) {
        long patientId = ApiJson.id(ctx);
        long paymentId = ApiJson.id(ctx, "paymentId");
        ObjectNode body = ApiJson.body(ctx);
        ApiJson.onlyFields(body, VOID_FIELDS);
        PatientAccount account = workspace.accounts().voidPayment(Requests.actor(ctx), patientId, paymentId,
                text(body.get("reason")));
        ApiJson.send(ctx, 200, RemittanceJsonViews.account(patientId, account));
    }

    /** {"refundedOn": "2026-11-24", "amount": "30.00", "method": "card", "reason": "session cancelled"}. */
    private void refund(Context ctx) {
        long patientId = ApiJson.id(ctx);
        long paymentId = ApiJson.id(ctx, "paymentId");
        ObjectNode body = ApiJson.body(ctx);
        ApiJson.onlyFields(body, REFUND_FIELDS);
        JsonNode amount = body.get("amount");
        if (amount != null && amount.isNumber()) {
            throw ApiJson.invalid("$.amount", "send the amount as a string of dollars and cents, e.g. \"25.00\"");
        }
        PatientAccount account = workspace.accounts().refund(Requests.actor(ctx), patientId, paymentId,
                date(body.get("refundedOn"), "$.refundedOn"), text(amount), text(body.get("method")), text(body.get("reason")));
        ApiJson.send(ctx, 201, RemittanceJsonViews.account(patientId, account));
    }

    private void account(Context ctx) {
        long patientId = ApiJson.id(ctx);
        PatientAccount account = workspace.accounts().account(Requests.actor(ctx), patientId);
        ApiJson.send(ctx, 200, RemittanceJsonViews.account(patientId, account));
    }

    /** {"receivedOn": "2026-11-23", "amount": "25.00", "method": "hsa", "reference": "desk", "cardLastFour": "4242"}. */
    private void recordPayment(Context ctx) {
        long patientId = ApiJson.id(ctx);
        ObjectNode body = ApiJson.body(ctx);
        ApiJson.onlyFields(body, PAYMENT_FIELDS);
        JsonNode amount = body.get("amount");
        if (amount != null && amount.isNumber()) {
            // A JSON number may already have lost cents on the way (0.1 + 0.2); money comes as a string.
            throw ApiJson.invalid("$.amount", "send the amount as a string of dollars and cents, e.g. \"25.00\"");
        }
        PatientAccount account = workspace.accounts().recordPayment(Requests.actor(ctx), patientId,
                date(body.get("receivedOn"), "$.receivedOn"), text(amount), text(body.get("method")),
                text(body.get("reference")), text(body.get("cardLastFour")));
        ApiJson.send(ctx, 201, RemittanceJsonViews.account(patientId, account));
    }

    private static LocalDate date(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null; // the account names the missing date
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw ApiJson.invalid(field, "expected a date as YYYY-MM-DD, got " + node);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
