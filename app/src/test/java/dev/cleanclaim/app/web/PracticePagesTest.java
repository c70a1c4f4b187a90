package dev.cleanclaim.app.web;

import dev.cleanclaim.app.contract.PracticeReader;
import dev.cleanclaim.app.testing.TempFolders;
import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.app.testing.WebSession;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.DatabaseSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The first-run set-up page and the admin's practice pages over HTTP, without a browser. */
class PracticePagesTest {

    /** A practice that shares no identifier with the demo. */
    static final List<String> FACTS = List.of(
            "billingProvider.name", "Harbor Physical Therapy LLC", "billingProvider.npi", "1743100541",
            "billingProvider.taxId", "93-1234567", "billingProvider.taxonomy", "225100000X",
            "billingProvider.address.line1", "410 NE Broadway", "billingProvider.address.city", "Portland",
            "billingProvider.address.state", "OR", "billingProvider.address.zip", "97232-1234",
            "billingProvider.phone", "5035550142", "placeOfService", "11");

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class A_workspace_imported_from_a_practice_file {

        Path folder;
        TestWorkspace workspace;

        @BeforeAll
        void start() throws Exception {
            folder = Files.createTempDirectory("cleanclaim-imported");
            var settings = DatabaseSettings.embedded(folder);
            var rules = BuiltInRuleData.load();
            try (var database = Database.open(settings, TestWorkspace.CLOCK)) {
                Workspace.open(database, rules, TestWorkspace.CLOCK).admin().importFile(
                        Actor.system(), "practice-real.yaml",
                        new PracticeReader(rules).readFile(Path.of("..", "examples", "practice-real.yaml")));
            }
            workspace = TestWorkspace.freshPractice(settings, folder);
        }

        @AfterAll
        void stop() throws Exception {
            workspace.close();
            TempFolders.delete(folder);
        }

        @Test
        void asks_only_for_its_admin_with_the_one_time_code_and_keeps_the_imported_practice() throws Exception {
            WebSession owner = WebSession.anonymous(workspace);
            HttpResponse<String> form = owner.get("/setup");
            assertThat(form.body()).contains("Make the practice").contains("id=\"f-setupCode\"")
                    .doesNotContain("id=\"f-billingProvider-npi\"");
            owner.adoptCsrf(form.body());
            String code = Files.readString(folder.resolve("setup-code.txt")).trim();

            HttpResponse<String> done = owner.submit("/setup", with(List.of(), "setupCode", code, "username", "owner",
                    "password", "a long enough password", "passwordConfirm", "a long enough password"));

            assertThat(done.statusCode()).as(done::body).isEqualTo(303);
            owner.setUpSecondFactor();
            assertThat(owner.get("/admin/practice").body()).contains("Willamette Valley Physical Therapy PC")
                    .as("a real practice is not marked as the demo").doesNotContain("demo-banner");
            assertThat(Files.exists(folder.resolve("setup-code.txt"))).as("the code is spent").isFalse();
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class A_new_workspace {

        Path folder;
        TestWorkspace workspace;

        @BeforeAll
        void start() throws Exception {
            folder = Files.createTempDirectory("cleanclaim-setup");
            workspace = TestWorkspace.freshPractice(folder);
        }

        @AfterAll
        void stop() throws Exception {
            workspace.close();
            TempFolders.delete(folder);
        }

        @Test
        void sends_every_page_to_the_set_up_and_refuses_a_wrong_code_by_name_saving_nothing() throws Exception {
            WebSession stranger = WebSession.anonymous(workspace);
            HttpResponse<String> dashboard = stranger.get("/");
            assertThat(dashboard.statusCode()).isEqualTo(302);
            assertThat(WebSession.location(dashboard)).isEqualTo("/setup");

            HttpResponse<String> form = stranger.get("/setup");
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.body()).contains("id=\"f-setupCode\"").contains("id=\"f-billingProvider-npi\"");
            stranger.adoptCsrf(form.body());
            HttpResponse<String> refused = stranger.submit("/setup", with(FACTS, "setupCode", "NOT-THE-CODE",
                    "username", "owner", "password", "a long enough password", "passwordConfirm", "a long enough password"));

            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("id=\"f-setupCode-error\"").contains("not the set-up code")
                    .contains("value=\"Harbor Physical Therapy LLC\"").doesNotContain("a long enough password")
                    .doesNotContain("NOT-THE-CODE");
            assertThat(workspace.app().database().users().count()).as("no admin made").isZero();
            assertThat(workspace.app().parts().firstRun().pending()).as("no practice saved").isTrue();
        }

        @Test
        void with_the_code_makes_the_practice_and_its_admin_and_signs_them_in_to_the_practice_page() throws Exception {
            WebSession owner = WebSession.anonymous(workspace);
            owner.adoptCsrf(owner.get("/setup").body());
            String code = Files.readString(folder.resolve("setup-code.txt")).trim();
            HttpResponse<String> mismatch = owner.submit("/setup", with(FACTS, "setupCode", code, "username", "owner",
                    "password", "a long enough password", "passwordConfirm", "another password"));
            assertThat(mismatch.statusCode()).isEqualTo(422);
            assertThat(mismatch.body()).contains("id=\"f-passwordConfirm-error\"");

            HttpResponse<String> done = owner.submit("/setup", with(FACTS, "setupCode", code, "username", "owner",
                    "password", "a long enough password", "passwordConfirm", "a long enough password"));

            assertThat(done.statusCode()).as(done::body).isEqualTo(303);
            assertThat(WebSession.location(done)).startsWith("/admin/practice");
            HttpResponse<String> first = owner.get("/admin/practice?setUp=true");
            assertThat(WebSession.location(first)).as("an admin sets up their second factor before anything else")
                    .isEqualTo("/account/two-factor?next=%2Fadmin%2Fpractice%3FsetUp%3Dtrue");
            assertThat(owner.setUpSecondFactor()).hasSize(10);
            HttpResponse<String> practice = owner.get("/admin/practice?setUp=true");
            assertThat(practice.statusCode()).isEqualTo(200);
            assertThat(practice.body()).contains("id=\"readiness\"").contains("/admin/providers")
                    .contains("value=\"Harbor Physical Therapy LLC\"");
            assertThat(owner.get("/setup").statusCode()).as("set up: /setup sends home").isEqualTo(302);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class The_demo_workspace {

        TestWorkspace workspace;
        WebSession admin;
        WebSession biller;

        @BeforeAll
        void start() throws Exception {
            workspace = TestWorkspace.onH2();
            admin = WebSession.signIn(workspace, "admin");
            biller = WebSession.signIn(workspace, "biller");
        }

        @AfterAll
        void stop() {
            workspace.close();
        }

        @Test
        void shows_its_practice_pages_only_to_the_admin_and_refuses_a_biller_with_403() throws Exception {
            for (String page : List.of("/admin/practice", "/admin/providers", "/admin/payers", "/admin/fees")) {
                assertThat(admin.get(page).statusCode()).as(page).isEqualTo(200);
                HttpResponse<String> refused = biller.get(page);
                assertThat(refused.statusCode()).as(page).isEqualTo(403);
                assertThat(refused.body()).contains("only an admin");
            }
            assertThat(biller.submit("/admin/providers", "firstName", "Eve", "lastName", "Biller", "type", "PT",
                    "npi", "1245876127", "taxonomy", "225100000X", "active", "true").statusCode()).isEqualTo(403);
            assertThat(admin.get("/admin/providers").body()).doesNotContain("1245876127");
            assertThat(admin.get("/").body()).contains("href=\"/admin/practice\"");
            assertThat(biller.get("/").body()).doesNotContain("href=\"/admin/practice\"");
        }

        @Test
        void a_provider_with_a_wrong_npi_check_digit_comes_back_named_with_what_was_typed() throws Exception {
            HttpResponse<String> refused = admin.submit("/admin/providers", "firstName", "Ada", "lastName", "Moss",
                    "type", "PT", "npi", "1245876128", "taxonomy", "225100000X", "active", "true");

            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("id=\"f-npi-error\"").contains("value=\"Moss\"");
        }

        @Test
        void a_payer_starts_from_the_starter_directory_and_is_added_to_the_list() throws Exception {
            String filled = admin.get("/admin/payers?starter=aetna").body();
            assertThat(filled).contains("value=\"60054\"").contains("value=\"Aetna\"");

            HttpResponse<String> saved = admin.submit("/admin/payers", "id", "aetna", "name", "Aetna", "payerId", "60054",
                    "pack", "commercial", "claimFilingIndicator", "CI");

            assertThat(saved.statusCode()).as(saved::body).isEqualTo(303);
            assertThat(admin.get("/admin/payers").body()).contains("data-payer=\"aetna\"");
        }

        @Test
        void the_practice_page_saves_the_medicare_locality_and_the_qualifying_apm_box() throws Exception {
            String page = admin.get("/admin/practice").body();
            assertThat(page).contains("id=\"f-medicareQualifyingApm\"").contains("02302-01");
            String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");

            HttpResponse<String> saved = admin.submit("/admin/practice", with(FACTS, "version", version,
                    "medicareLocality", "13202-01", "medicareQualifyingApm", "true"));

            assertThat(saved.statusCode()).as(saved::body).isIn(200, 303);
            String shown = admin.get("/admin/practice").body();
            assertThat(shown).contains("value=\"13202-01\"");
            assertThat(shown.replaceAll("(?s).*(<input[^>]*id=\"f-medicareQualifyingApm\"[^>]*>).*", "$1")).contains("checked");
        }

        @Test
        void fees_are_saved_all_at_once_and_a_bad_amount_is_named_on_its_row() throws Exception {
            String page = admin.get("/admin/fees").body();
            String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
            HttpResponse<String> refused = admin.submit("/admin/fees", "version", version, "code[0]", "97140",
                    "fee[0]", "lots");
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("id=\"f-fee-0--error\"");

            HttpResponse<String> saved = admin.submit("/admin/fees", "version", version, "code[0]", "97140",
                    "fee[0]", "45.00", "code[1]", "97140-52", "fee[1]", "30.00", "sessionPrices[0].code", "97124",
                    "sessionPrices[0].minutes", "60", "sessionPrices[0].price", "90.00");
            assertThat(saved.statusCode()).as(saved::body).isEqualTo(303);
            assertThat(admin.get("/admin/fees").body()).contains("value=\"45.00\"").contains("value=\"97140-52\"")
                    .contains("value=\"90.00\"");

            HttpResponse<String> stale = admin.submit("/admin/fees", "version", version, "code[0]", "97140", "fee[0]", "50.00");
            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(stale.body()).contains("Someone else changed this meanwhile");
        }
    }

    private static String[] with(List<String> facts, String... more) {
        List<String> all = new ArrayList<>(facts);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
