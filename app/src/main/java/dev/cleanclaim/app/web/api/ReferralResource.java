package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.ReferralReader;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.web.ServerParts;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.referral.Referral;
import dev.cleanclaim.core.referral.ReferralStanding;
import dev.cleanclaim.store.Stored;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.LocalDate;

/**
 * /api/v1/patients/{id}/referrals: the physician referrals on file for a patient, each with its standing today
 * (valid with visits left, expired, not yet valid, or used up), so a biller sees a problem before the payer does.
 */
public final class ReferralResource {

    private static final String PATH = PatientResource.PATH + "/{id}/referrals";

    private final Workspace workspace;
    private final Clock clock;
    private final ReferralReader reader = new ReferralReader();

    public ReferralResource(ServerParts parts) {
        this.workspace = parts.workspace();
        this.clock = parts.clock();
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::list);
        routes.post(PATH, this::create);
    }

    private void list(Context ctx) {
        LocalDate today = LocalDate.now(clock);
        ArrayNode items = ApiJson.array();
        workspace.patients().referrals(Requests.actor(ctx), ApiJson.id(ctx))
                .forEach(referral -> items.add(write(referral, today)));
        ApiJson.send(ctx, 200, ApiJson.page(items));
    }

    private void create(Context ctx) {
        long patientId = ApiJson.id(ctx);
        Referral referral = reader.read("referral", ApiJson.body(ctx));
        Stored<Referral> created = workspace.patients().addReferral(Requests.actor(ctx), patientId, referral);
        // no Location: a referral is read in its patient's list, it has no address of its own
        ApiJson.send(ctx, 201, write(created, LocalDate.now(clock)));
    }

    static ObjectNode write(Stored<Referral> stored, LocalDate today) {
        Referral referral = stored.value();
        ObjectNode node = ApiJson.object().put("id", stored.id()).put("version", stored.version());
        node.putObject("referrer").put("firstName", referral.referrer().firstName())
                .put("lastName", referral.referrer().lastName()).put("npi", referral.referrer().npi());
        node.put("referralNumber", referral.referrer().referralNumber().orElse(null));
        node.put("validFrom", referral.validFrom().toString()).put("validThrough", referral.validThrough().toString());
        node.put("visitsAuthorized", referral.visitsAuthorized()).put("visitsUsed", referral.visitsUsed());
        node.set("standing", standing(referral.standingOn(today), today));
        return node;
    }

    private static ObjectNode standing(ReferralStanding standing, LocalDate today) {
        ObjectNode node = ApiJson.object().put("on", today.toString()).put("status", status(standing));
        if (standing instanceof ReferralStanding.Valid valid) {
            node.put("visitsLeft", valid.visitsLeft());
        } else {
            node.put("problem", standing.problem());
        }
        return node;
    }

    private static String status(ReferralStanding standing) {
        if (standing instanceof ReferralStanding.Valid) {
            return "valid";
        }
        if (standing instanceof ReferralStanding.Expired) {
            return "expired";
        }
        return standing instanceof ReferralStanding.NotYetValid ? "not-yet-valid" : "used-up";
    }
}
