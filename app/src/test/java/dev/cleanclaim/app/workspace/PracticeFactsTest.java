package dev.cleanclaim.app.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.contract.PatientResourceReader;
import dev.cleanclaim.app.contract.PracticeReader;
import dev.cleanclaim.app.web.api.PatientResource;
import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.practice.BillingProvider;
import dev.cleanclaim.core.practice.Clearinghouse;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.DatabaseSettings;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.UserRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A practice set up without everything a claim needs is told what is missing and where it is set; a claim keeps the
 * practice facts it was made with when the practice changes afterwards.
 */
class PracticeFactsTest {

    private static final RuleData RULES = BuiltInRuleData.load();
    private static final Actor ADMIN = new Actor(1, "admin", UserRole.ADMIN, Optional.empty(), "10.0.0.1");
    private static final String PRACTICE = """
            billingProvider:
              name: Cascade Massage Therapy LLC
              npi: "1245319599"
              taxId: "46-2850917"
              taxonomy: 225700000X
              address: {line1: "77 Pearl St", city: Eugene, state: OR, zip: "97401-2611"}
            providers:
              - {firstName: June, lastName: Holt, type: LMT, npi: "1881697878", taxonomy: 225700000X}
            payers:
              - {id: aetna, name: Aetna, payerId: "60054", pack: commercial}
            fees: {"97124": "30.00"}
            """;
    private static final String CLEARINGHOUSE = """
            submitter: {name: Cascade Massage, id: "CMT1", contactName: June Holt, contactPhone: "5415550100"}
            receiver: {name: Office Ally, id: "OFFALLY"}
            """;

    private Database database;

    @AfterEach
    void close() {
        database.close();
    }

    private Workspace workspace(String practiceFile) {
        database = Database.open(DatabaseSettings.inMemory("facts-" + System.nanoTime()), DemoWorkspace.CLOCK);
        Workspace workspace = Workspace.open(database, RULES, DemoWorkspace.CLOCK);
        workspace.admin().importFile(ADMIN, "practice.yaml", new PracticeReader(RULES).readFile("practice.yaml", practiceFile));
        return workspace;
    }

    private static long visitOfAnAetnaPatient(Workspace workspace) throws Exception {
        long therapist = workspace.providers().get(0).id();
        var input = new PatientResourceReader(RULES, workspace.payers(), LocalDate.of(2026, 11, 23), Set.of(therapist))
                .read("patient", new ObjectMapper().readTree("""
                        {"firstName": "Lia", "lastName": "Moreno", "birthDate": "1985-03-04", "sex": "F",
                         "address": {"line1": "9 Oak St", "city": "Eugene", "state": "OR", "zip": "97401"},
                         "accountNumber": "C-1", "payer": "aetna", "insurance": {"memberId": "W555", "relationship": "self"},
                         "therapist": {"id": %d}}""".formatted(therapist)));
        long patient = workspace.patients().create(ADMIN, PatientResource.record(input)).id();
        return workspace.visits().create(ADMIN, patient, """
                {"dateOfService": "2026-11-02", "payer": "aetna", "provider": {"type": "LMT", "npi": "1881697878"},
                 "diagnoses": [{"code": "M62.830", "regions": ["lumbar"]}],
                 "services": [{"code": "97124", "minutes": 30, "regions": ["lumbar"]}]}""").id();
    }

    @Test
    void a_claim_is_refused_while_the_practice_has_no_clearinghouse_naming_where_it_is_set() throws Exception {
        Workspace workspace = workspace(PRACTICE);
        long visit = visitOfAnAetnaPatient(workspace);

        assertThat(workspace.admin().readiness()).extracting(Readiness.Missing::page).contains("the Practice page (/admin/practice)");
        assertThatThrownBy(() -> workspace.claims().create(ADMIN, visit)).isInstanceOfSatisfying(InputException.class,
                refused -> assertThat(refused.problems()).extracting(InputProblem::message)
                        .anySatisfy(message -> assertThat(message).contains("clearinghouse").contains("/admin/practice")));
        assertThat(workspace.claims().forPatient(ADMIN, workspace.patients().list(ADMIN).get(0).id())).isEmpty();
    }

    @Test
    void a_provider_who_has_left_keeps_their_visits_but_is_offered_for_no_new_one() throws Exception {
        Workspace workspace = workspace(PRACTICE + CLEARINGHOUSE);
        long visit = visitOfAnAetnaPatient(workspace);
        Stored<RenderingProvider> june = workspace.admin().providers().get(0);
        RenderingProvider left = june.value();
        workspace.admin().updateProvider(ADMIN, june.id(), june.version(), new RenderingProvider(left.firstName(),
                left.lastName(), left.type(), left.npi(), left.taxonomy(), left.licenseNumber(), left.licenseState(),
                false, left.supervisorNpi()));
        long patient = workspace.patients().list(ADMIN).get(0).id();

        assertThatThrownBy(() -> workspace.visits().create(ADMIN, patient, """
                {"dateOfService": "2026-11-09", "payer": "aetna", "provider": {"type": "LMT", "npi": "1881697878"},
                 "diagnoses": [{"code": "M62.830", "regions": ["lumbar"]}],
                 "services": [{"code": "97124", "minutes": 30, "regions": ["lumbar"]}]}"""))
                .isInstanceOfSatisfying(InputException.class, refused -> assertThat(refused.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.path()).isEqualTo("$.provider.npi");
                            assertThat(problem.message()).contains("no longer active").contains("/admin/providers");
                        }));
        assertThat(workspace.visits().get(ADMIN, visit).record().value().providerId()).isEqualTo(june.id());
    }

    @Test
    void a_claim_keeps_the_practice_it_was_made_with_when_the_practice_changes_later() throws Exception {
        Workspace workspace = workspace(PRACTICE + CLEARINGHOUSE);
        long claim = workspace.claims().create(ADMIN, visitOfAnAetnaPatient(workspace)).claim().id();
        Stored<Practice> before = workspace.admin().practice();
        BillingProvider billing = before.value().billing();
        Practice renamed = new Practice(new BillingProvider("Cascade Bodywork Group LLC", billing.npi(), billing.taxId(),
                billing.taxIdIsSsn(), billing.taxonomy(), billing.address(), billing.phone()), before.value().payTo(),
                before.value().clearinghouse().map(old -> new Clearinghouse(old.submitterName(), "CMT2", old.contactName(),
                        old.contactPhone(), old.receiverName(), old.receiverId())),
                before.value().placeOfService(), before.value().medicareLocality(), false, before.value().providers(),
                before.value().payers());

        workspace.admin().updatePractice(ADMIN, before.version(), renamed);
        workspace.admin().replaceFees(ADMIN, workspace.admin().fees().version(),
                new FeeSchedule("fees", Map.of("97124", Money.parse("35.00"))));

        String edi = new String(workspace.claims().edi(ADMIN, claim), StandardCharsets.US_ASCII);
        assertThat(edi).contains("NM1*85*2*CASCADE MASSAGE THERAPY LLC*").contains("*CMT1*").doesNotContain("BODYWORK")
                .containsPattern("SV1\\*HC:97124[^*]*\\*60\\*UN\\*2");
        assertThat(workspace.practice().billing().name()).isEqualTo("Cascade Bodywork Group LLC");
        long later = workspace.claims().create(ADMIN, workspace.visits().create(ADMIN, workspace.patients().list(ADMIN)
                .get(0).id(), """
                {"dateOfService": "2026-11-09", "payer": "aetna", "provider": {"type": "LMT", "npi": "1881697878"},
                 "diagnoses": [{"code": "M62.830", "regions": ["lumbar"]}],
                 "services": [{"code": "97124", "minutes": 30, "regions": ["lumbar"]}]}""").id()).claim().id();
        assertThat(new String(workspace.claims().edi(ADMIN, later), StandardCharsets.US_ASCII))
                .as("a claim made after the change").contains("NM1*85*2*CASCADE BODYWORK GROUP LLC*")
                .containsPattern("SV1\\*HC:97124[^*]*\\*70\\*UN\\*2");
    }
}
