package dev.cleanclaim.app.web;

import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.app.testing.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin's users page at /admin/users over HTTP: who may use it, refused forms, and the CSRF guard on it. */
class UserAdminPagesTest {

    private static final String LONG_ENOUGH = "a first password of 12+";

    private static TestWorkspace workspace;
    private static WebSession admin;

    @BeforeAll
    static void start() throws Exception {
        workspace = TestWorkspace.onH2();
        admin = WebSession.signIn(workspace, "admin");
    }

    @AfterAll
    static void stop() {
        workspace.close();
    }

    @Test
    void the_admin_sees_every_user_with_role_provider_and_status_and_cannot_deactivate_themselves_from_it() throws Exception {
        String page = admin.get("/admin/users").body();

        assertThat(row(page, "biller")).contains("<td>biller</td>").contains("active").contains("Deactivate biller");
        assertThat(row(page, "sam")).contains("<td>therapist</td>");
        assertThat(row(page, "admin")).contains("you").doesNotContain("<form");
        assertThat(page).contains("name=\"_csrf\"").contains("aria-current=\"page\">Users");
    }

    @Test
    void a_password_shorter_than_twelve_comes_back_named_with_the_username_kept_and_nobody_created() throws Exception {
        HttpResponse<String> refused = admin.submit("/admin/users", "username", "olga", "role", "biller", "provider", "",
                "password", "elevenchars");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"f-password-error\"").contains("at least 12 characters")
                .contains("value=\"olga\"").doesNotContain("elevenchars").doesNotContain("id=\"f-username-error\"");
        assertThat(admin.get("/admin/users").body()).doesNotContain("data-user=\"olga\"");
    }

    @Test
    void a_taken_username_is_named_and_the_user_who_has_it_is_left_as_they_were() throws Exception {
        String before = row(admin.get("/admin/users").body(), "sam");

        HttpResponse<String> refused = admin.submit("/admin/users", "username", "sam", "role", "admin", "provider", "",
                "password", LONG_ENOUGH);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"f-username-error\"").contains("\"sam\" is taken");
        assertThat(row(admin.get("/admin/users").body(), "sam")).isEqualTo(before);
    }

    @Test
    void the_confirmation_names_only_a_user_that_exists() throws Exception {
        assertThat(admin.get("/admin/users?created=biller").body()).contains("id=\"user-created\"");
        assertThat(admin.get("/admin/users?created=nobody-here").body()).doesNotContain("id=\"user-created\"");
    }

    @Test
    void the_admin_posting_their_own_deactivation_is_refused_and_stays_active() throws Exception {
        HttpResponse<String> refused = admin.submit("/admin/users/" + userIdOf("admin") + "/active", "active", "false");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("you cannot deactivate yourself");
        assertThat(admin.get("/admin/users").statusCode()).as("still signed in and active").isEqualTo(200);
    }

    @Test
    void forms_posted_without_their_csrf_token_are_refused_and_change_nothing() throws Exception {
        HttpResponse<String> create = admin.post("/admin/users", List.of("username", "csrf-less", "role", "admin",
                "password", LONG_ENOUGH));
        HttpResponse<String> deactivate = admin.post("/admin/users/" + userIdOf("biller") + "/active", List.of("active", "false"));

        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(deactivate.statusCode()).isEqualTo(403);
        String page = admin.get("/admin/users").body();
        assertThat(page).doesNotContain("data-user=\"csrf-less\"");
        assertThat(row(page, "biller")).contains("Deactivate biller");
    }

    @Test
    void a_biller_and_a_therapist_get_forbidden_and_see_no_users_link() throws Exception {
        for (String username : List.of("biller", "sam")) {
            WebSession user = WebSession.signIn(workspace, username);
            HttpResponse<String> page = user.get("/admin/users");
            assertThat(page.statusCode()).as(username).isEqualTo(403);
            assertThat(user.get("/").body()).as(username).doesNotContain("href=\"/admin/users\"");
        }
    }

    private static long userIdOf(String username) {
        return workspace.app().database().users().findByUsername(username).orElseThrow().id();
    }

    private static String row(String html, String username) {
        String marker = "<tr data-user=\"" + username + "\">";
        int start = html.indexOf(marker);
        assertThat(start).as("a row for " + username).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
