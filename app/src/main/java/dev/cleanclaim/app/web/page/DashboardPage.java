package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.store.ClaimFilter;
import dev.cleanclaim.store.ClaimStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The dashboard at /: where the practice's claims stand, for the claims the signed-in user may see. The database
 * counts them; only the few denials shown are read.
 */
public final class DashboardPage {

    private static final ClaimFilter LATEST_DENIALS = new ClaimFilter(Optional.of(ClaimStatus.DENIED), Optional.empty(),
            Optional.empty(), Optional.empty(), 10);

    /** Sent and not decided yet: with the clearinghouse, accepted into adjudication, or under appeal. */
    private static final Set<ClaimStatus> AWAITING_PAYMENT = EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED,
            ClaimStatus.APPEALED);
    /** A person must act: errors found by the scrub, a rejection to fix and resend, a denial to work. */
    private static final Set<ClaimStatus> NEED_WORK = EnumSet.of(ClaimStatus.SCRUBBED, ClaimStatus.REJECTED,
            ClaimStatus.DENIED);

    private final Workspace workspace;

    public DashboardPage(Workspace workspace) {
        this.workspace = workspace;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", this::show);
    }

    private void show(Context ctx) {
        Actor actor = Requests.actor(ctx);
        Map<ClaimStatus, ClaimStore.StatusCount> counts = new EnumMap<>(ClaimStatus.class);
        workspace.claims().countByStatus(actor).forEach(count -> counts.put(count.status(), count));
        List<ClaimRow> denials = new ArrayList<>();
        var denied = workspace.claims().list(actor, LATEST_DENIALS);
        if (!denied.isEmpty()) {
            Map<Long, String> names = PatientNames.visibleTo(workspace, actor);
            denied.forEach(claim -> denials.add(ClaimRow.of(claim, names)));
        }
        Pages.render(ctx, "dashboard.jte", Map.of("frame", Frame.of(ctx, "Dashboard", "dashboard"),
                "view", view(counts, denials)));
    }

    static DashboardView view(Map<ClaimStatus, ClaimStore.StatusCount> counts, List<ClaimRow> denials) {
        List<StatusTile> tiles = new ArrayList<>();
        for (ClaimStatus status : ClaimStatus.values()) {
            tiles.add(new StatusTile(status, count(counts, EnumSet.of(status)), total(counts, EnumSet.of(status))));
        }
        return new DashboardView(tiles, denials,
                total(counts, AWAITING_PAYMENT), count(counts, AWAITING_PAYMENT),
                total(counts, EnumSet.of(ClaimStatus.READY)), count(counts, EnumSet.of(ClaimStatus.READY)),
                count(counts, NEED_WORK), count(counts, EnumSet.of(ClaimStatus.REJECTED)));
    }

    private static long count(Map<ClaimStatus, ClaimStore.StatusCount> counts, Set<ClaimStatus> statuses) {
        return statuses.stream().map(counts::get).filter(Objects::nonNull).mapToLong(ClaimStore.StatusCount::claims).sum();
    }

    private static Money total(Map<ClaimStatus, ClaimStore.StatusCount> counts, Set<ClaimStatus> statuses) {
        return statuses.stream().map(counts::get).filter(Objects::nonNull).map(ClaimStore.StatusCount::total)
                .reduce(Money.ZERO, Money::plus);
    }
}
