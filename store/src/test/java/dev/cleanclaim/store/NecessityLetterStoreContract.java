package dev.cleanclaim.store;

import dev.cleanclaim.core.letter.NecessityLetter;
import dev.cleanclaim.core.letter.Physician;
import dev.cleanclaim.core.practice.Address;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Letters of medical necessity kept with the client, on every database the workspace runs on. */
abstract class NecessityLetterStoreContract {

    abstract Database database();

    private long patientId;

    @BeforeEach
    void aSelfPayClient() {
        long practiceId = database().practices().create(Samples.practice());
        patientId = database().patients().create(new PatientRecord(practiceId, Samples.patient("Hollis"),
                Optional.empty(), Optional.empty()), Samples.AUDIT).id();
    }

    static NecessityLetter letter(LocalDate from, String condition) {
        Physician physician = new Physician("Maria", "Lopez", "MD", "1558598797",
                new Address("410 NW 18th Ave", Optional.of("Suite 200"), "Portland", "OR", "972091234"), "5035550142");
        return new NecessityLetter(from, from, from.plusMonths(12).minusDays(1), physician, List.of("M54.50", "M62.830"),
                condition, "Therapeutic massage", "once a week", "12 weeks");
    }

    @Test
    void a_letter_is_kept_with_the_client_whole_and_read_back_newest_period_first() {
        NecessityLetter older = letter(LocalDate.of(2025, 3, 1), "Low back pain with muscle spasm");
        NecessityLetter newer = letter(LocalDate.of(2026, 3, 1), "Low back pain, renewed");
        Stored<NecessityLetter> first = database().necessityLetters().create(patientId, older, Samples.AUDIT);
        Stored<NecessityLetter> second = database().necessityLetters().create(patientId, newer, Samples.AUDIT);

        assertThat(database().necessityLetters().forPatient(patientId)).extracting(Stored::value).containsExactly(newer, older);
        assertThat(database().necessityLetters().find(patientId, first.id())).map(Stored::value).contains(older);
        assertThat(second.id()).isGreaterThan(first.id());
    }

    @Test
    void a_letter_is_found_only_under_its_own_client() {
        Stored<NecessityLetter> kept = database().necessityLetters().create(patientId,
                letter(LocalDate.of(2026, 1, 5), "Neck pain"), Samples.AUDIT);

        assertThat(database().necessityLetters().find(patientId + 1000, kept.id())).isEmpty();
        assertThat(database().necessityLetters().patientOf(kept.id())).contains(patientId);
        assertThat(database().necessityLetters().patientOf(kept.id() + 1000)).isEmpty();
    }

    @Test
    void each_letter_has_its_audit_row_written_with_it() {
        Stored<NecessityLetter> kept = database().necessityLetters().create(patientId,
                letter(LocalDate.of(2026, 2, 2), "Tension headache"), Samples.AUDIT);

        AuditQuery query = new AuditQuery(Optional.empty(), Optional.empty(), Optional.of("necessity-letter"),
                Optional.of(Long.toString(kept.id())), Optional.empty(), Optional.empty());
        assertThat(database().audit().find(query, 10, 0)).singleElement()
                .satisfies(entry -> assertThat(entry.user()).isEqualTo("biller"));
    }

    @Test
    void a_condition_longer_than_its_column_is_refused_by_name_and_nothing_is_kept() {
        assertThatThrownBy(() -> database().necessityLetters().create(patientId,
                letter(LocalDate.of(2026, 4, 4), "x".repeat(401)), Samples.AUDIT))
                .isInstanceOf(ValueTooLong.class).hasMessageContaining("condition");

        assertThat(database().necessityLetters().forPatient(patientId)).isEmpty();
    }
}
