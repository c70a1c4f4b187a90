package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.core.patient.Coverage;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.remit.ClaimPayment;
import dev.cleanclaim.core.remit.ClaimPaymentStatus;
import dev.cleanclaim.core.remit.ServicePayment;
import dev.cleanclaim.core.payer.PayerLookup;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.submission.NextPayer;
import dev.cleanclaim.core.submission.PacketLine;
import dev.cleanclaim.core.submission.PriorPayer;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.PostedPayment;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a secondary claim is made of: the patient's second policy, and the primary payer's decision as its latest
 * 835 gave it (paid, claim number, adjustments per line), turned into the packet the 837P writes with loops 2320,
 * 2330 and 2430. Before that, the same second policy is named on the primary's own claim.
 */
final class SecondaryPackets {

    /** The secondary claim's control number is the primary's with this mark, so each payer's 835 finds its own claim. */
    static final String MARK = "S";

    private static final Set<ClaimPaymentStatus> DECIDED_AS_PRIMARY = Set.of(ClaimPaymentStatus.PROCESSED_AS_PRIMARY,
            ClaimPaymentStatus.PRIMARY_FORWARDED);

    private final PayerLookup payers;

    SecondaryPackets(PayerLookup payers) {
        this.payers = payers;
    }

    /** The second policy, or a refusal that says where to add one. */
    static Coverage secondCoverage(PatientRecord patient) {
        return patient.secondary().orElseThrow(() -> new InputException("claim", List.of(new InputProblem(
                "secondaryInsurance", "the patient has no second insurance on file: add it on the patient's page first"))));
    }

    /**
     * The primary payer's current decision on the claim: its latest processed payment (a reversal and re-payment leave
     * the re-payment as the decision). A claim the primary has not decided, or forwarded to the next payer itself
     * (a crossover), gets no secondary claim from us.
     */
    static PostedPayment primaryDecision(List<PostedPayment> payments) {
        Optional<PostedPayment> latest = payments.stream()
                .filter(payment -> payment.payment().status() != ClaimPaymentStatus.REVERSAL)
                .reduce((first, second) -> second);
        if (latest.isEmpty() || !DECIDED_AS_PRIMARY.contains(latest.get().payment().status())) {
            throw new InputException("claim", List.of(new InputProblem("payments",
                    "the primary payer has not processed this claim yet: import its 835 first")));
        }
        if (latest.get().payment().status() == ClaimPaymentStatus.PRIMARY_FORWARDED) {
            throw new InputException("claim", List.of(new InputProblem("payments", "the primary payer forwarded the claim"
                    + " to the next payer itself (CLP02 19, a crossover): a secondary claim from us would be a duplicate")));
        }
        return latest.get();
    }

    /**
     * The packet of the secondary claim: the primary's packet billed to the second payer under its own control
     * number, with the primary's decision attached.
     */
    ClaimPacket packet(ClaimPacket primary, PatientRecord patient, PostedPayment decision, Practice practice) {
        Coverage second = secondCoverage(patient);
        Payer secondPack = pack(second);
        PayerAccount secondPayer = account(second, secondPack, practice);
        String control = primary.patientControlNumber() + MARK;
        List<PacketLine> lines = primary.lines().stream()
                .map(line -> new PacketLine(line.number(), line.line(), control + "-" + line.number())).toList();
        Patient covered = second.covering(primary.patient());
        ClaimPacket secondary = new ClaimPacket(primary.claim(), primary.practice(), secondPack, Optional.of(secondPayer),
                covered, primary.rendering(), primary.referring(), control, primary.placeOfService(), lines);
        PriorPayer prior = prior(primary, decision);
        // Why Medicare pays second, when the biller recorded it; otherwise the 837P infers it.
        prior = second.medicareSecondary().map(prior::withMedicareSecondary).orElse(prior);
        return secondary.withFurnishedBy(primary.furnishedBy()).withCircumstances(primary.circumstances()).withPrior(prior);
    }

    /**
     * The primary's packet naming the patient's second policy as the payer after it, so the primary knows of the
     * other plan (loop 2320 with SBR01 S, box 11d); unchanged when no second policy is on file.
     */
    ClaimPacket withSecondPolicy(ClaimPacket primary, PatientRecord patient, Practice practice) {
        if (patient.secondary().isEmpty()) {
            return primary;
        }
        Coverage second = patient.secondary().get();
        Payer secondPack = pack(second);
        return primary.withNext(new NextPayer(account(second, secondPack, practice), second.covering(primary.patient()),
                secondPack.claimFilingIndicator(), second.medicareSecondary()));
    }

    private Payer pack(Coverage second) {
        return payers.find(second.payerId()).orElseThrow(() -> new InputException("claim",
                List.of(new InputProblem("secondaryInsurance.payer", "no payer pack \"" + second.payerId() + "\""))));
    }

    private static PayerAccount account(Coverage second, Payer secondPack, Practice practice) {
        return practice.payer(second.payerId()).orElseThrow(() -> new InputException("claim",
                List.of(new InputProblem("practice.payers." + second.payerId(), "missing; name the payer and its"
                        + " electronic payer id to send " + secondPack.name() + " claims"))));
    }

    private static PriorPayer prior(ClaimPacket primary, PostedPayment decision) {
        ClaimPayment payment = decision.payment();
        List<PriorPayer.LineAdjudication> lines = new ArrayList<>();
        for (int i = 0; i < payment.lines().size(); i++) {
            Optional<Integer> number = decision.lineNumbers().get(i);
            if (number.isEmpty()) {
                continue; // a line the payer added or recoded beyond ours cannot be reported against our lines
            }
            ServicePayment line = payment.lines().get(i);
            int units = line.units().map(value -> value.setScale(0, RoundingMode.HALF_UP).intValue()).orElse(1);
            lines.add(new PriorPayer.LineAdjudication(number.get(), line.procedureCode(), line.modifiers(), line.paid(),
                    Math.max(units, 0), line.adjustments()));
        }
        // Our packet's patient is as the primary covers them; the prior payer reports that policy.
        return new PriorPayer(primary.payer().orElseThrow(), primary.patient(), primary.payerPack().claimFilingIndicator(),
                payment.payerClaimNumber().orElseThrow(() -> new InputException("claim", List.of(new InputProblem(
                        "payments", "the primary's 835 gave no claim number (CLP07), which the secondary claim must quote")))),
                payment.paid(), decision.paymentDate(), payment.adjustments(), lines).withRemarks(payment.remarks());
    }
}
