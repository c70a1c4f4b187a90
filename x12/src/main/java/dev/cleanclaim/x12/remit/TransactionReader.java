package dev.cleanclaim.x12.remit;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.ClaimPayment;
import dev.cleanclaim.core.remit.ProviderAdjustment;
import dev.cleanclaim.core.remit.Remittance;
import dev.cleanclaim.x12.read.Segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One 835 transaction, ST to SE: the payment (BPR), its trace (TRN), payer (1000A) and payee (1000B), the claims
 * (2100, each with its lines) and the provider adjustments (PLB). Segments it does not know are passed over: payers
 * add segments the model has no place for, and they must not stop a payment from being posted.
 */
final class TransactionReader {

    private final Segment st;
    private final List<String> warnings;
    private final List<ClaimPayment> claims = new ArrayList<>();
    private final List<ProviderAdjustment> providerAdjustments = new ArrayList<>();
    private final List<String> claimNotes = new ArrayList<>();
    private Payment payment;
    private Segment trn;
    private String party = "";
    private Segment payer;
    private Optional<String> additionalPayerId = Optional.empty();
    private Segment payee;
    private Optional<String> payeeTaxId = Optional.empty();
    private ClaimReader claim;

    /** BPR: the amount, how it was sent and when. */
    private record Payment(Money total, String method, LocalDate date) {
        /** BPR01 codes of the guide: C, D, I, P, U, X carry or describe money; H only notifies. */
        private static final Set<String> HANDLING = Set.of("C", "D", "H", "I", "P", "U", "X");

        static Payment of(Segment bpr) {
            String handling = bpr.required(1, "the transaction handling code");
            if (!HANDLING.contains(handling)) {
                throw bpr.problem(1, "not a transaction handling code: \"" + handling + "\" (C, D, H, I, P, U or X)");
            }
            Money amount = bpr.amount(2);
            String flag = bpr.required(3, "the credit or debit flag");
            if (!flag.equals("C") && !flag.equals("D")) {
                throw bpr.problem(3, "not a credit or debit flag (C or D): \"" + flag + "\"");
            }
            // A debit takes the amount back from the payee, so it counts against the claims the transaction pays.
            Money total = flag.equals("D") ? amount.negate() : amount;
            return new Payment(total, bpr.required(4, "the payment method"), paymentDate(bpr));
        }

        /**
         * BPR16. A payer that leaves out one of the bank elements before it shifts the date one place early, into
         * BPR15: said so, since "BPR16 is missing" alone sends the biller looking at the wrong element.
         */
        private static LocalDate paymentDate(Segment bpr) {
            if (!bpr.has(16)) {
                for (int element = 15; element >= 12; element--) {
                    if (bpr.text(element).matches("\\d{8}")) {
                        throw bpr.problem(16, "the payment date is missing, and " + bpr.name(element) + " holds \""
                                + bpr.text(element) + "\", a date: " + (16 - element) + " element(s) are missing before it,"
                                + " which moves the payment date out of BPR16; ask the payer for a corrected file");
                    }
                }
            }
            return bpr.date(16);
        }
    }

    TransactionReader(Segment st, List<String> warnings) {
        this.st = st;
        this.warnings = warnings;
    }

    void accept(Segment segment) {
        switch (segment.tag()) {
            case "BPR" -> payment = Payment.of(segment);
            case "TRN" -> trn = segment;
            case "N1" -> party(segment);
            case "LX" -> closeClaim();
            case "CLP" -> {
                closeClaim();
                claim = new ClaimReader(segment);
            }
            case "PLB" -> {
                closeClaim();
                providerAdjustments.addAll(ProviderAdjustments.of(segment));
            }
            default -> {
                if (claim != null) {
                    claim.accept(segment);
                } else if (segment.tag().equals("REF")) {
                    partyReference(segment);
                }
            }
        }
    }

    /**
     * The guide gives a transaction one payer (1000A) and one payee (1000B). A second payee was once taken silently
     * and the last one applied to every claim; which claims are whose cannot be told, so it is refused, not split.
     */
    private void party(Segment n1) {
        party = n1.text(1);
        if (party.equals("PR")) {
            if (payer != null) {
                throw n1.problem("a second payer (N1*PR) in one transaction: the 835 allows one payer per"
                        + " transaction (loop 1000A), the first being segment " + payer.position());
            }
            payer = n1;
        } else if (party.equals("PE")) {
            if (payee != null) {
                throw n1.problem("a second payee (N1*PE) in one transaction: the 835 allows one payee per"
                        + " transaction (loop 1000B), so whose claims these are cannot be told (the first payee is"
                        + " segment " + payee.position() + "); nothing was posted: ask the payer for one transaction"
                        + " per payee");
            }
            payee = n1;
        }
    }

    /** REF*2U in the payer loop names the payer better than TRN03; REF*TJ in the payee loop is its tax id. */
    private void partyReference(Segment ref) {
        if (party.equals("PR") && ref.text(1).equals("2U")) {
            additionalPayerId = Optional.of(ref.required(2, "the payer identifier"));
        } else if (party.equals("PE") && ref.text(1).equals("TJ")) {
            payeeTaxId = Optional.of(ref.required(2, "the payee tax identifier"));
        }
    }

    private void closeClaim() {
        if (claim != null) {
            ClaimPayment finished = claim.finish();
            claims.add(finished);
            claim.notes().forEach(note -> claimNotes.add("claim " + finished.patientControlNumber() + ": " + note));
            claim = null;
        }
    }

    Remittance finish() {
        if (payment == null) {
            throw st.problem("transaction " + st.text(2) + " has no BPR (payment) segment");
        }
        if (trn == null) {
            throw st.problem("transaction " + st.text(2) + " has no TRN (trace number) segment");
        }
        closeClaim();
        String traceNumber = trn.required(2, "the check or EFT trace number");
        String payerId = additionalPayerId.orElseGet(() -> trn.required(3, "the payer identifier"));
        if (payer == null) {
            throw st.problem("transaction " + st.text(2) + " has no N1*PR (payer) segment");
        }
        if (payee == null) {
            throw st.problem("transaction " + st.text(2) + " has no N1*PE (payee) segment");
        }
        String payeeId = payee.optional(4).or(() -> payeeTaxId)
                .orElseThrow(() -> payee.problem(4, "the payee identifier (NPI or tax id) is missing"));
        Remittance remittance = new Remittance(traceNumber, payment.total(), payment.method(), payment.date(),
                payer.required(2, "the payer name"), payerId, payee.required(2, "the payee name"), payeeId,
                claims, providerAdjustments);
        claimNotes.forEach(note -> warnings.add("trace " + traceNumber + ", " + note));
        warnings.addAll(RemittanceChecks.of(remittance));
        return remittance;
    }
}
