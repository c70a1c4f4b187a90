package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.store.ClaimFilter;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.Stored;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The dashboard at /: where the practice's claims stand, for the claims the signed-in user may see. */
public final class DashboardPage {

    private static final int DENIALS_SHOWN = 10;
    private static final ClaimFilter EVERY_CLAIM = new ClaimFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), 5000);

    private final Workspace workspace;

    public DashboardPage(Workspace workspace) {
        this.workspace = workspace;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", this::show);
    }

    private void show(Context ctx) {
        Actor actor = Requests.actor(ctx);
        Pages.render(ctx, "dashboard.jte", Map.of("frame", Frame.of(ctx, "Dashboard", "dashboard"),
                "view", view(workspace.claims().list(actor, EVERY_CLAIM), PatientNames.visibleTo(workspace, actor))));
    }

    static DashboardView view(List<Stored<ClaimRecord>> claims, Map<Long, String> patientNames) {
        Map<ClaimStatus, long[]> counts = new EnumMap<>(ClaimStatus.class);
        Map<ClaimStatus, Money> totals = new EnumMap<>(ClaimStatus.class);
        List<ClaimRow> denials = new ArrayList<>();
        for (Stored<ClaimRecord> claim : claims) {
            ClaimStatus status = claim.value().status();
            counts.computeIfAbsent(status, key -> new long[1])[0]++;
            totals.merge(status, claim.value().totalCharge(), Money::plus);
            if (status == ClaimStatus.DENIED && denials.size() < DENIALS_SHOWN) {
                denials.add(ClaimRow.of(claim, patientNames));
            }
        }
        List<StatusTile> tiles = new ArrayList<>();
        for (ClaimStatus status : ClaimStatus.values()) {
            tiles.add(new StatusTile(status, count(counts, status), totals.getOrDefault(status, Money.ZERO)));
        }
        return new DashboardView(tiles, denials,
                total(totals, ClaimStatus.SUBMITTED).plus(total(totals, ClaimStatus.APPEALED)),
                count(counts, ClaimStatus.SUBMITTED) + count(counts, ClaimStatus.APPEALED),
                total(totals, ClaimStatus.READY), count(counts, ClaimStatus.READY),
                count(counts, ClaimStatus.SCRUBBED) + count(counts, ClaimStatus.DENIED));
    }

    private static long count(Map<ClaimStatus, long[]> counts, ClaimStatus status) {
        long[] count = counts.get(status);
        return count == null ? 0 : count[0];
    }

    private static Money total(Map<ClaimStatus, Money> totals, ClaimStatus status) {
        return totals.getOrDefault(status, Money.ZERO);
    }
}
