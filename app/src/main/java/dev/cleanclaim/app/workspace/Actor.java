package dev.cleanclaim.app.workspace;

import dev.cleanclaim.store.AuditLog;
import dev.cleanclaim.store.UserRole;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is acting, from where: every read and write of patient data is checked against and audited under an actor.
 *
 * @param providerId    for a therapist, the provider whose patients they see
 * @param remoteAddress the client's address, for the audit log
 */
public record Actor(long userId, String username, UserRole role, Optional<Long> providerId, String remoteAddress) {
    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
    }

    /** The workspace itself, e.g. seeding the demo practice at first start. */
    public static Actor system() {
        return new Actor(0, "cleanclaim", UserRole.ADMIN, Optional.empty(), "local");
    }

    public boolean isTherapist() {
        return role == UserRole.THERAPIST;
    }

    /**
     * Refuses a therapist work that is billing staff's (sending claims, payments, corrections, reports), saying why:
     * the one place that rule is checked.
     */
    public void requireBillingStaff(String why) {
        if (isTherapist()) {
            throw new WorkspaceException.Forbidden(why);
        }
    }

    /**
     * Refuses anyone but an admin work that is an admin's (users, the audit log), saying why; each caller keeps its
     * own reason. The refusal is written to the audit log first, naming the kind of record that was asked for, so an
     * attempt on admin work is on the record with what it was after, not only as a refused request.
     */
    public void requireAdmin(String why, AuditLog log, String entity) {
        if (role != UserRole.ADMIN) {
            log.record(username, "denied", entity, Optional.empty(), Optional.of(remoteAddress), Optional.of(why));
            throw new WorkspaceException.Forbidden(why);
        }
    }

    /** Whether this actor may see a patient whose therapist is {@code therapistId}. */
    public boolean maySee(Optional<Long> therapistId) {
        return !isTherapist() || (providerId.isPresent() && providerId.equals(therapistId));
    }
}
