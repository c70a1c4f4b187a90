package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.security.InitialUsers;

import java.util.ArrayList;
import java.util.List;

/**
 * What `cleanclaim serve` says about the workspace it opened and the users it made. It speaks of the demo only when
 * this start seeded it, and of "a new workspace" only when there was no practice before: an admin who imported a
 * real practice and starts with --demo or CLEANCLAIM_ADMIN_PASSWORD must not be told their practice is the demo.
 */
final class StartMessage {

    private static final String SHOWN_ONCE = "(only hashes of their passwords are kept)";

    private StartMessage() {
    }

    /**
     * @param demoAsked   serve was started with --demo
     * @param hadPractice the workspace held a practice before this start
     * @param demoSeeded  this start filled the workspace with the demo practice
     * @param created     the users this start created
     * @param delivery    where their made-up passwords went: only on a terminal are they in these lines
     */
    static List<String> lines(boolean demoAsked, boolean hadPractice, boolean demoSeeded,
                              List<InitialUsers.Credential> created, FirstPasswords.Delivery delivery) {
        List<String> lines = new ArrayList<>();
        if (demoSeeded) {
            lines.add("cleanclaim: a new workspace with the demo practice. Its users " + SHOWN_ONCE + ":");
        } else {
            if (demoAsked && hadPractice) {
                lines.add("cleanclaim: the workspace already holds a practice, so --demo added nothing.");
            }
            if (!created.isEmpty()) {
                lines.add(hadPractice ? "cleanclaim: users created at this start " + SHOWN_ONCE + ":"
                        : "cleanclaim: a new workspace. Its admin:");
            }
        }
        for (InitialUsers.Credential user : created) {
            if (delivery instanceof FirstPasswords.Delivery.ToFile file) {
                lines.add(user.describeWithPasswordIn(file.file() + " (readable only by you)"));
            } else {
                lines.add(user.describe()); // on a terminal; or every password came from the environment and is not shown
            }
        }
        return lines;
    }
}
