package dev.cleanclaim.core.insurance;

import dev.cleanclaim.core.identifier.MedicareBeneficiaryId;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.RuleParams;
import dev.cleanclaim.core.scrub.ScrubContext;

import java.util.List;
import java.util.Optional;

/**
 * insurance.member-id: a member id the payer cannot match is rejected before anyone looks at the services. A pack
 * names the format its ids follow; the one format known today is Medicare's MBI. Ids are kept without the card's
 * dashes from the moment they are typed; one stored with them from before is refused here, not rewritten in the file.
 */
public final class MemberIdFormatRule implements Rule {

    static final String ID = "insurance.member-id";
    private static final String MBI = "mbi";

    public MemberIdFormatRule(RuleParams params) {
        params.allowOnly("format");
        String format = params.requiredText("format");
        if (!format.equals(MBI)) {
            throw new IllegalArgumentException(params.owner() + ": setting format must be " + MBI + ", got " + format);
        }
    }

    @Override
    public void apply(ScrubContext context) {
        Optional<String> memberId = context.visit().patient().flatMap(patient -> patient.memberId());
        if (memberId.isEmpty()) {
            return;
        }
        String typed = memberId.get();
        Optional<String> problem = MedicareBeneficiaryId.problem(typed);
        if (problem.isPresent()) {
            context.findings().error(ID, List.of(), "The Medicare number is not a Medicare Beneficiary Identifier (MBI): "
                            + problem.get() + ".",
                    "Copy the MBI from the patient's red, white and blue Medicare card into the patient's insurance.");
        } else if (!typed.equals(MedicareBeneficiaryId.normalise(typed))) {
            context.findings().error(ID, List.of(), "The Medicare number " + typed + " is kept as the card prints it;"
                            + " a claim carries it as " + MedicareBeneficiaryId.normalise(typed) + ", without dashes or spaces.",
                    "Enter it as " + MedicareBeneficiaryId.normalise(typed) + " in the patient's insurance (saving the"
                            + " insurance again keeps it that way).");
        }
    }
}
