package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.core.account.Charge;
import dev.cleanclaim.core.account.PatientAccount;
import dev.cleanclaim.core.account.PatientPayment;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.ClaimPaymentStatus;
import dev.cleanclaim.core.payer.PayerLookup;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.forms.PatientStatementPdf;
import dev.cleanclaim.forms.SuperbillPayment;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.PatientRecord;
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
        List<PatientPayment> payments = database.patientPayments().forPatient(patientId).stream().map(Stored::value).toList();
        audit.read(actor, "patient-account", patientId);
        return new PatientAccount(charges, payments);
    }

    /**
     * Records a payment the patient made; one dated after today or of nothing is refused, naming the field as a JSON
     * path ("$.amount"), which the API reports as is and the account page shows beside its form field.
     */
    public PatientAccount recordPayment(Actor actor, long patientId, LocalDate receivedOn, String amount, String method,
                                        String reference) {
        patients.visible(actor, patientId);
        List<InputProblem> problems = new ArrayList<>();
        if (receivedOn == null) {
            problems.add(new InputProblem("$.receivedOn", "enter the date the payment was received"));
        } else if (receivedOn.isAfter(LocalDate.now(clock))) {
            problems.add(new InputProblem("$.receivedOn", "is after today (" + LocalDate.now(clock) + ")"));
        }
        Money money = null;
        try {
            money = Money.parse(amount == null ? "" : amount.strip().replace("$", "").replace(",", ""));
            if (money.cents() <= 0) {
                problems.add(new InputProblem("$.amount", "must be more than $0.00"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new InputProblem("$.amount", "expected dollars and cents such as 25.00, got \"" + amount + "\""));
        }
        Optional<PatientPayment.Method> how = PatientPayment.Method.parse(method == null ? "" : method);
        if (how.isEmpty()) {
            problems.add(new InputProblem("$.method", "choose one of cash, check, card, hsa, fsa, other"));
        }
        String note = reference == null ? "" : reference.trim();
        if (note.length() > 80) {
            problems.add(new InputProblem("$.reference", "at most 80 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InputException("patient payment", problems);
        }
        Stored<PatientPayment> stored = database.patientPayments().record(patientId, new PatientPayment(receivedOn, money,
                how.get(), Optional.of(note).filter(text -> !text.isEmpty())), actor.username(),
                AuditTrail.note(actor, "create"));
        return account(actor, patientId);
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
        List<SuperbillPayment> payments = database.patientPayments().forPatient(patientId).stream().map(Stored::value)
                .filter(payment -> !payment.receivedOn().isBefore(from) && !payment.receivedOn().isAfter(through))
                .map(payment -> new SuperbillPayment(payment.receivedOn(), paidBy(payment), payment.amount())).toList();
        byte[] pdf = files.superbill(papers, paid, payments);
        audit.record(actor, "download", "patient", Optional.of(patientId), Optional.of("superbill " + from + " to " + through));
        return pdf;
    }

    /** How a payment was made, as a superbill names it for the HSA or FSA administrator ("HSA card, visa 4242"). */
    private static String paidBy(PatientPayment payment) {
        String method = switch (payment.method()) {
            case HSA -> "HSA card";
            case FSA -> "FSA card";
            default -> payment.method().id();
        };
        return method + payment.reference().map(reference -> ", " + reference).orElse("");
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
