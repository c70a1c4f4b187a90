package dev.cleanclaim.app.web;

import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.app.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin's reset-code button and the open page where the user sets a new password with it, over real HTTP. */
class PasswordResetPagesTest {

    private static final Pattern CODE = Pattern.compile("<code id=\"reset-code\">([^<]+)</code>");
    private static final String NEW_PASSWORD = "pelican ferry at low tide";

    private TestWorkspace workspace;

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void an_admin_gets_a_one_time_code_on_the_users_page_and_the_user_sets_a_new_password_with_it() throws Exception {
        workspace = TestWorkspace.onH2();
        long kim = workspace.app().database().users().findByUsername("kim").orElseThrow().id();
        WebSession admin = WebSession.signIn(workspace, "admin");
        assertThat(admin.get("/admin/users").body()).contains("Reset code for kim");

        HttpResponse<String> issued = admin.submit("/admin/users/" + kim + "/reset-code");
        assertThat(issued.statusCode()).isEqualTo(200);
        Matcher shown = CODE.matcher(issued.body());
        assertThat(shown.find()).as("the code is on the page").isTrue();
        String code = shown.group(1);

        WebSession kimsBrowser = WebSession.anonymous(workspace);
        HttpResponse<String> form = kimsBrowser.get("/reset-password");
        assertThat(form.statusCode()).as("open to anyone").isEqualTo(200);
        kimsBrowser.adoptCsrf(form.body());
        HttpResponse<String> wrong = kimsBrowser.submit("/reset-password", "username", "kim", "code", "not the code",
                "newPassword", NEW_PASSWORD);
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("ask your admin for a new one");
        HttpResponse<String> reset = kimsBrowser.submit("/reset-password", "username", "kim", "code", code,
                "newPassword", NEW_PASSWORD);
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(reset.body()).contains("Your new password is set");

        WebSession signIn = WebSession.anonymous(workspace);
        HttpResponse<String> login = signIn.get("/login");
        signIn.adoptCsrf(login.body());
        assertThat(signIn.submit("/login", "username", "kim", "password", NEW_PASSWORD, "next", "/").statusCode())
                .as("the new password signs in").isEqualTo(302);
        kimsBrowser.adoptCsrf(kimsBrowser.get("/reset-password").body());
        assertThat(kimsBrowser.submit("/reset-password", "username", "kim", "code", code, "newPassword", "another one entirely ok")
                .statusCode()).as("the code works once").isEqualTo(422);
    }

    @Test
    void the_reset_page_refuses_a_post_without_its_form_token() throws Exception {
        workspace = TestWorkspace.onH2();
        WebSession stranger = WebSession.anonymous(workspace);

        assertThat(stranger.post("/reset-password", List.of("username", "kim", "code", "x", "newPassword", NEW_PASSWORD))
                .statusCode()).isEqualTo(403);
    }
}
