package dev.cleanclaim.app.web;

import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.app.testing.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin's audit log page at /admin/audit over HTTP: filtering, the export link, verifying, and who may see it. */
class AuditLogPagesTest {

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
    void a_therapists_refused_look_at_the_log_is_listed_for_the_admin_by_user_and_action() throws Exception {
        WebSession therapist = WebSession.signIn(workspace, "sam");

        assertThat(therapist.get("/admin/audit").statusCode()).isEqualTo(403);
        String page = admin.get("/admin/audit?user=sam&action=denied").body();

        assertThat(page).contains("id=\"audit-entries\"").contains("<td>sam</td><td>denied</td>")
                .contains("the audit log is an admin's to read")
                .contains("href=\"/api/v1/audit/export.csv?action=denied&amp;user=sam\"")
                .contains("aria-current=\"page\">Audit log");
    }

    @Test
    void verifying_the_chain_says_it_is_whole() throws Exception {
        HttpResponse<String> verified = admin.submit("/admin/audit/verification");

        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.body()).contains("id=\"audit-intact\"").doesNotContain("id=\"audit-broken\"");
    }

    @Test
    void a_bad_date_is_named_and_no_entries_are_shown() throws Exception {
        HttpResponse<String> refused = admin.get("/admin/audit?from=yesterday");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("expected a date as YYYY-MM-DD").doesNotContain("data-audit=");
    }
}
