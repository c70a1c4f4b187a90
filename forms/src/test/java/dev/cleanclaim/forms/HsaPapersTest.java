package dev.cleanclaim.forms;

import dev.cleanclaim.core.letter.NecessityLetter;
import dev.cleanclaim.core.letter.Physician;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.submission.ClaimDescriptions;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.submission.SamplePackets;
import dev.cleanclaim.rules.BuiltInRuleData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The papers an HSA, FSA or out-of-network client sends in: the superbill over a period and the letter of necessity. */
class HsaPapersTest {

    private static final ClaimDescriptions DESCRIPTIONS = new ClaimDescriptions(BuiltInRuleData.load());
    private static final LocalDate ISSUED = LocalDate.of(2026, 7, 20);

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static ClaimPacket massage(LocalDate date) {
        return SamplePackets.packet(SamplePackets.payer("self-pay", "09"), SamplePackets.dependent(),
                SamplePackets.MASSAGE_THERAPIST, date, List.of("M62.830", "M54.50"),
                List.of(SamplePackets.line("97124", List.of(), 4, "23.75", "A", "B")), Map.of());
    }

    @Test
    void zip_plus_four_phone_and_tax_id_print_as_people_write_them_and_an_ssn_only_by_its_last_four() {
        assertThat(Printed.zip("972011234")).isEqualTo("97201-1234");
        assertThat(Printed.zip("97211")).isEqualTo("97211");
        assertThat(Printed.phone("5035550100")).isEqualTo("(503) 555-0100");
        assertThat(Printed.phone("503-555-0100")).isEqualTo("(503) 555-0100");
        assertThat(Printed.phone("+1 503 555 0100")).isEqualTo("(503) 555-0100");
        assertThat(Printed.taxId("931234567", false)).isEqualTo("93-1234567");
        assertThat(Printed.taxId("123-45-6789", true)).isEqualTo("SSN ending 6789");
        assertThat(Printed.address(new Address("1 Main St", Optional.empty(), "Portland", "OR", "972011234")))
                .isEqualTo("1 Main St, Portland, OR 97201-1234");
    }

    @Test
    void a_period_superbill_lists_every_visit_of_the_client_on_one_bill_with_how_each_payment_was_made() throws Exception {
        byte[] pdf = new SuperbillPdf(DESCRIPTIONS).render(List.of(massage(LocalDate.of(2026, 7, 1)),
                        massage(LocalDate.of(2026, 7, 15))), List.of(Money.parse("95.00"), Money.parse("50.00")),
                List.of(new SuperbillPayment(LocalDate.of(2026, 7, 1), "HSA card ending 4242", Money.parse("95.00")),
                        new SuperbillPayment(LocalDate.of(2026, 7, 15), "cash", Money.parse("50.00"))), ISSUED);
        String text = text(pdf);

        assertThat(pages(pdf)).isEqualTo(1);
        assertThat(text).contains("Superbill and receipt", "Riverside Chiropractic and Massage LLC", "Phone (503) 555-0100",
                "Tax id 93-1234567", "Practice NPI 1234567893", "Sam Ortiz, LMT", "NPI 1295723567", "Licence OR-LMT-20931",
                "Leo Park", "Born 09/30/2012", "42 NE Alberta St, Portland, OR 97211",
                "Dates of service 07/01/2026 to 07/15/2026", "07/01/2026", "07/15/2026",
                "1.  M62.830", "2.  M54.50", "Payments received", "HSA card ending 4242", "cash",
                "Total charges", "$190.00", "Amount paid", "$145.00", "Balance due", "$45.00",
                "Provider signature ____");
        assertThat(text.split("97124", -1)).hasSize(3);
    }

    @Test
    void a_long_description_prints_whole_on_as_many_lines_as_it_needs() throws Exception {
        String description = "Myofascial cupping of the lumbar paraspinals and gluteal muscles, static and moving cups, ten minutes";
        ClaimPacket cupping = SamplePackets.packet(SamplePackets.payer("self-pay", "09"), SamplePackets.dependent(),
                SamplePackets.MASSAGE_THERAPIST, LocalDate.of(2026, 7, 6), List.of("M62.830"),
                List.of(SamplePackets.line("97139", List.of(), 1, "35.00", "A")), Map.of("97139", description));

        String text = text(new SuperbillPdf(DESCRIPTIONS).render(List.of(cupping), List.of(Money.ZERO), ISSUED));

        assertThat(text.replaceAll("\\s+", " ")).contains(description).doesNotContain("…");
    }

    @Test
    void visits_of_two_clients_make_two_superbills() throws Exception {
        byte[] pdf = new SuperbillPdf(DESCRIPTIONS).render(List.of(SamplePackets.chiropracticVisit(),
                massage(LocalDate.of(2026, 7, 1))), List.of(Money.ZERO, Money.ZERO), ISSUED);

        assertThat(pages(pdf)).isEqualTo(2);
        assertThat(text(pdf)).contains("Ana García", "Leo Park");
    }

    @Test
    void the_stored_letter_names_the_physician_condition_treatment_the_irs_statement_and_comes_with_the_clients_copy() throws Exception {
        NecessityLetter letter = new NecessityLetter(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1),
                LocalDate.of(2027, 6, 30), new Physician("Maria", "Lopez", "MD", "1558598797",
                new Address("410 NW 18th Ave", Optional.of("Suite 200"), "Portland", "OR", "972091234"), "5035550142"),
                List.of("M54.50", "M62.830"), "Chronic low back pain with muscle spasm", "Therapeutic massage (97124)",
                "once a week", "12 weeks");

        byte[] pdf = new MedicalNecessityLetterPdf(DESCRIPTIONS).render(letter, SamplePackets.dependent().person(),
                SamplePackets.PRACTICE.billing());
        String text = text(pdf);

        assertThat(pages(pdf)).isEqualTo(2);
        assertThat(text).contains("Letter of medical necessity", "Physician's copy", "Client's copy",
                "Dated July 1, 2026", "Valid from July 1, 2026 through June 30, 2027",
                "Maria Lopez, MD", "NPI 1558598797", "410 NW 18th Ave, Suite 200, Portland, OR 97209-1234",
                "(503) 555-0142", "Leo Park", "Chronic low back pain with muscle spasm", "M54.50", "M62.830",
                "Therapeutic massage (97124), once a week, for 12 weeks", "Publication 502",
                "not to benefit the", "Physician's signature ____");
        assertThat(text.replaceAll("\\s+", " ")).contains("treat the condition and diagnoses named in this letter");
    }
}
