package dev.cleanclaim.app.web;

import dev.cleanclaim.app.security.Authenticator;
import dev.cleanclaim.app.security.Sessions;
import dev.cleanclaim.app.security.UserAdmin;
import dev.cleanclaim.app.workspace.Workspace;

import java.time.Clock;

/** What the server serves: the workspace, who may use it (and the admin's hand on that), and the clock everything reads. */
public record ServerParts(Workspace workspace, Authenticator authenticator, Sessions sessions, UserAdmin users, Clock clock) {
}
