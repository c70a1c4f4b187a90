package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.web.ServerParts;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.SubmissionResult;
import dev.cleanclaim.app.workspace.Submissions;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.store.SubmissionSummary;
import dev.cleanclaim.store.SubmittedClaim;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * /api/v1/submissions: send the ready claims (POST; all of them, or {"claims": [ids]}), list the files sent, read
 * one with its claims, and download its 837P exactly as it was written. Billing staff only.
 */
public final class SubmissionResource {

    static final String PATH = "/api/v1/submissions";
    private static final int DEFAULT_LIMIT = 50;
    private static final int LARGEST_LIMIT = 500;

    private final Workspace workspace;

    public SubmissionResource(ServerParts parts) {
        this.workspace = parts.workspace();
    }

    public void register(RoutesConfig routes) {
        routes.post(PATH, this::send);
        routes.get(PATH, this::list);
        routes.get(PATH + "/{id}", this::get);
        routes.get(PATH + "/{id}/837", this::file);
    }

    private void send(Context ctx) {
        Optional<List<Long>> named = Optional.empty();
        if (!ctx.body().isBlank()) {
            ObjectNode body = ApiJson.body(ctx);
            ApiJson.onlyFields(body, Set.of("claims"));
            JsonNode claims = body.get("claims");
            if (claims != null) {
                if (!claims.isArray() || claims.isEmpty()) {
                    throw ApiJson.invalid("$.claims", "expected a list of claim ids to send, or leave it out to send"
                            + " every ready claim");
                }
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < claims.size(); i++) {
                    JsonNode id = claims.get(i);
                    if (!id.isIntegralNumber() || !id.canConvertToLong() || id.asLong() < 1) {
                        throw ApiJson.invalid("$.claims[" + i + "]", "expected a claim id, got " + id);
                    }
                    ids.add(id.asLong());
                }
                named = Optional.of(ids);
            }
        }
        SubmissionResult result = workspace.submissions().send(Requests.actor(ctx), named);
        ObjectNode json = ApiJson.object();
        json.put("claimsSent", result.claimsSent());
        ArrayNode sent = json.putArray("submissions");
        result.sent().forEach(submission -> sent.add(summary(submission)));
        ArrayNode notSent = json.putArray("notSent");
        for (SubmissionResult.NotSent left : result.notSent()) {
            ObjectNode item = notSent.addObject();
            item.put("claimId", left.claimId());
            item.put("controlNumber", left.patientControlNumber());
            left.problems().forEach(item.withArray("problems")::add);
        }
        if (result.sent().size() == 1) {
            ctx.header("Location", PATH + "/" + result.sent().get(0).id());
        }
        ApiJson.send(ctx, result.sent().isEmpty() ? 200 : 201, json);
    }

    private void list(Context ctx) {
        ApiJson.onlyQueryParameters(ctx, Set.of("limit", "offset"));
        int limit = number(ctx, "limit", DEFAULT_LIMIT, 1, LARGEST_LIMIT);
        int offset = number(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        Actor actor = Requests.actor(ctx);
        ArrayNode items = ApiJson.array();
        workspace.submissions().list(actor, limit, offset).forEach(submission -> items.add(summary(submission)));
        ObjectNode page = ApiJson.page(items);
        page.put("total", workspace.submissions().count(actor));
        page.put("limit", limit);
        page.put("offset", offset);
        ApiJson.send(ctx, 200, page);
    }

    private void get(Context ctx) {
        Actor actor = Requests.actor(ctx);
        long id = ApiJson.id(ctx);
        ObjectNode json = summary(workspace.submissions().get(actor, id));
        ArrayNode claims = json.putArray("claims");
        for (SubmittedClaim claim : workspace.submissions().claimsOf(actor, id)) {
            ObjectNode item = claims.addObject();
            item.put("claimId", claim.claimId());
            item.put("controlNumber", claim.patientControlNumber());
            item.put("payer", claim.payerId());
            item.put("transaction", claim.transactionControlNumber());
            item.put("totalCharge", claim.totalCharge().toString());
            item.put("status", claim.status().id());
            item.put("href", ClaimResource.PATH + "/" + claim.claimId());
        }
        ApiJson.send(ctx, 200, json);
    }

    private void file(Context ctx) {
        Actor actor = Requests.actor(ctx);
        long id = ApiJson.id(ctx);
        SubmissionSummary submission = workspace.submissions().get(actor, id);
        byte[] body = workspace.submissions().file(actor, id);
        ctx.header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + Submissions.fileName(submission) + "\"")
                .contentType("application/edi-x12").result(body);
    }

    static ObjectNode summary(SubmissionSummary submission) {
        ObjectNode json = ApiJson.object();
        json.put("id", submission.id());
        json.put("interchangeControlNumber", submission.controlNumber());
        json.put("sender", submission.senderId());
        json.put("receiver", submission.receiverId());
        json.put("usage", submission.usage());
        json.put("claims", submission.claimCount());
        json.put("totalCharge", submission.totalCharge().toString());
        json.put("sha256", submission.sha256());
        json.put("createdAt", submission.createdAt().toString());
        json.put("createdBy", submission.createdBy());
        json.put("href", PATH + "/" + submission.id());
        json.put("file", PATH + "/" + submission.id() + "/837");
        return json;
    }

    private static int number(Context ctx, String name, int fallback, int least, int most) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // refused below with the range
        }
        throw ApiJson.invalid(name, "expected a whole number from " + least + " to " + most + ", got \"" + text + "\"");
    }
}
