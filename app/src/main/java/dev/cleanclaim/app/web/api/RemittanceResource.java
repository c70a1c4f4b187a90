package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.web.ServerParts;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.ClaimPayments;
import dev.cleanclaim.app.workspace.RemittanceImport;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.app.web.PageRequest;
import dev.cleanclaim.core.remit.ReasonCode;
import dev.cleanclaim.core.remit.RemittanceCodes;
import dev.cleanclaim.store.DeniedLine;
import dev.cleanclaim.store.Page;
import dev.cleanclaim.store.PostedPayment;
import dev.cleanclaim.store.RemittanceSummary;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * /api/v1/remittances and a claim's payments: a billing service posts the payer's 835 as it came (the same import
 * as the web upload and {@code cleanclaim import 835}, so a file sent twice changes nothing), lists and reads what
 * was received, works the queue of payments that matched no claim, and reads each claim's payments with its denials
 * traced to the rules.
 */
public final class RemittanceResource {

    static final String PATH = "/api/v1/remittances";
    private static final String DEFAULT_FILE_NAME = "upload.835";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._ -]{1,120}");

    private static final Set<String> PAGING = Set.of("page", "limit");

    private final Workspace workspace;

    public RemittanceResource(ServerParts parts) {
        this.workspace = parts.workspace();
    }

    public void register(RoutesConfig routes) {
        routes.post(PATH, this::upload);
        routes.get(PATH, this::list);
        // The queue routes come before {id}: the first route that matches answers.
        routes.get(PATH + "/queue", this::queue);
        routes.post(PATH + "/queue/retry", this::retry);
        routes.get(PATH + "/denials", this::denials);
        routes.post(PATH + "/payments/{id}/reversal", this::reverse);
        routes.get(PATH + "/{id}", this::get);
        routes.get(ClaimResource.PATH + "/{id}/payments", this::claimPayments);
        routes.post(ClaimResource.PATH + "/{id}/payments", this::postQueuedPayment);
    }

    /** The 835 file itself as the body; ?file= names it in the history, as an uploaded file's name would. */
    private void upload(Context ctx) {
        ApiJson.onlyQueryParameters(ctx, Set.of("file"));
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            throw ApiJson.invalid("Content-Type", "send the 835 file itself (application/edi-x12, text/plain or"
                    + " application/octet-stream), not JSON");
        }
        String fileName = ctx.queryParamAsClass("file", String.class).getOrDefault(DEFAULT_FILE_NAME).strip();
        if (!FILE_NAME.matcher(fileName).matches()) {
            throw ApiJson.invalid("file", "expected a plain file name (letters, digits, '.', '_', '-', spaces; at most"
                    + " 120), got \"" + fileName + "\"");
        }
        byte[] content = ctx.bodyAsBytes();
        if (content.length == 0) {
            throw ApiJson.invalid("body", "empty; send the payer's 835 file as the request body");
        }
        RemittanceImport imported = workspace.remittances().importFile(Requests.actor(ctx), fileName, content);
        ApiJson.send(ctx, RemittanceImportJson.anythingNew(imported) ? 201 : 200, RemittanceImportJson.of(fileName, imported));
    }

    private void list(Context ctx) {
        ApiJson.onlyQueryParameters(ctx, PAGING);
        PageRequest request = PageRequest.of(ctx);
        Page<RemittanceSummary> page = workspace.remittances().list(Requests.actor(ctx), request.page(), request.limit());
        ArrayNode items = ApiJson.array();
        page.items().forEach(summary -> items.add(RemittanceJsonViews.summary(summary)));
        ApiJson.send(ctx, 200, ApiJson.page(items, page));
    }

    private void get(Context ctx) {
        ApiJson.send(ctx, 200, RemittanceJsonViews.detail(workspace.remittances().get(Requests.actor(ctx), ApiJson.id(ctx))));
    }

    /** The payments that matched no claim, oldest first, each with its reason and its denials in words. */
    private void queue(Context ctx) {
        ApiJson.onlyQueryParameters(ctx, PAGING);
        PageRequest request = PageRequest.of(ctx);
        Page<PostedPayment> page = workspace.remittances().queue(Requests.actor(ctx), request.page(), request.limit());
        ArrayNode items = ApiJson.array();
        for (PostedPayment waiting : page.items()) {
            items.add(RemittanceJsonViews.payment(waiting, workspace.remittances().explainQueued(waiting)));
        }
        ApiJson.send(ctx, 200, ApiJson.page(items, page));
    }

    /** The denials to work, a page at a time: each denied line with its claim, code and reason in words. */
    private void denials(Context ctx) {
        ApiJson.onlyQueryParameters(ctx, PAGING);
        PageRequest request = PageRequest.of(ctx);
        Page<DeniedLine> page = workspace.remittances().denialsToWork(Requests.actor(ctx), request.page(), request.limit());
        ArrayNode items = ApiJson.array();
        RemittanceCodes codes = workspace.rules().remittance();
        for (DeniedLine denied : page.items()) {
            ObjectNode item = items.addObject();
            item.put("claimPaymentId", denied.claimPaymentId()).put("claimId", denied.claimId())
                    .put("controlNumber", denied.controlNumber()).put("payer", denied.payerName())
                    .put("paymentDate", denied.paymentDate().toString());
            denied.lineNumber().ifPresentOrElse(line -> item.put("line", line), () -> item.putNull("line"));
            item.put("procedureCode", denied.procedureCode().orElse(null)).put("charge", denied.charge().toString())
                    .put("adjustment", denied.adjustment().code()).put("amount", denied.adjustment().amount().toString())
                    .put("reason", codes.reason(denied.adjustment().reason()).map(ReasonCode::meaning)
                            .orElse("not in the CARC list"));
        }
        ApiJson.send(ctx, 200, ApiJson.page(items, page));
    }

    /** {"reason": "..."}: staff take back a posted payment; it is kept, marked reversed, and the claim reopens. */
    private void reverse(Context ctx) {
        long paymentId = ApiJson.id(ctx);
        ObjectNode body = ApiJson.body(ctx);
        ApiJson.onlyFields(body, Set.of("reason"));
        JsonNode reason = body.get("reason");
        if (reason == null || !reason.isTextual() || reason.asText().isBlank()) {
            throw ApiJson.invalid("$.reason", "say why the payment is reversed, as text");
        }
        ClaimPayments payments = workspace.remittances().reverse(Requests.actor(ctx), paymentId, reason.asText());
        long claimId = payments.payments().stream().findFirst().flatMap(p -> p.posted().claimId()).orElse(0L);
        ObjectNode answer = RemittanceJsonViews.claimPayments(claimId, payments);
        answer.put("reversedClaimPaymentId", paymentId);
        ApiJson.send(ctx, 200, answer);
    }

    /** Matches the queue again, for claims created since their payment arrived. */
    private void retry(Context ctx) {
        int posted = workspace.remittances().retryQueue(Requests.actor(ctx));
        ApiJson.send(ctx, 200, ApiJson.object().put("posted", posted));
    }

    private void claimPayments(Context ctx) {
        long claimId = ApiJson.id(ctx);
        ClaimPayments payments = workspace.remittances().forClaim(Requests.actor(ctx), claimId);
        ApiJson.send(ctx, 200, RemittanceJsonViews.claimPayments(claimId, payments));
    }

    /**
     * {"claimPaymentId": 12, "overrideReason": "..."}: posts a payment waiting in the queue to this claim, as a biller
     * decided. A payment that differs from the claim (patient, member id, dates, codes, charge) is refused with 422,
     * one problem per difference, unless an override reason is given.
     */
    private void postQueuedPayment(Context ctx) {
        long claimId = ApiJson.id(ctx);
        ObjectNode body = ApiJson.body(ctx);
        ApiJson.onlyFields(body, Set.of("claimPaymentId", "overrideReason"));
        JsonNode override = body.get("overrideReason");
        if (override != null && !override.isNull() && !override.isTextual()) {
            throw ApiJson.invalid("$.overrideReason", "expected text: why the payment is posted although it differs");
        }
        JsonNode paymentId = body.get("claimPaymentId");
        if (paymentId == null || !paymentId.isIntegralNumber() || !paymentId.canConvertToLong() || paymentId.asLong() < 1) {
            throw ApiJson.invalid("$.claimPaymentId", "expected the id of a claim payment waiting in the queue, got "
                    + (paymentId == null ? "nothing" : paymentId.toString()));
        }
        Actor actor = Requests.actor(ctx);
        ClaimPayments payments = workspace.remittances().match(actor, paymentId.asLong(), claimId,
                Optional.ofNullable(override).filter(JsonNode::isTextual).map(JsonNode::asText));
        ApiJson.send(ctx, 200, RemittanceJsonViews.claimPayments(claimId, payments));
    }
}
