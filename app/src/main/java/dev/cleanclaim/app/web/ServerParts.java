package dev.cleanclaim.app.web;

import dev.cleanclaim.app.security.Authenticator;
import dev.cleanclaim.app.security.PasswordChanges;
import dev.cleanclaim.app.security.SecondFactors;
import dev.cleanclaim.app.security.Sessions;
import dev.cleanclaim.app.security.UserAdmin;
import dev.cleanclaim.app.setup.FirstRun;
import dev.cleanclaim.app.workspace.Workspace;

import java.time.Clock;

/**
 * What the server serves: the workspace, who may use it (and the admin's hand on that), the clock everything reads,
 * and the first-run set-up while the workspace has no practice.
 */
public record ServerParts(Workspace workspace, Authenticator authenticator, Sessions sessions, UserAdmin users, Clock clock,
                          FirstRun firstRun, PasswordChanges passwords, SecondFactors secondFactors,
                          ClientAddress clientAddress) {
}
