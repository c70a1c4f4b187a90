package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.core.account.Charge;
import dev.cleanclaim.core.account.PatientAccount;
import dev.cleanclaim.core.account.CardDigits;
import dev.cleanclaim.core.account.PatientPayment;
import dev.cleanclaim.core.account.PaymentLedgerEntry;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.ClaimPaymentStatus;
import dev.cleanclaim.core.payer.PayerLookup;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.forms.PatientStatementPdf;
import dev.cleanclaim.forms.SuperbillPayment;
import dev.cleanclaim.store.AuditNote;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.PaymentChange;
import dev.cleanclaim.store.Stored;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What patients owe and pay: each visit's charge with what insurance paid, wrote off and left to the patient (the
 * whole charge for a self-pay client), the payments taken at the desk, statements, and superbills over a period.
 */
public final class PatientAccounts {

    /** A statement asks for payment within thirty days, as practices commonly do. */
    private static final int DAYS_TO_PAY = 30;

    private final Database database;
    private final RuleData rules;
    private final PayerLookup payers;
    private final Patients patients;
    private final Claims claims;
    private final Remittances remittances;
    private final ClaimFiles files;
    private final PracticeRef practice;
    private final Clock clock;
    private final AuditTrail audit;

    PatientAccounts(Database database, RuleData rules, PayerLookup payers, Patients patients, Claims claims, Remittances remittances, ClaimFiles files,
                    PracticeRef practice, Clock clock, AuditTrail audit) {
        this.database = database;
        this.rules = rules;
        this.payers = payers;
        this.patients = patients;
        this.claims = claims;
        this.remittances = remittances;
        this.files = files;
        this.practice = practice;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * The patient's account. A secondary claim bills the same visit as its primary, so the visit is one charge: what
     * both payers paid and wrote off, and the patient's share as the last payer to answer left it. The patient owes
     * nothing of a visit until the secondary answered, or when no secondary will be billed (no second policy).
     */
    public PatientAccount account(Actor actor, long patientId) {
        PatientRecord patient = patients.visible(actor, patientId).value();
        PatientAccount account = accountOf(patientId, patient);
        audit.read(actor, "patient-account", patientId);
        return account;
    }

    /**
     * The account of a patient a report adds up with every other: read without a row of its own in the audit log,
     * as the report that calls it writes one for the whole run (and checks who may run it).
     */
    public PatientAccount accountForReport(Stored<PatientRecord> patient) {
        return accountOf(patient.id(), patient.value());
    }

    private PatientAccount accountOf(long patientId, PatientRecord patient) {
        List<Stored<ClaimRecord>> all = database.claims().forPatient(patientId);
        java.util.Map<Long, Stored<ClaimRecord>> secondaryOf = new java.util.HashMap<>();
        java.util.Set<Long> secondaries = new java.util.HashSet<>();
        for (Stored<ClaimRecord> claim : all) {
            database.claims().primaryOf(claim.id()).ifPresent(primary -> {
                secondaryOf.put(primary, claim);
                secondaries.add(claim.id());
            });
        }
        List<Charge> charges = new ArrayList<>();
        for (Stored<ClaimRecord> claim : all) {
            if (!secondaries.contains(claim.id())) {
                charges.add(charge(claim, Optional.ofNullable(secondaryOf.get(claim.id())), patient.secondary().isPresent()));
            }
        }
        // Voided payments count for nothing and refunds take back what they gave back; the ledger keeps them all.
        List<PatientPayment> payments = database.patientPayments().ledger(patientId).stream()
                .flatMap(entry -> entry.counted().stream()).toList();
        return new PatientAccount(charges, payments);
    }

    /** The patient's payments as taken, voided ones and refunds included: the account's history of money. */
    public List<PaymentLedgerEntry> ledger(Actor actor, long patientId) {
        patients.visible(actor, patientId);
        List<PaymentLedgerEntry> ledger = database.patientPayments().ledger(patientId);
        audit.read(actor, "patient-payments", patientId);
        return ledger;
    }

    public PatientAccount recordPayment(Actor actor, long patientId, LocalDate receivedOn, String amount, String method,
                                        String reference) {
        return recordPayment(actor, patientId, receivedOn, amount, method, reference, null);
    }

    /**
     * Records a payment the patient made; one dated after today or of nothing is refused, naming the field as a JSON
     * path ("$.amount"), which the API reports as is and the account page shows beside its form field. Of a card only
     * the last four digits are kept: anything that looks like a whole card number, in any field, is refused without
     * being repeated back.
     */
    public PatientAccount recordPayment(Actor actor, long patientId, LocalDate receivedOn, String amount, String method,
                                        String reference, String cardLastFour) {
        patients.visible(actor, patientId);
        List<InputProblem> problems = new ArrayList<>();
        if (receivedOn == null) {
            problems.add(new InputProblem("$.receivedOn", "enter the date the payment was received"));
        } else if (receivedOn.isAfter(LocalDate.now(clock))) {
            problems.add(new InputProblem("$.receivedOn", "is after today (" + LocalDate.now(clock) + ")"));
        }
        Money money = amount("$.amount", amount, problems);
        Optional<PatientPayment.Method> how = method("$.method", method, problems);
        String note = reference == null ? "" : reference.trim();
        if (CardDigits.holdsCardNumber(note)) {
            problems.add(new InputProblem("$.reference", CARD_NUMBER_REFUSED));
        } else if (note.length() > 80) {
            problems.add(new InputProblem("$.reference", "at most 80 characters"));
        }
        Optional<String> lastFour = Optional.empty();
        String card = cardLastFour == null ? "" : cardLastFour.strip();
        if (!card.isEmpty()) {
            if (CardDigits.holdsCardNumber(card)) {
                problems.add(new InputProblem("$.cardLastFour", CARD_NUMBER_REFUSED));
            } else if (CardDigits.lastFour(card).isEmpty()) {
                problems.add(new InputProblem("$.cardLastFour", "expected the card's last four digits, such as 4242"));
            } else if (how.isPresent() && !how.get().byCard()) {
                problems.add(new InputProblem("$.cardLastFour", "only a card payment (card, hsa, fsa) has a card's last four digits"));
            } else {
                lastFour = CardDigits.lastFour(card);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException("patient payment", problems);
        }
        database.patientPayments().record(patientId, new PatientPayment(receivedOn, money, how.get(),
                Optional.of(note).filter(text -> !text.isEmpty())), lastFour, actor.username(), AuditTrail.note(actor, "create"));
        return account(actor, patientId);
    }

    /**
     * Voids a payment entered by mistake (a test payment, a wrong amount): it stays in the history, struck through with
     * who voided it, when and why, and no longer counts. One voided already or refunded in part is refused (409).
     */
    public PatientAccount voidPayment(Actor actor, long patientId, long paymentId, String reason) {
        patients.visible(actor, patientId);
        List<InputProblem> problems = new ArrayList<>();
        String why = reason("$.reason", reason, problems);
        if (!problems.isEmpty()) {
            throw new InputException("payment void", problems);
        }
        PaymentChange change = database.patientPayments().voidPayment(patientId, paymentId, why, actor.username(),
                new AuditNote(actor.username(), Optional.of(actor.remoteAddress()), "void",
                        Optional.of(why)));
        refuseUnlessDone(change);
        return account(actor, patientId);
    }

    /**
     * Gives money back from a payment: a refund of the amount, by the method, on the date and for the reason given,
     * linked to the payment; never more than what remains of it (422 naming the amount), none from a voided one (409).
     */
    public PatientAccount refund(Actor actor, long patientId, long paymentId, LocalDate refundedOn, String amount,
                                 String method, String reason) {
        patients.visible(actor, patientId);
        List<InputProblem> problems = new ArrayList<>();
        if (refundedOn == null) {
            problems.add(new InputProblem("$.refundedOn", "enter the date the money was given back"));
        } else if (refundedOn.isAfter(LocalDate.now(clock))) {
            problems.add(new InputProblem("$.refundedOn", "is after today (" + LocalDate.now(clock) + ")"));
        }
        Money money = amount("$.amount", amount, problems);
        Optional<PatientPayment.Method> how = method("$.method", method, problems);
        String why = reason("$.reason", reason, problems);
        if (!problems.isEmpty()) {
            throw new InputException("refund", problems);
        }
        PaymentChange change = database.patientPayments().refund(patientId, paymentId, refundedOn, money, how.get(), why,
                actor.username(), new AuditNote(actor.username(), Optional.of(actor.remoteAddress()),
                        "refund", Optional.of(money + " from payment " + paymentId + ": " + why)));
        if (change instanceof PaymentChange.MoreThanRemains more) {
            throw new InputException("refund", List.of(new InputProblem("$.amount",
                    "is more than what remains of the payment ($" + more.remaining() + ")")));
        }
        refuseUnlessDone(change);
        return account(actor, patientId);
    }

    private static final String CARD_NUMBER_REFUSED =
            "looks like a whole card number: never enter it; keep only the card's last four digits";

    private static void refuseUnlessDone(PaymentChange change) {
        if (change instanceof PaymentChange.NotFound missing) {
            throw new WorkspaceException.NotFound("patient payment", missing.paymentId());
        }
        if (change instanceof PaymentChange.AlreadyVoided voided) {
            throw new WorkspaceException.Conflict("payment " + voided.paymentId()
                    + " is voided already: it counts for nothing and nothing of it is left to give back");
        }
        if (change instanceof PaymentChange.PartlyRefunded refunded) {
            throw new WorkspaceException.Conflict("payment " + refunded.paymentId() + " was refunded in part ($"
                    + refunded.refunded() + "): a void would undo money already given back; refund what remains instead");
        }
        if (change instanceof PaymentChange.MoreThanRemains more) {
            throw new WorkspaceException.Conflict("the refund is more than what remains of payment " + more.paymentId()
                    + " ($" + more.remaining() + ")");
        }
    }

    /** Dollars and cents above zero; the text is echoed back only when it cannot be a card number. */
    private static Money amount(String field, String amount, List<InputProblem> problems) {
        try {
            Money money = Money.parse(amount == null ? "" : amount.strip().replace("$", "").replace(",", ""));
            if (money.cents() <= 0) {
                problems.add(new InputProblem(field, "must be more than $0.00"));
            }
            return money;
        } catch (IllegalArgumentException e) {
            problems.add(new InputProblem(field, CardDigits.holdsCardNumber(amount) ? CARD_NUMBER_REFUSED
                    : "expected dollars and cents such as 25.00, got \"" + amount + "\""));
            return null;
        }
    }

    private static Optional<PatientPayment.Method> method(String field, String method, List<InputProblem> problems) {
        Optional<PatientPayment.Method> how = PatientPayment.Method.parse(method == null ? "" : method);
        if (how.isEmpty()) {
            problems.add(new InputProblem(field, "choose one of " + java.util.Arrays.stream(PatientPayment.Method.values())
                    .map(PatientPayment.Method::id).collect(Collectors.joining(", "))));
        }
        return how;
    }

    private static String reason(String field, String reason, List<InputProblem> problems) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            problems.add(new InputProblem(field, "say why, e.g. \"entered twice\" or \"session cancelled\""));
        } else if (CardDigits.holdsCardNumber(why)) {
            problems.add(new InputProblem(field, CARD_NUMBER_REFUSED));
        } else if (why.length() > 400) {
            problems.add(new InputProblem(field, "at most 400 characters"));
        }
        return why;
    }

    public byte[] statement(Actor actor, long patientId) {
        PatientRecord patient = patients.visible(actor, patientId).value();
        PatientAccount account = account(actor, patientId);
        LocalDate today = LocalDate.now(clock);
        byte[] pdf = new PatientStatementPdf().render(practice.practice().billing(), patient.patient().person(),
                patient.patient().accountNumber(), account, today, today.plusDays(DAYS_TO_PAY));
        audit.record(actor, "download", "patient", Optional.of(patientId), Optional.of("statement"));
        return pdf;
    }

    /**
     * One superbill for the visits of a period, for an out-of-network plan or an HSA: every visit's codes, diagnoses
     * and fees from the stored visit, and what the patient paid towards each.
     */
    public byte[] superbill(Actor actor, long patientId, LocalDate from, LocalDate through) {
        if (through.isBefore(from)) {
            throw new InputException("superbill", List.of(new InputProblem("through", "ends before the first date (" + from + ")")));
        }
        PatientAccount account = account(actor, patientId);
        List<Stored<ClaimRecord>> inPeriod = database.claims().forPatient(patientId).stream()
                .filter(claim -> !claim.value().dateOfService().isBefore(from) && !claim.value().dateOfService().isAfter(through))
                .sorted(Comparator.comparing((Stored<ClaimRecord> claim) -> claim.value().dateOfService())
                        .thenComparingLong(Stored::id))
                .toList();
        if (inPeriod.isEmpty()) {
            throw new InputException("superbill", List.of(new InputProblem("from",
                    "no visit with a claim between " + from + " and " + through)));
        }
        List<ClaimPacket> papers = claims.patientPapers(actor, inPeriod);
        List<Money> paid = inPeriod.stream().map(claim -> account.charges().stream()
                .filter(charge -> charge.claimId() == claim.id()).findFirst().map(account::settledOf).orElse(Money.ZERO))
                .toList();
        // A voided payment was never money; a refunded one counts for what the client kept paid.
        List<SuperbillPayment> payments = database.patientPayments().ledger(patientId).stream()
                .flatMap(entry -> entry.counted().map(counted -> new SuperbillPayment(counted.receivedOn(),
                        paidBy(counted, entry.cardLastFour()), counted.amount())).stream())
                .filter(payment -> !payment.receivedOn().isBefore(from) && !payment.receivedOn().isAfter(through))
                .toList();
        byte[] pdf = files.superbill(papers, paid, payments);
        audit.record(actor, "download", "patient", Optional.of(patientId), Optional.of("superbill " + from + " to " + through));
        return pdf;
    }

    /** How a payment was made, as a superbill names it for the HSA or FSA administrator ("HSA card ending 4242"). */
    private static String paidBy(PatientPayment payment, Optional<String> cardLastFour) {
        return payment.method().label() + cardLastFour.map(four -> " ending " + four).orElse("")
                + payment.reference().map(reference -> ", " + reference).orElse("");
    }

    /**
     * One visit's charge: the primary claim, with the secondary claim made from it folded in. While a second payer
     * may still pay (a secondary claim made and unanswered, or a second policy on file and no secondary claim yet),
     * the patient's share waits with insurance instead of being billed.
     */
    private Charge charge(Stored<ClaimRecord> stored, Optional<Stored<ClaimRecord>> secondary, boolean secondPolicy) {
        Charge primary = charge(stored);
        ClaimRecord claim = stored.value();
        if (claimsSelfPay(claim) || !remittances.payments(stored).answered()) {
            return primary;
        }
        if (secondary.isEmpty()) {
            boolean crossedOver = remittances.payments(stored).payments().stream().map(p -> p.posted().payment().status())
                    .anyMatch(status -> status == ClaimPaymentStatus.PROCESSED_AS_SECONDARY
                            || status == ClaimPaymentStatus.SECONDARY_FORWARDED);
            if (!secondPolicy || crossedOver) {
                return primary;
            }
            // A second policy is on file: the secondary claim is still to be made, and the patient is billed after it.
            return new Charge(stored.id(), claim.dateOfService(), claim.patientControlNumber(), primary.services(),
                    primary.charge(), primary.insurancePaid(), primary.writtenOff(), Money.ZERO,
                    primary.pending().plus(primary.patientShare()));
        }
        ClaimPayments second = remittances.payments(secondary.get());
        Money paid = primary.insurancePaid().plus(second.paid());
        Money writtenOff = primary.writtenOff().plus(second.writtenOff());
        if (!second.answered()) {
            return new Charge(stored.id(), claim.dateOfService(), claim.patientControlNumber(), primary.services(),
                    primary.charge(), paid, writtenOff, Money.ZERO, primary.pending().plus(primary.patientShare()));
        }
        Money patientShare = second.patientResponsibility();
        Money pending = primary.charge().minus(paid).minus(writtenOff).minus(patientShare);
        return new Charge(stored.id(), claim.dateOfService(), claim.patientControlNumber(), primary.services(),
                primary.charge(), paid, writtenOff, patientShare, new Money(Math.max(0, pending.cents())));
    }

    private Charge charge(Stored<ClaimRecord> stored) {
        ClaimRecord claim = stored.value();
        String services = claim.draft().lines().stream().map(ClaimLine::code)
                .collect(Collectors.joining(" "));
        boolean selfPay = claimsSelfPay(claim);
        if (selfPay) {
            return new Charge(stored.id(), claim.dateOfService(), claim.patientControlNumber(), services,
                    claim.totalCharge(), Money.ZERO, Money.ZERO, claim.totalCharge(), Money.ZERO);
        }
        ClaimPayments paid = remittances.payments(stored);
        Money remainder = paid.undecided(claim.totalCharge());
        return new Charge(stored.id(), claim.dateOfService(), claim.patientControlNumber(), services, claim.totalCharge(),
                paid.paid(), paid.writtenOff(), paid.patientResponsibility(), new Money(Math.max(0, remainder.cents())));
    }

    private boolean claimsSelfPay(ClaimRecord claim) {
        return payers.find(claim.payerId()).map(Claims::isSelfPay).orElse(false);
    }
}
