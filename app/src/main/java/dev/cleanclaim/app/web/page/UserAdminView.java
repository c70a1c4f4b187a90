package dev.cleanclaim.app.web.page;

import java.util.List;

/**
 * The users page.
 *
 * @param created the username just created, to confirm, or null
 */
public record UserAdminView(List<UserRow> users, FormState form, List<Choice> roles, List<Choice> providers, String created,
                            int shortestPassword) {

    public UserAdminView {
        users = List.copyOf(users);
        roles = List.copyOf(roles);
        providers = List.copyOf(providers);
    }

    /**
     * @param secondFactor whether they set up an authenticator app
     * @param secondFactorRequired whether their role must have one (admins and billers)
     * @param self        the admin looking: they cannot deactivate themselves
     */
    public record UserRow(long id, String username, String role, String provider, boolean active, boolean secondFactor,
                          boolean secondFactorRequired, boolean self) {
    }
}
