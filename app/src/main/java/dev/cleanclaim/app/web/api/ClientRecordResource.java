package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.FinancialNoticeReader;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.web.ServerParts;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.InsuredMassage;
import dev.cleanclaim.app.workspace.SelfPayChoice;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.client.FinancialNotice;
import dev.cleanclaim.store.PatientMerge;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.VisitRecord;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * One client, one record, and insured massage in the same place (issue 19): merging a duplicate record into the one
 * that survives and reading merges back; what the client's plan says about massage; the financial responsibility
 * notices the client signed; and moving a visit the plan won't pay to self-pay. The workspace decides who may and
 * audits every read and write.
 */
public final class ClientRecordResource {

    static final String PATIENTS = "/api/v1/patients/{id}";

    private final Workspace workspace;

    public ClientRecordResource(ServerParts parts) {
        this.workspace = parts.workspace();
    }

    public void register(RoutesConfig routes) {
        routes.get(PATIENTS + "/merges", this::merges);
        routes.post(PATIENTS + "/merges", this::merge);
        routes.get(PATIENTS + "/insured-massage", this::insuredMassage);
        routes.get(PATIENTS + "/financial-notices", this::notices);
        routes.post(PATIENTS + "/financial-notices", this::recordNotice);
        routes.post("/api/v1/visits/{id}/self-pay", this::moveToSelfPay);
    }

    private void merges(Context ctx) {
        ApiJson.onlyQueryParameters(ctx, Set.of());
        ArrayNode items = ApiJson.array();
        workspace.merges().ofPatient(Requests.actor(ctx), ApiJson.id(ctx)).forEach(merge -> items.add(merge(merge)));
        ApiJson.send(ctx, 200, ApiJson.page(items));
    }

    private void merge(Context ctx) {
        long survivor = ApiJson.id(ctx);
        ObjectNode body = ApiJson.body(ctx);
        ApiJson.onlyFields(body, Set.of("duplicate", "reason", "version"));
        JsonNode duplicate = body.get("duplicate");
        if (duplicate == null || !duplicate.isIntegralNumber() || !duplicate.canConvertToLong() || duplicate.asLong() < 1) {
            throw ApiJson.invalid("$.duplicate", "expected the id of the duplicate record to merge into this one (a"
                    + " whole number above 0), got " + (duplicate == null ? "none" : duplicate.toString()));
        }
        JsonNode reason = body.get("reason");
        if (reason != null && !reason.isNull() && !reason.isTextual()) {
            throw ApiJson.invalid("$.reason", "expected text saying why these are one person, got " + reason);
        }
        var version = ApiJson.versionField(body);
        PatientMerge merged = workspace.merges().merge(Requests.actor(ctx), survivor,
                version.isPresent() ? Optional.of(version.getAsInt()) : Optional.empty(), duplicate.asLong(),
                reason == null || reason.isNull() ? null : reason.asText());
        ctx.header("Location", "/api/v1/patients/" + survivor + "/merges");
        ApiJson.send(ctx, 201, merge(merged));
    }

    static ObjectNode merge(PatientMerge merge) {
        ObjectNode node = ApiJson.object().put("id", merge.id()).put("survivor", merge.survivorId())
                .put("merged", merge.mergedId()).put("reason", merge.reason())
                .put("mergedAt", merge.mergedAt().toString()).put("mergedBy", merge.mergedBy());
        ObjectNode moved = node.putObject("moved");
        merge.moved().visits().forEach(moved.putArray("visits")::add);
        merge.moved().claims().forEach(moved.putArray("claims")::add);
        merge.moved().payments().forEach(moved.putArray("payments")::add);
        merge.moved().referrals().forEach(moved.putArray("referrals")::add);
        merge.moved().notices().forEach(moved.putArray("notices")::add);
        moved.put("insurance", merge.moved().insurance()).put("history", merge.moved().history());
        return node;
    }

    private void insuredMassage(Context ctx) {
        ApiJson.onlyQueryParameters(ctx, Set.of());
        Actor actor = Requests.actor(ctx);
        long id = ApiJson.id(ctx);
        workspace.patients().get(actor, id);
        Optional<InsuredMassage.MassageCoverage> coverage = workspace.insuredMassage().of(actor, id);
        ObjectNode node = ApiJson.object().put("selfPay", coverage.isEmpty());
        coverage.ifPresent(found -> {
            node.put("payer", found.payerId()).put("payerName", found.payerName());
            found.referralRequired().ifPresentOrElse(required -> node.put("referralRequired", required),
                    () -> node.putNull("referralRequired"));
            found.referral().ifPresentOrElse(referral -> node.putObject("referral")
                            .put("physician", referral.referrer().firstName() + " " + referral.referrer().lastName())
                            .put("npi", referral.referrer().npi()).put("validFrom", referral.validFrom().toString())
                            .put("validThrough", referral.validThrough().toString())
                            .put("visitsAuthorized", referral.visitsAuthorized()).put("visitsUsed", referral.visitsUsed())
                            .put("standing", found.referralStanding().orElse("")),
                    () -> node.putNull("referral"));
            found.askedFor().ifPresentOrElse(provider -> node.put("askedFor", provider), () -> node.putNull("askedFor"));
            node.put("planWontPay", found.planWontPay());
            ArrayNode rules = node.putArray("rules");
            found.outcomes().forEach(outcome -> rules.addObject().put("rule", outcome.rule())
                    .put("severity", outcome.severity().id()).put("words", outcome.words()));
        });
        ApiJson.send(ctx, 200, node);
    }

    private void notices(Context ctx) {
        ApiJson.onlyQueryParameters(ctx, Set.of());
        ArrayNode items = ApiJson.array();
        workspace.selfPay().notices(Requests.actor(ctx), ApiJson.id(ctx)).forEach(notice -> items.add(notice(notice)));
        ApiJson.send(ctx, 200, ApiJson.page(items));
    }

    private void recordNotice(Context ctx) {
        Actor actor = Requests.actor(ctx);
        long id = ApiJson.id(ctx);
        Stored<PatientRecord> client = workspace.patients().get(actor, id);
        FinancialNotice notice = reader(workspace).read("financial notice", ApiJson.body(ctx), client.value().payerId(),
                visit -> visitDate(workspace, actor, id, visit));
        Stored<FinancialNotice> stored = workspace.selfPay().record(actor, id, notice);
        ApiJson.created(ctx, "/api/v1/patients/" + id + "/financial-notices", 0, notice(stored));
    }

    /** The reader of a notice sent to the API or typed into the client page: one set of checks for both. */
    public static FinancialNoticeReader reader(Workspace workspace) {
        return new FinancialNoticeReader(workspace.rules().codes(), workspace.payers());
    }

    /** The date of one of the client's visits, when it is theirs. */
    public static Optional<LocalDate> visitDate(Workspace workspace, Actor actor, long patientId, long visitId) {
        return workspace.visits().forPatient(actor, patientId).stream().filter(visit -> visit.id() == visitId)
                .findFirst().map(visit -> visit.value().dateOfService());
    }

    static ObjectNode notice(Stored<FinancialNotice> stored) {
        FinancialNotice notice = stored.value();
        ObjectNode node = ApiJson.object().put("id", stored.id()).put("payer", notice.payerId())
                .put("reason", notice.reason().id()).put("reasonWords", notice.reason().words());
        notice.codes().forEach(node.putArray("services")::add);
        notice.visitId().ifPresentOrElse(visit -> node.put("visitId", visit), () -> node.putNull("visitId"));
        node.put("coversFrom", notice.coversFrom().toString()).put("coversThrough", notice.coversThrough().toString());
        notice.estimate().ifPresentOrElse(estimate -> node.put("estimate", estimate.toString()),
                () -> node.putNull("estimate"));
        return node.put("signedOn", notice.signedOn().toString()).put("signedBy", notice.signedBy());
    }

    private void moveToSelfPay(Context ctx) {
        long visitId = ApiJson.id(ctx);
        Optional<Long> notice = Optional.empty();
        if (!ctx.body().isBlank()) {
            ObjectNode body = ApiJson.body(ctx);
            ApiJson.onlyFields(body, Set.of("noticeId"));
            JsonNode id = body.get("noticeId");
            if (id != null && !id.isNull()) {
                if (!id.isIntegralNumber() || !id.canConvertToLong() || id.asLong() < 1) {
                    throw ApiJson.invalid("$.noticeId", "expected the id of the client's signed notice, got " + id);
                }
                notice = Optional.of(id.asLong());
            }
        }
        SelfPayChoice.Moved moved = workspace.selfPay().moveToSelfPay(Requests.actor(ctx), visitId, notice);
        VisitRecord visit = moved.visit().record().value();
        ObjectNode node = ApiJson.object().put("visitId", visitId).put("version", moved.visit().record().version())
                .put("payer", visit.payerId()).put("fromPayer", moved.fromPayerId()).put("noticeId", moved.noticeId());
        moved.claim().ifPresentOrElse(claim -> node.putObject("claim").put("id", claim.id())
                        .put("status", claim.value().status().id()).put("payer", claim.value().payerId())
                        .put("patientControlNumber", claim.value().patientControlNumber()),
                () -> node.putNull("claim"));
        ApiJson.etag(ctx, moved.visit().record().version());
        ApiJson.send(ctx, 200, node);
    }

}
