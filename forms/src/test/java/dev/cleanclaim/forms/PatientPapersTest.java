package dev.cleanclaim.forms;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.submission.ClaimDescriptions;
import dev.cleanclaim.core.submission.SamplePackets;
import dev.cleanclaim.rules.BuiltInRuleData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatientPapersTest {

    private static final ClaimDescriptions DESCRIPTIONS = new ClaimDescriptions(BuiltInRuleData.load());
    private static final LocalDate ISSUED = LocalDate.of(2026, 7, 9);

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void the_superbill_shows_provider_licence_npi_tax_id_patient_date_codes_units_fees_diagnoses_and_amount_paid() throws Exception {
        String text = text(new SuperbillPdf(DESCRIPTIONS).render(List.of(SamplePackets.cuppingForADependent()),
                List.of(Money.parse("115.00")), ISSUED));

        assertThat(text).contains("Superbill and receipt", "Riverside Chiropractic and Massage LLC",
                "Sam Ortiz, LMT", "NPI 1295723567", "Licence OR-LMT-20931", "Tax id 93-1234567",
                "Leo Park", "Born 09/30/2012", "Date of service 07/06/2026",
                "M62.830", "97124", "U7", "$80.00", "97139", "Myofascial cupping", "$35.00",
                "Total charges", "$115.00", "Amount paid", "Balance due", "$0.00");
        assertThat(text).containsPattern("M62\\.830\\s+\\S+");
    }

    @Test
    void the_superbill_names_each_diagnosis_in_plain_words_from_the_code_set() throws Exception {
        String text = text(new SuperbillPdf(DESCRIPTIONS).render(List.of(SamplePackets.chiropracticVisit()),
                List.of(Money.ZERO), ISSUED));

        assertThat(text).containsIgnoringCase("pain in left shoulder").contains("Balance due", "$107.50");
    }

    @Test
    void the_superbill_needs_one_paid_amount_per_visit() {
        assertThatThrownBy(() -> new SuperbillPdf(DESCRIPTIONS).render(List.of(SamplePackets.chiropracticVisit()),
                List.of(), ISSUED)).hasMessageContaining("one paid amount per visit");
    }

    @Test
    void the_letter_of_medical_necessity_states_condition_treatment_frequency_sessions_and_a_one_year_validity() throws Exception {
        String text = text(new MedicalNecessityLetterPdf(DESCRIPTIONS).render(List.of(SamplePackets.chiropracticVisit()),
                new LetterTerms("once a week", 12), ISSUED));

        assertThat(text).contains("Letter of medical necessity", "Ana García", "M25.512", "98941", "97140",
                "12 sessions, once a week", "valid from July 9, 2026 through July 8, 2027",
                "Maria Lopez, NPI 1558598797", "Signature");
    }

    @Test
    void a_letter_without_a_referring_physician_leaves_a_line_for_the_name_and_npi() throws Exception {
        String text = text(new MedicalNecessityLetterPdf(DESCRIPTIONS).render(List.of(SamplePackets.cuppingForADependent()),
                new LetterTerms("twice a month", 6), ISSUED));

        assertThat(text).contains("Name and NPI ____", "6 sessions, twice a month");
    }

    @Test
    void letter_terms_refuse_a_blank_frequency_or_an_impossible_number_of_sessions() {
        assertThatThrownBy(() -> new LetterTerms(" ", 12)).hasMessageContaining("frequency");
        assertThatThrownBy(() -> new LetterTerms("weekly", 0)).hasMessageContaining("sessions");
    }
}
