package dev.cleanclaim.core.rulebook;

import dev.cleanclaim.core.cmt.CmtDocumentationRule;
import dev.cleanclaim.core.cmt.CmtLevelRule;
import dev.cleanclaim.core.cmt.CmtRegionRule;
import dev.cleanclaim.core.cmt.SubluxationDiagnosisRule;
import dev.cleanclaim.core.documentation.MedicalNecessityRule;
import dev.cleanclaim.core.documentation.MissingDocumentationRule;
import dev.cleanclaim.core.documentation.ReferralRule;
import dev.cleanclaim.core.dx.DiagnosisPointerRule;
import dev.cleanclaim.core.insurance.MedicareSubscriberRule;
import dev.cleanclaim.core.insurance.MemberIdFormatRule;
import dev.cleanclaim.core.modifier.ActiveTreatmentRule;
import dev.cleanclaim.core.modifier.AssistantRule;
import dev.cleanclaim.core.modifier.EmployedTherapistRule;
import dev.cleanclaim.core.modifier.KxThresholdRule;
import dev.cleanclaim.core.modifier.ModifierConflictRule;
import dev.cleanclaim.core.modifier.ModifierNotInForceRule;
import dev.cleanclaim.core.modifier.PlanOfCareModifierRule;
import dev.cleanclaim.core.ncci.NcciMueRule;
import dev.cleanclaim.core.ncci.NcciPtpRule;
import dev.cleanclaim.core.payer.NotCoveredRule;
import dev.cleanclaim.core.payer.PayerExclusionRule;
import dev.cleanclaim.core.payer.ProviderEligibilityRule;
import dev.cleanclaim.core.scrub.Rule;
import dev.cleanclaim.core.scrub.RuleFactory;
import dev.cleanclaim.core.scrub.RuleParams;
import dev.cleanclaim.core.therapy.DailyTherapyCapRule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every rule a payer pack can turn on, by id, in the order the engine runs them: who may bill and what is
 * covered first, then the rules that append modifiers (chiropractic regions before NCCI pairs, so a pair is
 * judged once), then the modifier checks that need every modifier in place, then a plan's daily cap on timed
 * therapy (which counts each line toward the discipline of its GP/GO modifier), then documentation and diagnoses.
 */
public final class StandardRules {

    private static final Map<String, RuleFactory> FACTORIES = new LinkedHashMap<>();

    static {
        FACTORIES.put("provider.not-eligible", ProviderEligibilityRule::new);
        plain("insurance.subscriber", MedicareSubscriberRule::new);
        FACTORIES.put("insurance.member-id", MemberIdFormatRule::new);
        FACTORIES.put("payer.excluded", PayerExclusionRule::new);
        FACTORIES.put("payer.not-covered", NotCoveredRule::new);
        plain("cmt.level", CmtLevelRule::new);
        FACTORIES.put("cmt.region", CmtRegionRule::new);
        plain("ncci.ptp", NcciPtpRule::new);
        plain("ncci.mue", NcciMueRule::new);
        FACTORIES.put("modifier.therapy", PlanOfCareModifierRule::new);
        FACTORIES.put("modifier.at", ActiveTreatmentRule::new);
        plain("modifier.assistant", AssistantRule::new);
        FACTORIES.put("modifier.employed", EmployedTherapistRule::new);
        FACTORIES.put("modifier.kx", KxThresholdRule::new);
        plain("modifier.not-effective", ModifierNotInForceRule::new);
        plain("modifier.conflict", ModifierConflictRule::new);
        FACTORIES.put("units.daily-cap", DailyTherapyCapRule::new);
        plain("cmt.documentation", CmtDocumentationRule::new);
        plain("dx.subluxation", SubluxationDiagnosisRule::new);
        plain("dx.pointer", DiagnosisPointerRule::new);
        FACTORIES.put("doc.medical-necessity", MedicalNecessityRule::new);
        FACTORIES.put("doc.referral", ReferralRule::new);
        plain("doc.missing", MissingDocumentationRule::new);
    }

    private StandardRules() {
    }

    /** A rule that takes no settings: any setting given is refused. */
    private static void plain(String id, Supplier<Rule> rule) {
        FACTORIES.put(id, params -> {
            params.allowOnly();
            return rule.get();
        });
    }

    public static boolean knows(String id) {
        return FACTORIES.containsKey(id);
    }

    /** Rule ids in the order the engine runs them. */
    public static List<String> ids() {
        return List.copyOf(FACTORIES.keySet());
    }

    public static Rule create(String id, RuleParams params) {
        RuleFactory factory = FACTORIES.get(id);
        if (factory == null) {
            throw new IllegalArgumentException(params.owner() + ": unknown rule " + id + "; expected one of " + ids());
        }
        return factory.create(params);
    }

    /** The position of a rule in the engine's order, for sorting a pack's rules. */
    public static int order(String id) {
        return ids().indexOf(id);
    }
}
