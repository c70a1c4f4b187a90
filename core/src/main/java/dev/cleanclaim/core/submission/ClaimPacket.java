package dev.cleanclaim.core.submission;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.ReferringProvider;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.visit.Circumstances;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one claim document needs, gathered and checked once: the scrubbed claim, who bills, who rendered,
 * who referred, the patient and the payer. The 837P, CMS-1500, superbill and FHIR writers all read this.
 *
 * <p>A claim to a secondary payer is the same claim with the primary payer's adjudication attached ({@link #prior}):
 * then {@link #payerPack}, {@link #payer} and {@link #patient} are the secondary's (the patient as the secondary
 * policy covers them), and the prior payer says who paid first, how much, and what it adjusted.
 *
 * @param payerPack            the payer pack billed: claims are grouped by its id; SBR09 comes from it
 * @param patientControlNumber the practice's number for this claim (CLM01; the 835 quotes it back in CLP01)
 * @param payer                how the practice reaches the payer; empty for self-pay papers (superbill, receipt)
 * @param referring            present when a referral is on file; required when the payer wants one
 * @param prior                the primary payer's adjudication when this claim goes to a secondary payer; empty for
 *                             a claim to the primary
 * @param next                 the payer known to pay after this one (the patient's second policy on a claim to the
 *                             primary); empty when none is on file
 * @param furnishedBy          who treated the patient when the claim is billed under someone else: a PT or OT
 *                             assistant's supervising therapist, or an employed massage therapist's employer, is then
 *                             {@link #rendering}; empty when the rendering provider treated the patient
 * @param correction           present when this claim replaces or voids one the payer already decided (CLM05-3 7 or
 *                             8 with REF*F8); empty for an original claim
 * @param circumstances        whether the condition is related to employment or an accident, and its dates, as the
 *                             visit records them (CLM11 and the 2300 DTPs, CMS-1500 boxes 10a-10c, 14 and 15)
 */
public record ClaimPacket(ClaimDraft claim, Practice practice, Payer payerPack, Optional<PayerAccount> payer, Patient patient,
                          RenderingProvider rendering, Optional<ReferringProvider> referring,
                          String patientControlNumber, String placeOfService, List<PacketLine> lines,
                          Optional<PriorPayer> prior, Optional<NextPayer> next,
                          Optional<RenderingProvider> furnishedBy, Optional<Correction> correction,
                          Circumstances circumstances) {
    public ClaimPacket {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(payerPack, "payerPack");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(rendering, "rendering");
        Objects.requireNonNull(referring, "referring");
        Objects.requireNonNull(patientControlNumber, "patientControlNumber");
        Objects.requireNonNull(placeOfService, "placeOfService");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a claim packet needs at least one line");
        }
        Objects.requireNonNull(prior, "prior");
        if (prior.isPresent()) {
            requireOurLines(prior.get(), lines);
        }
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(furnishedBy, "furnishedBy");
        Objects.requireNonNull(correction, "correction");
        Objects.requireNonNull(circumstances, "circumstances");
    }

    /** A claim whose visit records nothing of how the condition came about ({@link Circumstances#NONE}). */
    public ClaimPacket(ClaimDraft claim, Practice practice, Payer payerPack, Optional<PayerAccount> payer, Patient patient,
                       RenderingProvider rendering, Optional<ReferringProvider> referring, String patientControlNumber,
                       String placeOfService, List<PacketLine> lines, Optional<PriorPayer> prior,
                       Optional<NextPayer> next, Optional<RenderingProvider> furnishedBy,
                       Optional<Correction> correction) {
        this(claim, practice, payerPack, payer, patient, rendering, referring, patientControlNumber, placeOfService,
                lines, prior, next, furnishedBy, correction, Circumstances.NONE);
    }

    /** An original claim (frequency 1), possibly billed under someone other than who treated the patient. */
    public ClaimPacket(ClaimDraft claim, Practice practice, Payer payerPack, Optional<PayerAccount> payer, Patient patient,
                       RenderingProvider rendering, Optional<ReferringProvider> referring, String patientControlNumber,
                       String placeOfService, List<PacketLine> lines, Optional<PriorPayer> prior,
                       Optional<NextPayer> next, Optional<RenderingProvider> furnishedBy) {
        this(claim, practice, payerPack, payer, patient, rendering, referring, patientControlNumber, placeOfService,
                lines, prior, next, furnishedBy, Optional.empty());
    }

    /** A claim rendered by the provider it names (no supervisor billed for someone else). */
    public ClaimPacket(ClaimDraft claim, Practice practice, Payer payerPack, Optional<PayerAccount> payer, Patient patient,
                       RenderingProvider rendering, Optional<ReferringProvider> referring, String patientControlNumber,
                       String placeOfService, List<PacketLine> lines, Optional<PriorPayer> prior,
                       Optional<NextPayer> next) {
        this(claim, practice, payerPack, payer, patient, rendering, referring, patientControlNumber, placeOfService,
                lines, prior, next, Optional.empty());
    }

    /** A claim to the primary payer (or self-pay papers): no payer paid before. */
    public ClaimPacket(ClaimDraft claim, Practice practice, Payer payerPack, Optional<PayerAccount> payer, Patient patient,
                       RenderingProvider rendering, Optional<ReferringProvider> referring, String patientControlNumber,
                       String placeOfService, List<PacketLine> lines) {
        this(claim, practice, payerPack, payer, patient, rendering, referring, patientControlNumber, placeOfService,
                lines, Optional.empty(), Optional.empty());
    }

    /**
     * The same claim sent after {@code primary} adjudicated it. The caller gives the secondary payer's pack, account
     * and coverage in the packet; this only attaches what the primary did.
     */
    public ClaimPacket withPrior(PriorPayer primary) {
        return new ClaimPacket(claim, practice, payerPack, payer, patient, rendering, referring, patientControlNumber,
                placeOfService, lines, Optional.of(primary), next, furnishedBy, correction, circumstances);
    }

    /** The same claim, naming the payer that pays after this one so this payer knows the patient has another plan. */
    public ClaimPacket withNext(NextPayer after) {
        return new ClaimPacket(claim, practice, payerPack, payer, patient, rendering, referring, patientControlNumber,
                placeOfService, lines, prior, Optional.of(after), furnishedBy, correction, circumstances);
    }

    /** The same claim, naming who treated the patient when {@link #rendering} is billed for them. */
    public ClaimPacket withFurnishedBy(Optional<RenderingProvider> treating) {
        return new ClaimPacket(claim, practice, payerPack, payer, patient, rendering, referring, patientControlNumber,
                placeOfService, lines, prior, next, treating, correction, circumstances);
    }

    /**
     * The same claim sent as a correction under its own control number (the 835 answering it quotes that number, and
     * the original's stays with the original): its lines get control numbers of their own too.
     */
    public ClaimPacket correcting(Correction made, String controlNumber) {
        List<PacketLine> renumbered = lines.stream()
                .map(line -> new PacketLine(line.number(), line.line(), controlNumber + "-" + line.number())).toList();
        return new ClaimPacket(claim, practice, payerPack, payer, patient, rendering, referring, controlNumber,
                placeOfService, renumbered, prior, next, furnishedBy, Optional.of(made), circumstances);
    }

    /**
     * The same claim under the control number it was stored with, so what is sent (CLM01, REF*6R) is what a 277CA
     * or 835 will quote back, even when the patient's account number changed since the claim was made.
     */
    public ClaimPacket numbered(String controlNumber) {
        if (controlNumber.equals(patientControlNumber)) {
            return this;
        }
        List<PacketLine> renumbered = lines.stream()
                .map(line -> new PacketLine(line.number(), line.line(), controlNumber + "-" + line.number())).toList();
        return new ClaimPacket(claim, practice, payerPack, payer, patient, rendering, referring, controlNumber,
                placeOfService, renumbered, prior, next, furnishedBy, correction, circumstances);
    }

    /** The same claim, with how the condition came about as its visit records it. */
    public ClaimPacket withCircumstances(Circumstances recorded) {
        return new ClaimPacket(claim, practice, payerPack, payer, patient, rendering, referring, patientControlNumber,
                placeOfService, lines, prior, next, furnishedBy, correction, recorded);
    }

    /** What this claim does to the payer's record: CLM05-3. */
    public ClaimFrequency frequency() {
        return correction.map(Correction::frequency).orElse(ClaimFrequency.ORIGINAL);
    }

    /** Whether a payer adjudicated this claim before the one it goes to now. */
    public boolean secondary() {
        return prior.isPresent();
    }

    public LocalDate dateOfService() {
        return claim.dateOfService();
    }

    public Money totalCharge() {
        return claim.totalCharge();
    }

    /** A line the primary adjudicated must be one of ours: its 2430 loop sits under that line's 2400. */
    private static void requireOurLines(PriorPayer primary, List<PacketLine> lines) {
        for (PriorPayer.LineAdjudication line : primary.lines()) {
            if (lines.stream().noneMatch(ours -> ours.number() == line.lineNumber())) {
                throw new IllegalArgumentException("the prior payer adjudicated line " + line.lineNumber()
                        + ", but the claim has " + lines.size() + " line(s)");
            }
        }
    }
}
