package dev.cleanclaim.core.submission;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.ReferringProvider;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.visit.Visit;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gathers a scrubbed claim with the practice, patient, payer and providers it will be sent with, and says in one
 * go every fact still missing, each naming the field that supplies it, so a biller fixes them all at once.
 */
public final class ClaimPacketAssembler {

    private static final DateTimeFormatter CONTROL_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String REFERRAL_RULE = "doc.referral";

    private final Practice practice;
    private final Supervision supervision;

    public ClaimPacketAssembler(Practice practice) {
        this.practice = practice;
        this.supervision = new Supervision(practice);
    }

    public PacketAssembly assemble(Visit visit, ClaimDraft claim, Purpose purpose) {
        List<String> missing = new ArrayList<>();
        Optional<Patient> patient = visit.patient();
        if (patient.isEmpty()) {
            missing.add("$.patient: missing; a claim document needs the patient's name, birth date, sex, address"
                    + " and account number");
        }
        Optional<RenderingProvider> treating = new RenderingProviderMatch(practice).find(visit.provider(), missing);
        Optional<RenderingProvider> rendering = treating.flatMap(found -> supervision.billedUnder(found, visit, claim, missing));
        Optional<PayerAccount> payer = practice.payer(visit.payer().id());
        if (purpose == Purpose.INSURANCE_CLAIM) {
            requireClearinghouse(missing);
            requireInsurance(visit.payer(), payer, patient, missing);
        }
        Optional<ReferringProvider> referring = patient.flatMap(Patient::referredBy);
        if (purpose == Purpose.INSURANCE_CLAIM && referring.isEmpty() && referralRequired(visit)) {
            missing.add("$.patient.referredBy: missing; " + visit.payer().name() + " requires a referral and the"
                    + " visit documents one: name the referring physician and NPI (box 17, loop 2310A)");
        }
        if (!missing.isEmpty()) {
            return new PacketAssembly.Incomplete(missing);
        }
        String controlNumber = patient.get().accountNumber() + "-" + CONTROL_DATE.format(claim.dateOfService());
        // The treating provider is kept when the claim is billed under a supervisor: papers may name who treated.
        Optional<RenderingProvider> furnishedBy = treating.filter(found -> !found.equals(rendering.get()));
        return new PacketAssembly.Assembled(new ClaimPacket(claim, practice, visit.payer(), payer,
                patient.get(), rendering.get(), referring, controlNumber, practice.placeOfService(),
                lines(claim, controlNumber), Optional.empty(), Optional.empty(), furnishedBy, Optional.empty(),
                visit.circumstances()));
    }

    /** The 837P's interchange and loop 1000A/1000B need the practice's submitter and receiver ids. */
    private void requireClearinghouse(List<String> missing) {
        if (practice.clearinghouse().isEmpty()) {
            missing.add("practice clearinghouse: missing; set the submitter and receiver ids on the Practice page"
                    + " (/admin/practice) or `submitter`/`receiver` in the practice file");
        }
    }

    private void requireInsurance(Payer pack, Optional<PayerAccount> payer, Optional<Patient> patient,
                                  List<String> missing) {
        if (payer.isEmpty()) {
            missing.add("practice payers." + pack.id() + ": missing; name the payer and its electronic payer id"
                    + " (loop 2010BB) on the Payers page (/admin/payers) or `payers` in the practice file to send "
                    + pack.name() + " claims");
        }
        if (patient.isPresent() && patient.get().memberId().isEmpty()) {
            missing.add("$.patient.insurance.memberId: missing; the member id on the insurance card (box 1a,"
                    + " NM109 of loop 2010BA)");
        }
    }

    private static boolean referralRequired(Visit visit) {
        return visit.documentation().referral() && visit.payer().applies(REFERRAL_RULE);
    }

    private static List<PacketLine> lines(ClaimDraft claim, String controlNumber) {
        List<PacketLine> lines = new ArrayList<>();
        for (ClaimLine line : claim.lines()) {
            int number = lines.size() + 1;
            lines.add(new PacketLine(number, line, controlNumber + "-" + number));
        }
        return lines;
    }
}
