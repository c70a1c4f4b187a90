package dev.cleanclaim.app.web;

import dev.cleanclaim.store.ClaimSummary;
import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.app.testing.WebSession;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.patient.Sex;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.remit.Adjustment;
import dev.cleanclaim.core.remit.AdjustmentGroup;
import dev.cleanclaim.core.remit.ClaimPayment;
import dev.cleanclaim.core.remit.ClaimPaymentStatus;
import dev.cleanclaim.core.remit.Remittance;
import dev.cleanclaim.store.ClaimFilter;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.PatientRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The report pages and downloads over HTTP, on the demo practice plus a therapist day no one could have worked. */
class ReportPagesTest {

    private static final List<String> PAGES = List.of("aging", "patient-aging", "denials", "revenue", "units", "audit");
    private static final List<String> FILES = List.of("aging", "aging-claims", "patient-aging", "denials", "denial-rules", "revenue",
            "revenue-providers", "revenue-patients", "units", "unit-visits", "audit");

    private static TestWorkspace workspace;
    private static WebSession biller;

    @BeforeAll
    static void start() throws Exception {
        workspace = TestWorkspace.onH2();
        biller = WebSession.signIn(workspace, "biller");
        anImpossibleDay(workspace.app().parts().workspace());
        aDenial(workspace.app().parts().workspace());
    }

    @AfterAll
    static void stop() {
        workspace.close();
    }

    @Test
    void a_biller_finds_the_reports_in_the_navigation_and_each_report_draws_its_chart_beside_its_table() throws Exception {
        assertThat(biller.get("/").body()).contains("<a href=\"/reports\"");
        HttpResponse<String> index = biller.get("/reports");
        assertThat(index.statusCode()).isEqualTo(200);
        for (String page : PAGES) {
            assertThat(index.body()).contains("href=\"/reports/" + page + "\"");
            HttpResponse<String> response = biller.get("/reports/" + page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page)
                    .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\"", "role=\"img\"", "aria-label=\"", "<title>")
                    .contains("<table id=\"" + page + "-table\"").contains("aria-current=\"page\">Reports</a>")
                    .doesNotContain("<script>").doesNotContain("style=\"");
        }
    }

    @Test
    void a_report_covers_the_last_twelve_months_unless_asked_and_its_downloads_keep_the_dates() throws Exception {
        String page = biller.get("/reports/revenue").body();
        assertThat(page).contains("name=\"from\" type=\"date\" value=\"2025-11-24\"")
                .contains("name=\"through\" type=\"date\" value=\"2026-11-23\"")
                .contains("href=\"/reports/revenue.csv?from=2025-11-24&amp;through=2026-11-23\"");

        String march = biller.get("/reports/revenue?from=2026-03-01&through=2026-03-31").body();
        assertThat(march).contains("href=\"/reports/revenue-providers.csv?from=2026-03-01&amp;through=2026-03-31\"");
        assertThat(biller.get("/reports/aging").body()).contains("id=\"report-as-of\"").contains("As of 2026-11-23")
                .doesNotContain("id=\"report-period\"");
    }

    @Test
    void a_date_that_cannot_be_read_is_a_400_naming_the_field_with_the_typing_kept_and_nothing_shown() throws Exception {
        HttpResponse<String> bad = biller.get("/reports/denials?from=2026-13-01&through=2026-11-23");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"form-problems\"").contains("<code>from</code>: expected a date YYYY-MM-DD")
                .contains("value=\"2026-13-01\"").contains("aria-invalid=\"true\"").doesNotContain("<svg");

        HttpResponse<String> backwards = biller.get("/reports/units?from=2026-06-01&through=2026-05-01");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("<code>through</code>: ends before the first date (2026-06-01)");

        HttpResponse<String> download = biller.get("/reports/revenue.csv?through=soon");
        assertThat(download.statusCode()).isEqualTo(400);
        assertThat(download.body()).isEqualTo("through: expected a date YYYY-MM-DD, got \"soon\"");
    }

    @Test
    void every_report_downloads_as_csv_with_a_header_row_plain_decimal_money_and_a_file_name() throws Exception {
        for (String file : FILES) {
            HttpResponse<String> csv = biller.get("/reports/" + file + ".csv?from=2026-01-01&through=2026-11-23");
            assertThat(csv.statusCode()).as(file).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).as(file).contains("text/csv; charset=utf-8");
            assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).as(file)
                    .startsWith("attachment; filename=\"cleanclaim-" + file + "-").endsWith(".csv\"");
            assertThat(csv.body()).as(file).matches("(?s)[a-z_0-9]+(,[a-z_0-9]+)*\r\n.*");
        }
        HttpResponse<String> revenue = biller.get("/reports/revenue.csv?from=2026-01-01&through=2026-11-23");
        assertThat(revenue.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"cleanclaim-revenue-2026-01-01-to-2026-11-23.csv\"");
        assertThat(revenue.body()).startsWith("from,through,code,description,units,charged,paid\r\n")
                .containsPattern("\r\n2026-01-01,2026-11-23,97110,[^\r]*,\\d+,\\d+\\.\\d\\d,\\d+\\.\\d\\d\r\n");
        assertThat(biller.get("/reports/aging.csv").headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"cleanclaim-aging-as-of-2026-11-23.csv\"");
        assertThat(workspace.app().database().audit().recent(1).get(0).action()).isEqualTo("download");
    }

    @Test
    void the_revenue_report_counts_what_patients_paid_less_refunds_and_numbers_a_voided_payment_without_counting_it()
            throws Exception {
        Workspace practice = workspace.app().parts().workspace();
        long practiceId = practice.database().practices().firstId().orElseThrow();
        long patientId = practice.database().patients().list(practiceId).get(0).id();
        practice.accounts().recordPayment(Actor.system(), patientId, LocalDate.of(2026, 11, 2), "120.00", "cash", "");
        practice.accounts().recordPayment(Actor.system(), patientId, LocalDate.of(2026, 11, 2), "10.00", "hsa", "", "4242");
        long hsa = practice.accounts().ledger(Actor.system(), patientId).stream()
                .filter(entry -> entry.payment().amount().equals(Money.parse("10.00"))).findFirst().orElseThrow().id();
        long cash = practice.accounts().ledger(Actor.system(), patientId).stream()
                .filter(entry -> entry.payment().amount().equals(Money.parse("120.00"))).findFirst().orElseThrow().id();
        practice.accounts().voidPayment(Actor.system(), patientId, hsa, "a test payment");
        practice.accounts().refund(Actor.system(), patientId, cash, LocalDate.of(2026, 11, 3), "20.00", "cash", "session cut short");

        String page = biller.get("/reports/revenue?from=2026-11-01&through=2026-11-30").body();
        String csv = biller.get("/reports/revenue-patients.csv?from=2026-11-01&through=2026-11-30").body();

        assertThat(page).contains("id=\"revenue-patients\"", "Paid by patients (net of refunds)", "$100.00");
        assertThat(csv).startsWith("from,through,method,payments,received,refunded,net,voided\r\n")
                .contains("2026-11-01,2026-11-30,Cash,1,120.00,20.00,100.00,0\r\n")
                .contains("2026-11-01,2026-11-30,HSA card,0,0.00,0.00,0.00,1\r\n");
    }

    @Test
    void the_patient_aging_report_shows_each_patients_balance_as_their_account_does_and_the_credits_they_hold()
            throws Exception {
        Workspace practice = workspace.app().parts().workspace();
        long practiceId = practice.database().practices().firstId().orElseThrow();
        long patientId = practice.database().patients().list(practiceId).get(1).id();
        practice.accounts().recordPayment(Actor.system(), patientId, LocalDate.of(2026, 11, 20), "7.00", "other", "");
        var account = practice.accounts().account(Actor.system(), patientId);

        String page = biller.get("/reports/patient-aging").body();
        String csv = biller.get("/reports/patient-aging.csv").body();

        assertThat(page).contains("id=\"patient-aging-table\"", "href=\"/patients/" + patientId + "/account\"");
        assertThat(csv).startsWith("as_of,patient_id,patient,account_number,oldest_visit,days_0_30,days_31_60,days_61_90,"
                + "days_over_90,total,credit\r\n");
        String row = csv.lines().filter(line -> line.startsWith("2026-11-23," + patientId + ",")).findFirst().orElseThrow();
        String[] cells = row.split(",");
        String total = cells[cells.length - 2];
        String credit = cells[cells.length - 1];
        if (account.balance().cents() >= 0) {
            assertThat(total).isEqualTo(account.balance().toString());
        } else {
            assertThat(credit).isEqualTo(account.balance().negate().toString());
        }
        assertThat(biller.get("/reports/patient-aging.csv").headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"cleanclaim-patient-aging-as-of-2026-11-23.csv\"");
    }

    @Test
    void the_units_report_flags_an_impossible_day_and_lists_the_visits_that_fill_it() throws Exception {
        String page = biller.get("/reports/units").body();

        assertThat(page).contains("<tr class=\"day-impossible\">").contains("Impossible: more than 24 hours")
                .contains("<td>2026-11-10</td>").contains("1,500 min").contains("<tr class=\"day-visit\">")
                .contains("class=\"chart-guide\"").contains(">24 h</text>");
        assertThat(biller.get("/reports/units.csv?from=2026-11-01&through=2026-11-23").body())
                .contains(",2026-11-10,3,99,1500,impossible\r\n");
    }

    @Test
    void the_audit_page_lists_the_demo_claims_that_fail_under_todays_rules_with_their_rule() throws Exception {
        String page = biller.get("/reports/audit").body();

        assertThat(page).contains("<table id=\"audit-table\"").contains("href=\"/rules#rule-")
                .contains("already on the claim");
    }

    @Test
    void a_therapist_has_no_reports_link_and_is_refused_every_report_and_download() throws Exception {
        WebSession lee = WebSession.signIn(workspace, "lee");

        assertThat(lee.get("/").body()).doesNotContain("href=\"/reports\"");
        assertThat(lee.get("/reports").statusCode()).isEqualTo(403);
        for (String page : PAGES) {
            assertThat(lee.get("/reports/" + page).statusCode()).as(page).isEqualTo(403);
            assertThat(lee.get("/reports/" + page + "?from=bad").statusCode()).as(page).isEqualTo(403);
        }
        for (String file : FILES) {
            HttpResponse<String> csv = lee.get("/reports/" + file + ".csv");
            assertThat(csv.statusCode()).as(file).isEqualTo(403);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).doesNotContain("text/csv");
        }
    }

    /** The payer denies one of the demo's sent claims as not medically necessary. */
    private static void aDenial(Workspace practice) {
        ClaimSummary sent = practice.claims().list(Actor.system(), new ClaimFilter(Optional.of(ClaimStatus.SUBMITTED),
                Optional.empty(), Optional.empty(), Optional.empty(), 1)).get(0).value();
        ClaimPayment denial = new ClaimPayment(sent.patientControlNumber(), ClaimPaymentStatus.DENIED, sent.totalCharge(),
                Money.ZERO, Money.ZERO, Optional.empty(), Optional.empty(), List.of(new Adjustment(AdjustmentGroup.CO, "50",
                sent.totalCharge(), Optional.empty())), List.of(), List.of());
        practice.remittances().post(Actor.system(), "denial.835", List.of(new Remittance("DENY-1", Money.ZERO, "NON",
                LocalDate.of(2026, 11, 20), "EXAMPLE PLAN", "EXC01", "RIVERSIDE", "1234567893", List.of(denial),
                List.of())), List.of());
    }

    /** Three patients of Lee Park's, each billed 500 minutes of exercise on 10 November: 1,500 minutes in one day. */
    private static void anImpossibleDay(Workspace practice) {
        Actor system = Actor.system();
        long park = practice.providers().stream().filter(provider -> provider.value().lastName().equals("Park"))
                .findFirst().orElseThrow().id();
        long practiceId = practice.database().practices().firstId().orElseThrow();
        for (String name : List.of("Abel", "Bian", "Cruz")) {
            Address home = new Address("42 NE Alberta St", Optional.empty(), "Portland", "OR", "97211");
            Patient patient = new Patient(new Person("Rae", name, LocalDate.of(1980, 4, 2), Sex.F, home), "DAY-" + name,
                    Optional.of("XYZ000777" + name.length()), Optional.empty(), Relationship.SELF, Optional.empty(),
                    Optional.empty());
            long patientId = practice.patients().create(system, new PatientRecord(practiceId, patient,
                    Optional.of("commercial"), Optional.of(park))).id();
            long visitId = practice.visits().create(system, patientId, """
                    {"dateOfService": "2026-11-10", "payer": "commercial", "provider": {"type": "PT", "npi": "1558598797"},
                     "diagnoses": [{"code": "M54.50", "regions": ["lumbar"]}],
                     "services": [{"code": "97110", "minutes": 500, "regions": ["lumbar"]}],
                     "documentation": {"clinicalRationale": true}}""").id();
            practice.claims().create(system, visitId);
        }
    }
}
