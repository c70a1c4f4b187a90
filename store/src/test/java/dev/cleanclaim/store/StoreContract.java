package dev.cleanclaim.store;

import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.Coverage;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.ReferringProvider;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.referral.Referral;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every database the workspace runs on must do: the same tests run on H2 and on PostgreSQL. Each test
 * works in a practice of its own, so the tests share one database without cleaning up.
 */
abstract class StoreContract {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    abstract Database database();

    private long practiceId;
    private long providerId;
    private long patientId;
    private long visitId;

    @BeforeEach
    void aPracticeWithAPatientAndAVisit() {
        practiceId = database().practices().create(Samples.practice());
        providerId = database().practices().providers(practiceId).get(0).id();
        patientId = database().patients().create(new PatientRecord(practiceId, Samples.patient("Park"),
                Optional.of("commercial"), Optional.of(providerId)), Samples.AUDIT).id();
        visitId = database().visits().create(new VisitRecord(patientId, providerId, LocalDate.of(2026, 7, 8), "commercial",
                "{\"dateOfService\":\"2026-07-08\"}"), Samples.AUDIT).id();
    }

    @Test
    void a_practice_keeps_its_billing_provider_providers_and_payers() {
        Practice stored = database().practices().find(practiceId).orElseThrow();

        assertThat(stored).isEqualTo(Samples.practice());
        assertThat(database().practices().providers(practiceId)).extracting(provider -> provider.value().lastName())
                .containsExactly("Reyes", "Ortiz");
    }

    @Test
    void a_patient_with_a_subscriber_reads_back_as_saved() {
        PatientRecord record = new PatientRecord(practiceId, Samples.patient("Okafor"), Optional.of("commercial"), Optional.empty());
        Stored<PatientRecord> created = database().patients().create(record, Samples.AUDIT);

        assertThat(database().patients().find(created.id())).hasValueSatisfying(found -> {
            assertThat(found.value()).isEqualTo(record);
            assertThat(found.version()).isZero();
        });
    }

    @Test
    void a_secondary_insurance_is_saved_read_back_changed_and_removed_with_the_patient() {
        PatientRecord withSecondary = new PatientRecord(practiceId, Samples.patient("Okafor"), Optional.of("commercial"),
                Optional.of(providerId), Optional.of(Samples.secondary("bcbs", "RBX100")));
        Stored<PatientRecord> created = database().patients().create(withSecondary, Samples.AUDIT);

        assertThat(database().patients().find(created.id())).hasValueSatisfying(found ->
                assertThat(found.value()).isEqualTo(withSecondary));
        assertThat(database().patients().list(practiceId)).filteredOn(patient -> patient.id() == created.id())
                .singleElement().satisfies(listed -> assertThat(listed.value().secondary()).isEqualTo(withSecondary.secondary()));

        PatientRecord changed = new PatientRecord(practiceId, withSecondary.patient(), Optional.of("commercial"),
                Optional.of(providerId), Optional.of(new Coverage("medicare", "1EG4TE5MK73", Optional.empty(),
                Relationship.SELF, Optional.empty())));
        assertThat(database().patients().update(created.id(), 0, changed, Samples.AUDIT)).isInstanceOf(Update.Saved.class);
        assertThat(database().patients().find(created.id()).orElseThrow().value()).isEqualTo(changed);

        PatientRecord without = new PatientRecord(practiceId, withSecondary.patient(), Optional.of("commercial"),
                Optional.of(providerId));
        assertThat(database().patients().update(created.id(), 1, without, Samples.AUDIT)).isInstanceOf(Update.Saved.class);
        assertThat(database().patients().find(created.id())).hasValueSatisfying(found -> {
            assertThat(found.value().secondary()).isEmpty();
            assertThat(found.value().patient()).isEqualTo(withSecondary.patient());
            assertThat(found.version()).isEqualTo(2);
        });
    }

    @Test
    void a_patient_who_becomes_self_pay_loses_both_policies() {
        PatientRecord insured = new PatientRecord(practiceId, Samples.patient("Nguyen"), Optional.of("commercial"),
                Optional.empty(), Optional.of(Samples.secondary("bcbs", "RBX200")));
        Stored<PatientRecord> created = database().patients().create(insured, Samples.AUDIT);
        Patient selfPay = new Patient(insured.patient().person(), insured.patient().accountNumber(), Optional.empty(),
                Optional.empty(), Relationship.SELF, Optional.empty(), Optional.empty());

        database().patients().update(created.id(), 0, new PatientRecord(practiceId, selfPay, Optional.empty(), Optional.empty()), Samples.AUDIT);

        assertThat(database().patients().find(created.id())).hasValueSatisfying(found -> {
            assertThat(found.value().payerId()).isEmpty();
            assertThat(found.value().secondary()).isEmpty();
        });
    }

    @Test
    void two_users_editing_one_patient_the_second_gets_a_conflict_with_the_first_ones_change_and_nothing_is_lost() {
        Stored<PatientRecord> read = database().patients().find(patientId).orElseThrow();
        PatientRecord first = new PatientRecord(practiceId, Samples.patient("Park-Lee"), Optional.of("commercial"), Optional.of(providerId));
        PatientRecord second = new PatientRecord(practiceId, Samples.patient("Parker"), Optional.of("commercial"), Optional.of(providerId));

        Update<PatientRecord> firstSave = database().patients().update(patientId, read.version(), first, Samples.AUDIT);
        Update<PatientRecord> secondSave = database().patients().update(patientId, read.version(), second, Samples.AUDIT);

        assertThat(firstSave).isInstanceOf(Update.Saved.class);
        assertThat(secondSave).isInstanceOfSatisfying(Update.Conflict.class, conflict ->
                assertThat(((PatientRecord) conflict.current().value()).patient().person().lastName()).isEqualTo("Park-Lee"));
        assertThat(database().patients().find(patientId).orElseThrow().value().patient().person().lastName()).isEqualTo("Park-Lee");
    }

    @Test
    void a_claim_moves_through_its_lifecycle_and_every_step_is_kept_in_its_history() {
        ClaimStore claims = database().claims();
        Stored<ClaimRecord> claim = claims.create(Samples.claim(visitId, patientId, "commercial", LocalDate.of(2026, 7, 8),
                ClaimStatus.SCRUBBED), "biller");

        Transition ready = claims.move(claim.id(), claim.version(), ClaimStatus.READY, "biller", Optional.empty());
        Transition submitted = claims.move(claim.id(), claim.version() + 1, ClaimStatus.SUBMITTED, "biller", Optional.of("837 batch 17"));

        assertThat(ready).isInstanceOf(Transition.Moved.class);
        assertThat(submitted).isInstanceOf(Transition.Moved.class);
        assertThat(claims.history(claim.id())).extracting(ClaimEvent::to)
                .containsExactly(ClaimStatus.SCRUBBED, ClaimStatus.READY, ClaimStatus.SUBMITTED);
        assertThat(claims.history(claim.id()).get(2).note()).contains("837 batch 17");
        assertThat(claims.find(claim.id()).orElseThrow().value().status()).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void a_move_the_lifecycle_does_not_allow_is_refused_and_changes_nothing() {
        ClaimStore claims = database().claims();
        Stored<ClaimRecord> claim = claims.create(Samples.claim(visitId, patientId, "commercial", LocalDate.of(2026, 7, 8),
                ClaimStatus.SCRUBBED), "biller");

        assertThat(claims.move(claim.id(), 0, ClaimStatus.PAID, "biller", Optional.empty()))
                .isEqualTo(new Transition.NotAllowed(ClaimStatus.SCRUBBED, ClaimStatus.PAID));
        assertThat(claims.history(claim.id())).hasSize(1);
    }

    @Test
    void two_users_moving_one_claim_the_second_gets_a_conflict() {
        ClaimStore claims = database().claims();
        Stored<ClaimRecord> claim = claims.create(Samples.claim(visitId, patientId, "commercial", LocalDate.of(2026, 7, 8),
                ClaimStatus.SCRUBBED), "biller");

        claims.move(claim.id(), 0, ClaimStatus.READY, "ana", Optional.empty());
        Transition late = claims.move(claim.id(), 0, ClaimStatus.SCRUBBED, "ben", Optional.empty());

        assertThat(late).isInstanceOfSatisfying(Transition.Conflict.class, conflict ->
                assertThat(conflict.current().value().status()).isEqualTo(ClaimStatus.READY));
    }

    @Test
    void a_revised_claim_keeps_its_earlier_contents_in_the_history() {
        ClaimStore claims = database().claims();
        Stored<ClaimRecord> claim = claims.create(Samples.claim(visitId, patientId, "commercial", LocalDate.of(2026, 7, 8),
                ClaimStatus.SCRUBBED), "biller");
        ClaimRecord fixed = new ClaimRecord(visitId, patientId, ClaimStatus.SCRUBBED, claim.value().patientControlNumber(),
                Samples.fullDraft("commercial", LocalDate.of(2026, 7, 8)));

        assertThat(claims.revise(claim.id(), 0, fixed, "biller", "applied the cmt.region fix")).isInstanceOf(Update.Saved.class);
        assertThat(claims.history(claim.id())).extracting(event -> event.body().orElseThrow())
                .satisfiesExactly(first -> assertThat(first).contains("\"lines\":[]"),
                        revised -> assertThat(revised).contains("\"code\":\"97140\"", "\"modifiers\":[\"XS\",\"GP\",\"KX\"]"));
        assertThat(claims.revise(claim.id(), 0, fixed, "other", "stale")).isInstanceOf(Update.Conflict.class);
    }

    @Test
    void claims_are_listed_by_status_payer_and_date_of_service() {
        ClaimStore claims = database().claims();
        String payer = "payer-" + practiceId;
        claims.create(Samples.claim(visitId, patientId, payer, LocalDate.of(2026, 7, 1), ClaimStatus.READY), "biller");
        claims.create(Samples.claim(visitId, patientId, payer, LocalDate.of(2026, 7, 9), ClaimStatus.READY), "biller");
        claims.create(Samples.claim(visitId, patientId, payer, LocalDate.of(2026, 7, 9), ClaimStatus.DENIED), "biller");

        List<Stored<ClaimSummary>> ready = claims.list(new ClaimFilter(Optional.of(ClaimStatus.READY), Optional.of(payer),
                Optional.of(LocalDate.of(2026, 7, 5)), Optional.empty(), 100));

        assertThat(ready).singleElement().satisfies(claim -> assertThat(claim.value().dateOfService()).isEqualTo(LocalDate.of(2026, 7, 9)));
        assertThat(claims.list(new ClaimFilter(Optional.empty(), Optional.of(payer), Optional.empty(), Optional.empty(), 100)))
                .extracting(claim -> claim.value().dateOfService())
                .containsExactly(LocalDate.of(2026, 7, 9), LocalDate.of(2026, 7, 9), LocalDate.of(2026, 7, 1));
        assertThat(claims.countByStatus(Optional.empty())).anySatisfy(count -> assertThat(count.status()).isEqualTo(ClaimStatus.DENIED));
    }

    @Test
    void a_page_of_claims_skips_the_claims_before_it_and_the_count_is_of_every_page() {
        ClaimStore claims = database().claims();
        String payer = "paged-" + practiceId;
        for (int day = 1; day <= 5; day++) {
            claims.create(Samples.claim(visitId, patientId, payer, LocalDate.of(2026, 8, day), ClaimStatus.READY), "biller");
        }
        ClaimFilter all = new ClaimFilter(Optional.empty(), Optional.of(payer), Optional.empty(), Optional.empty(), 100);

        List<Stored<ClaimSummary>> second = claims.list(all.page(2, 2));

        assertThat(second).extracting(claim -> claim.value().dateOfService())
                .containsExactly(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 2));
        assertThat(claims.list(all.page(2, 4))).extracting(claim -> claim.value().dateOfService())
                .containsExactly(LocalDate.of(2026, 8, 1));
        assertThat(claims.count(all.page(2, 4))).isEqualTo(5);
        assertThat(claims.count(new ClaimFilter(Optional.of(ClaimStatus.DENIED), Optional.of(payer), Optional.empty(),
                Optional.empty(), 100))).isZero();
    }

    @Test
    void a_referral_counts_its_visits_and_stops_at_the_number_authorized() {
        ReferralStore referrals = database().referrals();
        Referral referral = new Referral(new ReferringProvider("Ruth", "Adams", "1564738296", Optional.of("RF-9")),
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), 2, 0);
        Stored<Referral> stored = referrals.create(patientId, referral);

        assertThat(referrals.useVisit(stored.id())).isTrue();
        assertThat(referrals.useVisit(stored.id())).isTrue();
        assertThat(referrals.useVisit(stored.id())).isFalse();
        assertThat(referrals.forPatient(patientId)).singleElement().satisfies(found -> {
            assertThat(found.value().visitsUsed()).isEqualTo(2);
            assertThat(found.value().referrer().referralNumber()).contains("RF-9");
            assertThat(found.value().standingOn(LocalDate.of(2026, 8, 1)).problem()).contains("all 2 authorized visits are used");
        });
    }

    @Test
    void the_audit_log_keeps_who_did_what_to_which_record_from_where() {
        String user = "user-" + practiceId;
        database().audit().record(user, "read", "patient", Optional.of(Long.toString(patientId)),
                Optional.of("127.0.0.1"), Optional.empty());

        assertThat(database().audit().recent(50)).anySatisfy(entry -> {
            assertThat(entry.user()).isEqualTo(user);
            assertThat(entry.action()).isEqualTo("read");
            assertThat(entry.entityId()).contains(Long.toString(patientId));
            assertThat(entry.remoteAddress()).contains("127.0.0.1");
            assertThat(entry.occurredAt()).isEqualTo(CLOCK.instant());
        });
    }

    @Test
    void a_new_practice_lists_a_therapists_patient_with_the_therapist() {
        List<Stored<PatientRecord>> patients = database().patients().list(practiceId);

        assertThat(patients).singleElement().satisfies(patient -> assertThat(patient.value().therapistId()).contains(providerId));
        RenderingProvider therapist = database().practices().providers(practiceId).get(0).value();
        assertThat(therapist.lastName()).isEqualTo("Reyes");
    }

    @Test
    void a_second_factor_is_confirmed_once_and_each_code_and_recovery_code_is_used_once() {
        UserAccount user = database().users().create("totp-" + practiceId, "hash", UserRole.BILLER, Optional.empty());
        SecondFactorStore factors = database().secondFactors();
        AuditNote note = new AuditNote("totp-" + practiceId, Optional.empty(), "enroll-second-factor", Optional.empty());

        assertThat(factors.of(user.id()).confirmed()).isFalse();
        assertThat(factors.enrol(user.id(), "SECONDSECRET", 100, List.of("h1", "h2"), note)).isTrue();
        assertThat(factors.enrol(user.id(), "THIRD", 100, List.of("h3"), note)).as("one that is on is never overwritten").isFalse();
        assertThat(factors.of(user.id()).secret()).contains("SECONDSECRET");
        assertThat(database().users().find(user.id())).hasValueSatisfying(found -> assertThat(found.secondFactor()).isTrue());

        assertThat(factors.useStep(user.id(), 100)).as("the confirming code's step is used").isFalse();
        assertThat(factors.useStep(user.id(), 101)).isTrue();
        assertThat(factors.useStep(user.id(), 101)).isFalse();
        assertThat(factors.useRecoveryCode(user.id(), "h2")).isTrue();
        assertThat(factors.useRecoveryCode(user.id(), "h2")).isFalse();
        assertThat(factors.recoveryCodesLeft(user.id())).isEqualTo(1);

        assertThat(factors.remove(user.id(), note)).isTrue();
        assertThat(factors.of(user.id())).isEqualTo(new SecondFactor(user.id(), Optional.empty(), false, java.util.OptionalLong.empty()));
        assertThat(factors.recoveryCodesLeft(user.id())).isZero();
        assertThat(factors.remove(user.id(), note)).isFalse();
        assertThat(database().audit().recent(20)).filteredOn(entry -> entry.user().equals("totp-" + practiceId))
                .as("one row for the confirmation and one for the removal").hasSize(2);
    }

    @Test
    void a_username_already_taken_creates_no_second_user_and_says_so_without_an_error() {
        String username = "taken-" + practiceId;
        UserAccount first = database().users().create(username, "first hash", UserRole.BILLER, Optional.empty());

        assertThat(database().users().createUnlessTaken(username, "second hash", UserRole.ADMIN, Optional.empty())).isEmpty();
        assertThat(database().users().list()).filteredOn(user -> user.username().equals(username)).singleElement()
                .satisfies(user -> {
                    assertThat(user.id()).isEqualTo(first.id());
                    assertThat(user.role()).isEqualTo(UserRole.BILLER);
                });
    }

    @Test
    void a_therapist_user_is_tied_to_a_provider_and_an_api_token_finds_its_user_until_revoked() {
        UserAccount therapist = database().users().create("therapist-" + practiceId, "hash", UserRole.THERAPIST,
                Optional.of(providerId));
        String hash = String.format("%064d", practiceId);
        ApiToken token = database().apiTokens().create(therapist.id(), hash, "laptop");

        assertThat(database().users().findByUsername(therapist.username())).hasValueSatisfying(found ->
                assertThat(found.providerId()).contains(providerId));
        assertThat(database().apiTokens().activeUserOf(hash).map(UserAccount::id)).contains(therapist.id());
        assertThat(database().apiTokens().activeUserOf(hash)).hasValueSatisfying(user ->
                assertThat(user.username()).isEqualTo(therapist.username()));
        database().users().setActive(therapist.id(), false);
        assertThat(database().apiTokens().activeUserOf(hash)).as("a deactivated user's token").isEmpty();
        database().users().setActive(therapist.id(), true);
        assertThat(database().apiTokens().activeUserOf(hash)).as("reactivating the user does not revive the token").isEmpty();
        assertThat(database().apiTokens().revoke(therapist.id() + 1_000_000, token.id())).isFalse();
        assertThat(database().apiTokens().revoke(therapist.id(), token.id())).isTrue();
        assertThat(database().apiTokens().activeUserOf(hash)).isEmpty();
    }

    @Test
    void two_users_editing_one_visit_the_second_gets_a_conflict_with_the_first_ones_change() {
        VisitRecord first = new VisitRecord(patientId, providerId, LocalDate.of(2026, 7, 8), "commercial", "{\"first\":true}");
        VisitRecord second = new VisitRecord(patientId, providerId, LocalDate.of(2026, 7, 8), "commercial", "{\"second\":true}");

        assertThat(database().visits().update(visitId, 0, first, Samples.AUDIT)).isInstanceOf(Update.Saved.class);
        Update<VisitRecord> late = database().visits().update(visitId, 0, second, Samples.AUDIT);

        assertThat(late).isInstanceOfSatisfying(Update.Conflict.class, conflict ->
                assertThat(((VisitRecord) conflict.current().value()).body()).isEqualTo("{\"first\":true}"));
        assertThat(database().visits().find(visitId).orElseThrow().version()).isEqualTo(1);
    }
}
