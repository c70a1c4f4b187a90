package dev.cleanclaim.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.app.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing out everywhere, from the account page and through the API, over real HTTP. */
class SessionsOverHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestWorkspace workspace;

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void sign_out_everywhere_on_the_account_page_ends_every_session_of_the_user_and_says_so() throws Exception {
        workspace = TestWorkspace.onH2();
        WebSession desk = WebSession.signIn(workspace, "dana");
        WebSession phone = WebSession.signIn(workspace, "dana");
        WebSession colleague = WebSession.signIn(workspace, "sam");

        assertThat(desk.get("/account").body()).contains("Sign out everywhere");
        HttpResponse<String> signedOut = desk.submit("/account/sessions/revocation");

        assertThat(signedOut.statusCode()).isEqualTo(302);
        String landing = WebSession.location(signedOut);
        assertThat(landing).startsWith("/login");
        assertThat(desk.get(landing).body()).contains("You are signed out everywhere: 2 session(s) ended.");
        assertThat(desk.get("/patients").statusCode()).as("this browser").isEqualTo(302);
        assertThat(phone.get("/patients").statusCode()).as("the other browser").isEqualTo(302);
        assertThat(colleague.get("/patients").statusCode()).as("someone else").isEqualTo(200);
        assertThat(workspace.app().database().audit().recent(10))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("sign-out-all"));
    }

    @Test
    void the_api_signs_out_every_browser_session_and_keeps_the_token_that_asked() throws Exception {
        workspace = TestWorkspace.onH2();
        WebSession browser = WebSession.signIn(workspace, "dana");

        HttpResponse<String> revoked = workspace.send("dana", "POST", "/api/v1/account/sessions/revocation", null);

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(revoked.body()).get("endedSessions").asInt()).isEqualTo(1);
        assertThat(browser.get("/patients").statusCode()).isEqualTo(302);
        assertThat(workspace.send("dana", "GET", "/api/v1/patients", null).statusCode()).isEqualTo(200);
    }
}
