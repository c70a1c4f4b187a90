package dev.cleanclaim.forms;

import dev.cleanclaim.core.account.Charge;
import dev.cleanclaim.core.account.PatientAccount;
import dev.cleanclaim.core.account.PatientPayment;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.submission.SamplePackets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PatientStatementPdfTest {

    private static final ClaimPacket PACKET = SamplePackets.chiropracticVisit();
    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 23);

    @Test
    void the_statement_lists_each_visit_the_payments_and_the_balance_due_with_pending_insurance_apart() throws Exception {
        PatientAccount account = new PatientAccount(List.of(
                charge(1, "2026-10-02", "100.00", "60.00", "15.00", "25.00", "0"),
                charge(2, "2026-11-20", "120.00", "0", "0", "0", "120.00")),
                List.of(new PatientPayment(LocalDate.of(2026, 10, 30), Money.parse("10.00"), PatientPayment.Method.CHECK,
                        Optional.of("check 1042"))));

        String text = text(new PatientStatementPdf().render(PACKET.practice().billing(), PACKET.patient().person(),
                PACKET.patient().accountNumber(), account, ISSUED, ISSUED.plusDays(30)));

        assertThat(text).contains("Statement", PACKET.practice().billing().name(), "Account " + PACKET.patient().accountNumber(),
                "10/02/2026", "$100.00", "$60.00", "$15.00", "$25.00", "check 1042", "$10.00",
                "Balance due by 12/23/2026", "$15.00", "has not yet decided on $120.00");
    }

    @Test
    void a_payment_by_hsa_card_is_named_as_one_on_the_statement() throws Exception {
        PatientAccount account = new PatientAccount(List.of(charge(1, "2026-10-02", "95.00", "0", "0", "95.00", "0")),
                List.of(new PatientPayment(LocalDate.of(2026, 10, 2), Money.parse("95.00"), PatientPayment.Method.HSA,
                        Optional.empty())));

        String text = text(new PatientStatementPdf().render(PACKET.practice().billing(), PACKET.patient().person(),
                PACKET.patient().accountNumber(), account, ISSUED, ISSUED.plusDays(30)));

        assertThat(text).contains("HSA card", "$95.00");
    }

    @Test
    void an_overpaid_account_shows_a_credit_rather_than_a_negative_balance() throws Exception {
        PatientAccount account = new PatientAccount(List.of(charge(1, "2026-10-02", "80.00", "0", "0", "20.00", "0")),
                List.of(new PatientPayment(LocalDate.of(2026, 10, 2), Money.parse("30.00"), PatientPayment.Method.CARD,
                        Optional.empty())));

        String text = text(new PatientStatementPdf().render(PACKET.practice().billing(), PACKET.patient().person(),
                PACKET.patient().accountNumber(), account, ISSUED, ISSUED.plusDays(30)));

        assertThat(text).contains("Credit on your account", "$10.00").doesNotContain("-$");
    }

    private static Charge charge(long id, String date, String charged, String paid, String adjusted, String patient,
                                 String pending) {
        return new Charge(id, LocalDate.parse(date), "A1-" + id, "98941 97140", Money.parse(charged), Money.parse(paid),
                Money.parse(adjusted), Money.parse(patient), Money.parse(pending));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
