package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.web.ServerParts;
import dev.cleanclaim.app.workspace.ClaimView;
import dev.cleanclaim.app.workspace.Claims;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.submission.ClaimFrequency;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * /api/v1/claims: make the claim of a stored visit (one per visit), list claims by status, payer and date of
 * service, read one with its history, and move it through its lifecycle naming the version read.
 */
public final class ClaimResource {

    static final String PATH = "/api/v1/claims";
    private static final int LONGEST_NOTE = 500;

    private final Workspace workspace;

    public ClaimResource(ServerParts parts) {
        this.workspace = parts.workspace();
    }

    public void register(RoutesConfig routes) {
        routes.post(PATH, this::create);
        routes.get(PATH, this::list);
        routes.get(PATH + "/{id}", this::get);
        routes.post(PATH + "/{id}/status", this::move);
        routes.post(PATH + "/{id}/rescrub", this::rescrub);
        routes.post(PATH + "/{id}/corrections", this::correct);
    }

    /** {"version": 3}: scrubs the claim's visit again and keeps the result as the claim's next version. */
    private void rescrub(Context ctx) {
        long id = ApiJson.id(ctx);
        ObjectNode body = ApiJson.body(ctx);
        refuseIfAny(ApiJson.unknownFields(body, Set.of("version")));
        int version = ApiJson.version(ctx, ApiJson.versionField(body));
        ClaimView scrubbed = workspace.claims().rescrub(Requests.actor(ctx), id, version);
        ApiJson.etag(ctx, scrubbed.claim().version());
        ApiJson.send(ctx, 200, ClaimJsonViews.detail(scrubbed));
    }

    /**
     * {"kind": "replacement" | "void", "reason": "...", "version": 5}: corrects a claim the payer has by a new claim
     * (201, its location), which points back to this one; this one becomes corrected or voided.
     */
    private void correct(Context ctx) {
        long id = ApiJson.id(ctx);
        Requests.actor(ctx).requireBillingStaff(Claims.CORRECTING_IS_BILLING_WORK);
        ObjectNode body = ApiJson.body(ctx);
        List<InputProblem> problems = ApiJson.unknownFields(body, Set.of("kind", "reason", "version"));
        Optional<ClaimFrequency> kind = Optional.ofNullable(body.get("kind")).filter(JsonNode::isTextual)
                .flatMap(node -> ClaimFrequency.ofCorrection(node.asText()));
        if (kind.isEmpty()) {
            problems.add(new InputProblem("$.kind", "expected \"replacement\" (CLM05-3 7: the claim as it should have"
                    + " been) or \"void\" (8: take the claim back)"));
        }
        JsonNode reason = body.get("reason");
        if (reason == null || !reason.isTextual() || reason.asText().isBlank() || reason.asText().length() > 400) {
            problems.add(new InputProblem("$.reason", "expected why the claim is corrected, 1 to 400 characters"));
        }
        refuseIfAny(problems);
        OptionalInt inBody = ApiJson.versionField(body);
        // The version read is optional here: the correction is made against the claim as it stands, and fails if it
        // changes meanwhile.
        OptionalInt version = inBody.isPresent() || ctx.header("If-Match") != null
                ? OptionalInt.of(ApiJson.version(ctx, inBody)) : OptionalInt.empty();
        ClaimView made = workspace.claims().correct(Requests.actor(ctx), id, version, kind.orElseThrow(), reason.asText());
        ApiJson.created(ctx, PATH + "/" + made.claim().id(), made.claim().version(), ClaimJsonViews.detail(made));
    }

    private void create(Context ctx) {
        ObjectNode body = ApiJson.body(ctx);
        List<InputProblem> problems = ApiJson.unknownFields(body, Set.of("visitId"));
        JsonNode visitId = body.get("visitId");
        if (visitId == null || !visitId.canConvertToLong() || !visitId.isIntegralNumber() || visitId.asLong() < 1) {
            problems.add(new InputProblem("$.visitId", "expected the id of a stored visit, got "
                    + (visitId == null ? "nothing" : visitId.toString())));
        }
        refuseIfAny(problems);
        ClaimView claim = workspace.claims().create(Requests.actor(ctx), visitId.asLong());
        ApiJson.created(ctx, PATH + "/" + claim.claim().id(), claim.claim().version(), ClaimJsonViews.detail(claim));
    }

    /** A page of claims with the count of all the filter picks, as GET /api/v1/submissions answers. */
    private void list(Context ctx) {
        ArrayNode items = ApiJson.array();
        var actor = Requests.actor(ctx);
        var filter = ClaimQuery.filter(ctx, workspace.rules().payers());
        workspace.claims().list(actor, filter).forEach(claim -> items.add(ClaimJsonViews.summary(claim)));
        ObjectNode page = ApiJson.page(items);
        page.put("total", workspace.claims().count(actor, filter));
        page.put("limit", filter.limit());
        page.put("offset", filter.offset());
        ApiJson.send(ctx, 200, page);
    }

    private void get(Context ctx) {
        ClaimView claim = workspace.claims().get(Requests.actor(ctx), ApiJson.id(ctx));
        ApiJson.etag(ctx, claim.claim().version());
        ApiJson.send(ctx, 200, ClaimJsonViews.detail(claim));
    }

    /**
     * {"status": "submitted", "version": 3, "note": "...", "reason": "..."}; the lifecycle decides which moves are
     * allowed, and a claim with error findings needs the reason to go forward.
     */
    private void move(Context ctx) {
        long id = ApiJson.id(ctx);
        ObjectNode body = ApiJson.body(ctx);
        List<InputProblem> problems = ApiJson.unknownFields(body, Set.of("status", "version", "note", "reason"));
        Optional<ClaimStatus> status = Optional.ofNullable(body.get("status")).filter(JsonNode::isTextual)
                .flatMap(node -> ClaimStatus.parse(node.asText()));
        if (status.isEmpty()) {
            problems.add(new InputProblem("$.status", "expected the status to move to, one of "
                    + String.join(", ", Arrays.stream(ClaimStatus.values()).map(ClaimStatus::id).toList())));
        }
        JsonNode note = body.get("note");
        if (note != null && !note.isNull() && (!note.isTextual() || note.asText().length() > LONGEST_NOTE)) {
            problems.add(new InputProblem("$.note", "expected a note of at most " + LONGEST_NOTE + " characters"));
        }
        JsonNode reason = body.get("reason");
        if (reason != null && !reason.isNull() && (!reason.isTextual() || reason.asText().length() > LONGEST_NOTE)) {
            problems.add(new InputProblem("$.reason", "expected the reason, at most " + LONGEST_NOTE + " characters"));
        }
        refuseIfAny(problems);
        OptionalInt inBody = ApiJson.versionField(body);
        int version = ApiJson.version(ctx, inBody);
        Optional<String> text = Optional.ofNullable(note).filter(JsonNode::isTextual).map(JsonNode::asText)
                .map(String::strip).filter(value -> !value.isEmpty());
        Optional<String> why = Optional.ofNullable(reason).filter(JsonNode::isTextual).map(JsonNode::asText);
        ClaimView moved = workspace.claims().move(Requests.actor(ctx), id, version, status.orElseThrow(), text, why);
        ApiJson.etag(ctx, moved.claim().version());
        ApiJson.send(ctx, 200, ClaimJsonViews.detail(moved));
    }

    private static void refuseIfAny(List<InputProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InputException("request", problems);
        }
    }
}
