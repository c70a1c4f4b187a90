package dev.cleanclaim.app.web;

import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.app.testing.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule browser at /rules over HTTP, as a browser signed in through the sign-in form sees it. */
class RuleBrowserTest {

    private static TestWorkspace workspace;
    private static WebSession therapist;

    @BeforeAll
    static void start() throws Exception {
        workspace = TestWorkspace.onH2();
        therapist = WebSession.signIn(workspace, "sam");
    }

    @AfterAll
    static void stop() {
        workspace.close();
    }

    @Test
    void without_a_search_it_lists_every_code_with_a_link_every_payer_with_its_rules_and_every_rule() throws Exception {
        HttpResponse<String> page = therapist.get("/rules");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<label for=\"code\">").contains("<input id=\"code\" name=\"code\"")
                .contains("id=\"codes\"").contains("<a href=\"/rules?code=97124\">97124</a>")
                .contains("id=\"payers\"").contains("data-payer=\"medicare\"").contains("<code>ncci.ptp</code>")
                .contains("id=\"rules\"").contains("data-rule=\"ncci.ptp\"")
                .doesNotContain("id=\"code-result\"").doesNotContain("id=\"code-not-found\"");
    }

    @Test
    void manual_therapy_shows_its_catalog_entry_its_mue_and_the_edit_with_massage_in_words() throws Exception {
        String page = therapist.get("/rules?code=97140").body();

        assertThat(section(page, "code-result")).contains("manual therapy").contains("15-minute units")
                .contains("family manual-therapy").contains("LMT").contains("<dd>always").doesNotContain("id=\"code-standing\"");
        assertThat(page).contains("id=\"mue\">at most 6 unit(s) a day");
        assertThat(row(page, "data-pair=\"97140-97124\"")).contains("0: never together")
                .contains("Standards of medical/surgical practice");
    }

    @Test
    void a_code_typed_in_lower_case_with_spaces_is_found() throws Exception {
        assertThat(therapist.get("/rules?code=+g0283+").body()).contains("data-code=\"G0283\"");
    }

    @Test
    void a_deleted_code_is_shown_with_what_replaced_it_and_that_it_is_not_billable_today() throws Exception {
        String page = therapist.get("/rules?code=97001").body();

        assertThat(page).contains("data-code=\"97001\"").contains("replaced by 97161, 97162, 97163")
                .contains("id=\"code-standing\"").contains("deleted after 2016-12-31");
    }

    @Test
    void an_unknown_code_says_it_is_not_in_the_rule_data_and_what_it_looks_like_instead() throws Exception {
        HttpResponse<String> unknown = therapist.get("/rules?code=0001F");

        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("id=\"code-not-found\"").contains("No code \"0001F\" in the rule data")
                .contains("CPT Category II").doesNotContain("id=\"code-result\"").contains("id=\"codes\"");
    }

    @Test
    void what_was_typed_is_shown_escaped_never_as_markup() throws Exception {
        String page = therapist.get("/rules?code=%3Cscript%3Ealert(1)%3C%2Fscript%3E").body();

        assertThat(page).contains("id=\"code-not-found\"").doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
    }

    @Test
    void a_stranger_is_sent_to_sign_in_first() throws Exception {
        HttpResponse<String> response = workspace.send(null, "GET", "/rules?code=97140", null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).startsWith("/login?next=");
    }

    /** The element with the id, up to its closing section tag. */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("#" + id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static String row(String html, String marker) {
        int start = html.indexOf(marker);
        assertThat(start).as(marker).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
