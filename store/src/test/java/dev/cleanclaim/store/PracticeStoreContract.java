package dev.cleanclaim.store;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.fees.SessionPrice;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.practice.Clearinghouse;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The practice set-up on every database the workspace runs on: the practice, its providers, payer directory and
 * fees, each written at the version read, refused whole when it breaks a rule, and audited in the same transaction.
 */
abstract class PracticeStoreContract {

    abstract Database database();

    private PracticeStore practices;
    private long practiceId;
    private AuditNote audit;

    @BeforeEach
    void aPracticeUsingAllOfTheModel() {
        practices = database().practices();
        practiceId = practices.create(Samples.fullPractice(), new FeeSchedule("ignored", Map.of("97110", Money.parse("45.00"))));
        audit = new AuditNote("admin-" + practiceId, Optional.of("127.0.0.1"), "update", Optional.of("set-up"));
    }

    @Test
    void a_practice_reads_back_whole_with_pay_to_locality_apm_status_test_flag_supervisor_inactive_provider_and_contracted_fees() {
        Practice stored = practices.find(practiceId).orElseThrow();

        assertThat(stored).isEqualTo(Samples.fullPractice());
        assertThat(stored.clearinghouse()).isEmpty();
        assertThat(stored.medicareQualifyingApm()).isTrue();
        assertThat(stored.provider("2222222228").flatMap(RenderingProvider::supervisorNpi)).contains("1558598797");
        assertThat(stored.payer("aetna").orElseThrow().contractedFor("97140", 2)).contains(Money.parse("59.70"));
        assertThat(practices.providers(practiceId)).allSatisfy(provider -> assertThat(provider.version()).isZero());
        assertThat(practices.fees(practiceId).value().perUnit()).containsEntry("97110", Money.parse("45.00"));
    }

    @Test
    void the_practice_saves_at_the_version_read_and_a_stale_save_gets_a_conflict_showing_the_current_practice() {
        Stored<Practice> read = practices.stored(practiceId).orElseThrow();
        Practice withClearinghouse = new Practice(read.value().billing(), Optional.empty(), Optional.of(new Clearinghouse(
                "Cedar PT", "CEDAR01", "Pat Office", "5035550199", "Office Ally", "330897513")), "12", Optional.empty(),
                false, List.of(), Map.of());

        Update<Practice> saved = practices.update(practiceId, read.version(), withClearinghouse, audit);
        Update<Practice> stale = practices.update(practiceId, read.version(), read.value(), audit);

        assertThat(saved).isInstanceOfSatisfying(Update.Saved.class, done -> {
            Practice practice = (Practice) done.stored().value();
            assertThat(done.stored().version()).isEqualTo(read.version() + 1);
            assertThat(practice.clearinghouse()).isEqualTo(withClearinghouse.clearinghouse());
            assertThat(practice.payTo()).isEmpty();
            assertThat(practice.placeOfService()).isEqualTo("12");
            assertThat(practice.test()).isFalse();
            assertThat(practice.providers()).as("providers are not written by a practice update").hasSize(3);
            assertThat(practice.payers()).containsKeys("aetna", "medicare");
        });
        assertThat(stale).isInstanceOfSatisfying(Update.Conflict.class, conflict ->
                assertThat(((Practice) conflict.current().value()).clearinghouse()).isEqualTo(withClearinghouse.clearinghouse()));
        assertThat(practices.update(practiceId + 1_000_000, 0, read.value(), audit)).isInstanceOf(Update.NotFound.class);
        assertThat(audited("practice", practiceId)).isEqualTo(1);
    }

    @Test
    void a_provider_is_added_under_a_supervisor_named_by_npi_and_changed_at_the_version_read() {
        RenderingProvider ota = new RenderingProvider("Rae", "Lind", ProviderType.PTA, "1922000054", "225200000X",
                Optional.of("OR-PTA-88"), Optional.of("OR"), true, Optional.of("1558598797"));

        ProviderWrite added = practices.addProvider(practiceId, ota, audit);

        Stored<RenderingProvider> stored = ((ProviderWrite.Saved) added).stored();
        assertThat(stored.value()).isEqualTo(ota);
        assertThat(stored.version()).isZero();
        RenderingProvider retired = new RenderingProvider("Rae", "Lind-Holt", ProviderType.PTA, "1922000054", "225200000X",
                Optional.of("OR-PTA-88"), Optional.of("WA"), false, Optional.empty());
        assertThat(practices.updateProvider(practiceId, stored.id(), 0, retired, audit))
                .isInstanceOfSatisfying(ProviderWrite.Saved.class, saved -> {
                    assertThat(saved.stored().value()).isEqualTo(retired);
                    assertThat(saved.stored().version()).isEqualTo(1);
                });
        assertThat(practices.updateProvider(practiceId, stored.id(), 0, ota, audit))
                .isInstanceOfSatisfying(ProviderWrite.Conflict.class, conflict ->
                        assertThat(conflict.current().value().lastName()).isEqualTo("Lind-Holt"));
        assertThat(practices.updateProvider(practiceId + 1_000_000, stored.id(), 1, ota, audit))
                .isEqualTo(new ProviderWrite.NotFound(stored.id()));
        assertThat(audited("provider", stored.id())).isEqualTo(2);
    }

    @Test
    void a_duplicate_npi_or_a_supervisor_who_is_no_other_provider_is_refused_and_nothing_is_saved() {
        List<Stored<RenderingProvider>> before = practices.providers(practiceId);
        Stored<RenderingProvider> moss = before.get(0);
        RenderingProvider twin = new RenderingProvider("Lee", "Parks", ProviderType.PT, "1558598797", "225100000X", Optional.empty());
        RenderingProvider unsupervised = new RenderingProvider("Rae", "Lind", ProviderType.PTA, "1922000054", "225200000X",
                Optional.empty(), Optional.empty(), true, Optional.of("1999999995"));

        assertThat(practices.addProvider(practiceId, twin, audit)).isEqualTo(new ProviderWrite.DuplicateNpi("1558598797"));
        assertThat(practices.addProvider(practiceId, unsupervised, audit))
                .isEqualTo(new ProviderWrite.UnknownSupervisor("1999999995"));
        RenderingProvider ownSupervisor = new RenderingProvider("Kim", "Moss", ProviderType.PTA, "2222222228", "225200000X",
                Optional.empty(), Optional.empty(), true, Optional.of("2222222228"));
        assertThat(practices.updateProvider(practiceId, moss.id(), 0, ownSupervisor, audit))
                .isEqualTo(new ProviderWrite.UnknownSupervisor("2222222228"));
        RenderingProvider takingParksNpi = new RenderingProvider("Kim", "Moss", ProviderType.PTA, "1558598797",
                "225200000X", Optional.empty());
        assertThat(practices.updateProvider(practiceId, moss.id(), 0, takingParksNpi, audit))
                .isEqualTo(new ProviderWrite.DuplicateNpi("1558598797"));

        assertThat(practices.providers(practiceId)).isEqualTo(before);
        assertThat(audited("provider", moss.id())).isZero();
    }

    @Test
    void a_payer_entry_is_added_and_changed_with_its_contracted_fees_replaced_at_the_version_read() {
        PayerEntry cigna = new PayerEntry("cigna", new PayerAccount("commercial", "Cigna", "62308", Optional.empty()));

        Stored<PayerEntry> added = ((PayerWrite.Saved) practices.addPayer(practiceId, cigna, audit)).stored();
        assertThat(added.value()).isEqualTo(cigna);
        PayerAccount contracted = new PayerAccount("commercial", "Cigna Healthcare", "62308", Optional.empty(),
                Optional.of("CI"), java.util.OptionalInt.of(90), Optional.empty(), Optional.of("XS"),
                Map.of("97530", Money.parse("38.10")), Optional.empty());
        PayerWrite changed = practices.updatePayer(practiceId, added.id(), 0, new PayerEntry("cigna", contracted), audit);
        PayerAccount newer = new PayerAccount("commercial", "Cigna Healthcare", "62308", Optional.empty(),
                Optional.empty(), java.util.OptionalInt.empty(), Optional.empty(), Optional.empty(),
                Map.of("97110", Money.parse("30.00")), Optional.empty());
        PayerWrite stale = practices.updatePayer(practiceId, added.id(), 0, new PayerEntry("cigna", newer), audit);

        assertThat(changed).isInstanceOfSatisfying(PayerWrite.Saved.class, saved -> assertThat(saved.stored().version()).isEqualTo(1));
        assertThat(stale).isInstanceOfSatisfying(PayerWrite.Conflict.class, conflict ->
                assertThat(conflict.current().value().account()).isEqualTo(contracted));
        assertThat(practices.payer(practiceId, added.id()).orElseThrow().value().account().contracted())
                .containsExactly(Map.entry("97530", Money.parse("38.10")));
        assertThat(practices.payers(practiceId)).extracting(entry -> entry.value().payerId()).contains("aetna", "medicare", "cigna");
        assertThat(practices.payer(practiceId + 1_000_000, added.id())).isEmpty();
        assertThat(audited("payer", added.id())).isEqualTo(2);
    }

    @Test
    void a_payer_entry_taking_another_entrys_directory_id_or_electronic_id_is_refused_and_nothing_is_saved() {
        List<Stored<PayerEntry>> before = practices.payers(practiceId);
        Stored<PayerEntry> medicare = before.stream().filter(entry -> entry.value().payerId().equals("medicare")).findFirst().orElseThrow();

        assertThat(practices.addPayer(practiceId, new PayerEntry("aetna", new PayerAccount("commercial", "Aetna 2", "60055",
                Optional.empty())), audit)).isEqualTo(new PayerWrite.DuplicatePayerId("aetna"));
        assertThat(practices.addPayer(practiceId, new PayerEntry("aetna-hmo", new PayerAccount("commercial", "Aetna HMO",
                "60054", Optional.empty())), audit)).isEqualTo(new PayerWrite.DuplicateElectronicId("60054"));
        assertThat(practices.updatePayer(practiceId, medicare.id(), 0, new PayerEntry("aetna", medicare.value().account()), audit))
                .isEqualTo(new PayerWrite.DuplicatePayerId("aetna"));

        assertThat(practices.payers(practiceId)).isEqualTo(before);
        assertThat(audited("payer", medicare.id())).isZero();
    }

    @Test
    void a_directory_id_that_a_patient_names_keeps_its_name_and_an_unused_one_can_be_renamed() {
        Stored<PayerEntry> aetna = payer("aetna");
        long providerId = practices.providers(practiceId).get(1).id();
        database().patients().create(new PatientRecord(practiceId, Samples.patient("Vance"), Optional.of("aetna"),
                Optional.of(providerId)), Samples.AUDIT);

        assertThat(practices.updatePayer(practiceId, aetna.id(), 0, new PayerEntry("aetna-ppo", aetna.value().account()), audit))
                .isEqualTo(new PayerWrite.PayerIdInUse("aetna"));
        Stored<PayerEntry> medicare = payer("medicare");
        assertThat(practices.updatePayer(practiceId, medicare.id(), 0, new PayerEntry("noridian", medicare.value().account()), audit))
                .isInstanceOf(PayerWrite.Saved.class);
        assertThat(practices.find(practiceId).orElseThrow().payers()).containsOnlyKeys("aetna", "noridian");
    }

    @Test
    void the_fee_schedule_is_replaced_whole_with_modifier_fees_and_session_prices_and_a_stale_replace_gets_a_conflict() {
        Stored<FeeSchedule> read = practices.fees(practiceId);
        assertThat(read.value().name()).isEqualTo("Cedar Physical Therapy PC fee schedule");
        FeeSchedule fees = new FeeSchedule("mine", Map.of("97140", Money.parse("48.00"), "97124", Money.parse("40.00")),
                Map.of("97140", Map.of("52", Money.parse("24.00")), "97124", Map.of("GP", Money.parse("41.00"), "52", Money.parse("20.00"))),
                List.of(new SessionPrice("97124", 60, Money.parse("95.00")), new SessionPrice("97124", 90, Money.parse("135.00"))));

        Update<FeeSchedule> saved = practices.replaceFees(practiceId, read.version(), fees, audit);
        Update<FeeSchedule> stale = practices.replaceFees(practiceId, read.version(), new FeeSchedule("x", Map.of()), audit);

        assertThat(saved).isInstanceOf(Update.Saved.class);
        Stored<FeeSchedule> now = practices.fees(practiceId);
        assertThat(now.version()).isEqualTo(read.version() + 1);
        assertThat(now.value().perUnit()).isEqualTo(fees.perUnit()).doesNotContainKey("97110");
        assertThat(now.value().modifierFees()).isEqualTo(fees.modifierFees());
        assertThat(now.value().sessions()).isEqualTo(fees.sessions());
        assertThat(now.value().chargeFor("97140", List.of("52"), 2)).contains(Money.parse("48.00"));
        assertThat(stale).isInstanceOfSatisfying(Update.Conflict.class, conflict ->
                assertThat(conflict.current().value()).isEqualTo(now.value()));
        assertThat(practices.replaceFees(practiceId + 1_000_000, 0, fees, audit)).isInstanceOf(Update.NotFound.class);
        assertThat(audited("fee-schedule", practiceId)).isEqualTo(1);
        assertThat(practices.stored(practiceId).orElseThrow().version()).as("the practice row's own version").isZero();
    }

    @Test
    void a_claim_keeps_the_practice_facts_it_was_made_with_and_an_older_claim_has_none() {
        long providerId = practices.providers(practiceId).get(1).id();
        long patientId = database().patients().create(new PatientRecord(practiceId, Samples.patient("Quinn"),
                Optional.of("aetna"), Optional.of(providerId)), Samples.AUDIT).id();
        long visitId = database().visits().create(new VisitRecord(patientId, providerId, LocalDate.of(2026, 8, 3), "aetna",
                "{}"), Samples.AUDIT).id();
        String facts = "{\"billing\":{\"npi\":\"1245319599\"},\"payer\":{\"id\":\"aetna\",\"payerId\":\"60054\"}}";

        Stored<ClaimRecord> withFacts = database().claims().create(Samples.claim(visitId, patientId, "aetna",
                LocalDate.of(2026, 8, 3), ClaimStatus.SCRUBBED), facts, "biller");
        Stored<ClaimRecord> without = database().claims().create(Samples.claim(visitId, patientId, "aetna",
                LocalDate.of(2026, 8, 3), ClaimStatus.SCRUBBED), "biller");

        assertThat(database().claims().practiceFacts(withFacts.id())).contains(facts);
        assertThat(database().claims().practiceFacts(without.id())).isEmpty();
    }

    @Test
    void a_value_longer_than_its_column_is_refused_naming_its_field_and_nothing_is_saved() {
        RenderingProvider longName = new RenderingProvider("A".repeat(36), "Lind", ProviderType.PT, "1922000054",
                "225100000X", Optional.empty());
        PayerEntry longSource = new PayerEntry("cigna", new PayerAccount("commercial", "Cigna", "62308", Optional.empty(),
                Optional.empty(), java.util.OptionalInt.empty(), Optional.empty(), Optional.empty(), Map.of(),
                Optional.of("s".repeat(301))));
        FeeSchedule longModifier = new FeeSchedule("x", Map.of(), Map.of("97140", Map.of("GPX", Money.parse("1.00"))), List.of());

        assertThatThrownBy(() -> practices.addProvider(practiceId, longName, audit))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstName");
        assertThatThrownBy(() -> practices.addPayer(practiceId, longSource, audit))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source");
        assertThatThrownBy(() -> practices.replaceFees(practiceId, 0, longModifier, audit))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GPX");
        assertThat(practices.providers(practiceId)).hasSize(3);
        assertThat(practices.payers(practiceId)).hasSize(2);
        assertThat(practices.fees(practiceId).version()).isZero();
    }

    @Test
    void a_practice_naming_a_supervisor_it_does_not_have_is_not_created_at_all() {
        Practice practice = Samples.fullPractice();
        String name = "Orphan PT " + practiceId;
        Practice broken = new Practice(new dev.cleanclaim.core.practice.BillingProvider(name, "1245319599", "931234568",
                false, "225100000X", practice.billing().address(), Optional.empty()), Optional.empty(), Optional.empty(),
                "11", Optional.empty(), false, List.of(practice.providers().get(0)), Map.of());

        IllegalArgumentException refused = catchThrowableOfType(() -> practices.create(broken), IllegalArgumentException.class);

        assertThat(refused).hasMessageContaining("2222222228").hasMessageContaining("supervisor 1558598797");
        long kept = database().jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM practice WHERE name = :name")
                .bind("name", name).mapTo(Long.class).one());
        assertThat(kept).isZero();
    }

    @Test
    void the_stamp_moves_with_every_change_of_the_practice_its_providers_payers_and_fees_and_only_then() {
        long before = practices.stamp(practiceId);
        assertThat(practices.stamp(practiceId)).isEqualTo(before);

        practices.addPayer(practiceId, new PayerEntry("cigna", new PayerAccount("commercial", "Cigna", "62308",
                Optional.empty())), audit);
        long afterPayer = practices.stamp(practiceId);
        Stored<FeeSchedule> fees = practices.fees(practiceId);
        practices.replaceFees(practiceId, fees.version(), new FeeSchedule("fees", Map.of("97140", Money.parse("50.00"))), audit);

        assertThat(afterPayer).isGreaterThan(before);
        assertThat(practices.stamp(practiceId)).isGreaterThan(afterPayer);
    }

    @Test
    void an_insurers_medicare_advantage_plan_may_share_its_commercial_payer_id_under_another_pack() {
        assertThat(practices.addPayer(practiceId, new PayerEntry("aetna-medicare", new PayerAccount("medicare-advantage",
                "Aetna Medicare", "60054", Optional.empty())), audit)).isInstanceOf(PayerWrite.Saved.class);
        assertThat(practices.payers(practiceId)).extracting(entry -> entry.value().payerId()).contains("aetna", "aetna-medicare");
    }

    @Test
    void a_second_writer_saving_the_same_key_first_is_recognised_by_its_constraint() {
        JdbiException duplicate = catchThrowableOfType(() -> database().jdbi().useHandle(handle ->
                PayerRows.insert(handle, practiceId, new PayerEntry("aetna-2", Samples.aetna()))), JdbiException.class);

        assertThat(Columns.violates(duplicate, PayerRows.ELECTRONIC_ID_UNIQUE)).isTrue();
        assertThat(Columns.violates(duplicate, PayerRows.PAYER_ID_UNIQUE)).isFalse();
    }

    @Test
    void importing_the_same_practice_file_again_bumps_no_version_and_writes_no_audit_row() {
        // An import goes to the workspace's first practice, which on this shared database may be another test's.
        FeeSchedule fees = new FeeSchedule("file", Map.of("97110", Money.parse("45.00")),
                Map.of("97140", Map.of("52", Money.parse("24.00"))),
                List.of(new SessionPrice("97124", 90, Money.parse("135.00")), new SessionPrice("97124", 60, Money.parse("95.00"))));
        long first = practices.importPractice(Samples.fullPractice(), Optional.of(fees), audit);
        String before = versions(first);
        long stamp = practices.stamp(first);
        long audited = audited("practice", first);

        long again = practices.importPractice(Samples.fullPractice(), Optional.of(fees), audit);

        assertThat(again).isEqualTo(first);
        assertThat(versions(first)).isEqualTo(before);
        assertThat(practices.stamp(first)).isEqualTo(stamp);
        assertThat(audited("practice", first)).isEqualTo(audited);
    }

    @Test
    void an_import_changing_one_provider_bumps_only_that_providers_version_and_audits_what_changed() {
        long first = practices.importPractice(Samples.fullPractice(), Optional.empty(), audit);
        String before = versions(first);
        Practice full = Samples.fullPractice();
        RenderingProvider kim = full.providers().get(0);
        RenderingProvider unsupervised = new RenderingProvider(kim.firstName(), kim.lastName(), kim.type(), kim.npi(),
                kim.taxonomy(), kim.licenseNumber(), kim.licenseState(), kim.active(), Optional.empty());

        practices.importPractice(full.withProviders(List.of(unsupervised, full.providers().get(1), full.providers().get(2))),
                Optional.empty(), audit);

        Stored<RenderingProvider> changed = practices.providers(first).stream()
                .filter(provider -> provider.value().npi().equals(kim.npi())).findFirst().orElseThrow();
        assertThat(changed.value().supervisorNpi()).isEmpty();
        assertThat(versions(first)).isNotEqualTo(before)
                .isEqualTo(before.replace("provider " + kim.npi() + " " + (changed.version() - 1) + ";",
                        "provider " + kim.npi() + " " + changed.version() + ";"));
        assertThat(database().audit().recent(5)).first().satisfies(entry ->
                assertThat(entry.detail()).contains("set-up: provider " + kim.npi()));
    }

    /** Every version an admin's open page names: the practice row, each provider, each payer entry and the fees. */
    private String versions(long id) {
        StringBuilder all = new StringBuilder("practice " + practices.stored(id).orElseThrow().version() + ";");
        practices.providers(id).forEach(p -> all.append("provider ").append(p.value().npi()).append(' ').append(p.version()).append(';'));
        practices.payers(id).forEach(p -> all.append("payer ").append(p.value().payerId()).append(' ').append(p.version()).append(';'));
        return all.append("fees ").append(practices.fees(id).version()).toString();
    }

    private Stored<PayerEntry> payer(String payerId) {
        return practices.payers(practiceId).stream().filter(entry -> entry.value().payerId().equals(payerId)).findFirst()
                .orElseThrow();
    }

    /** How many audit rows this test's admin left on the entity. */
    private long audited(String entity, long id) {
        return database().audit().recent(10_000).stream()
                .filter(entry -> entry.user().equals(audit.user()) && entry.entity().equals(entity)
                        && entry.entityId().equals(Optional.of(Long.toString(id))))
                .peek(entry -> assertThat(entry.remoteAddress()).contains("127.0.0.1"))
                .count();
    }
}
