package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.Finding;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.referral.Referral;
import dev.cleanclaim.core.referral.ReferralStanding;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Whether an insured client's plan pays for their massage, told from the payer's own rules: the engine scrubs a
 * 60-minute Swedish massage (97124) by the client's therapist (or the practice's first massage therapist) for the
 * client's plan today, once as if a referral were on file and once as if not, and keeps what the rules that decide
 * massage said: a referral requirement (doc.referral), the plan's exclusion (payer.excluded), whether it pays this
 * kind of provider (provider.not-eligible, the employed-LMT rule, modifier.employed), and what it does not cover.
 */
public final class InsuredMassage {

    /** The rules that decide whether a plan pays for massage; the others (units, modifiers, ...) do not. */
    static final Set<String> MASSAGE_RULES = Set.of("doc.referral", "payer.excluded", "provider.not-eligible",
            "modifier.employed", "payer.not-covered");
    /** The sample service the plan's rules are asked about. */
    static final String MASSAGE = "97124";

    private final Database database;
    private final PracticeRef practice;
    private final Patients patients;
    private final VisitScrubber scrubber;
    private final Supplier<LocalDate> today;

    InsuredMassage(Database database, PracticeRef practice, Patients patients, VisitScrubber scrubber,
                   Supplier<LocalDate> today) {
        this.database = database;
        this.practice = practice;
        this.patients = patients;
        this.scrubber = scrubber;
        this.today = today;
    }

    /**
     * What the client's plan says about massage. A self-pay client has no plan to ask: empty. Not audited apart: it
     * tells the plan's rules, and the page's and the API's own reads of the client are audited.
     */
    public Optional<MassageCoverage> of(Actor actor, long patientId) {
        Stored<PatientRecord> client = patients.visible(actor, patientId);
        Optional<String> payerId = client.value().payerId();
        if (payerId.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = today.get();
        List<Stored<Referral>> referrals = database.referrals().forPatient(patientId);
        Optional<Stored<Referral>> referral = VisitScrubber.applicable(referrals, date);
        Optional<String> standing = referral.map(found -> standing(found.value(), date));
        boolean referralUsable = referral.filter(found -> found.value().standingOn(date) instanceof ReferralStanding.Valid)
                .isPresent();
        Optional<Stored<RenderingProvider>> therapist = therapist(client.value());
        String payerName = scrubber.termsNow().payers().find(payerId.get()).map(Payer::name).orElse(payerId.get());
        if (therapist.isEmpty()) {
            return Optional.of(new MassageCoverage(payerId.get(), payerName, referral.map(Stored::value), standing,
                    Optional.empty(), Optional.empty(), List.of(new Outcome("provider", Severity.INFO,
                    "No massage therapist is on file to ask the plan about: give the client a therapist"))));
        }
        try {
            ClaimDraft without = probe(client, referrals, payerId.get(), therapist.get().value(), false);
            ClaimDraft with = probe(client, referrals, payerId.get(), therapist.get().value(), true);
            boolean requiresReferral = without.findings().stream().anyMatch(finding -> finding.rule().equals("doc.referral"));
            List<Outcome> outcomes = (referralUsable ? with : without).findings().stream()
                    .filter(finding -> MASSAGE_RULES.contains(finding.rule()))
                    .map(finding -> new Outcome(finding.rule(), finding.severity(), finding.message()
                            + finding.fix().map(fix -> " " + fix).orElse("")))
                    .toList();
            return Optional.of(new MassageCoverage(payerId.get(), payerName, referral.map(Stored::value), standing,
                    Optional.of(requiresReferral), Optional.of(therapist.get().value().fullName() + ", "
                    + therapist.get().value().type().name()), outcomes));
        } catch (InputException unreadable) {
            return Optional.of(new MassageCoverage(payerId.get(), payerName, referral.map(Stored::value), standing,
                    Optional.empty(), Optional.empty(), List.of(new Outcome("payer", Severity.WARNING,
                    "The plan's rules cannot be asked today: " + unreadable.getMessage()))));
        }
    }

    private ClaimDraft probe(Stored<PatientRecord> client, List<Stored<Referral>> referrals, String payerId,
                             RenderingProvider therapist, boolean referralOnFile) {
        String visit = """
                {"dateOfService": "%s", "payer": "%s", "provider": {"type": "%s", "npi": "%s"},
                 "diagnoses": [{"code": "M62.830", "regions": ["lumbar"]}],
                 "services": [{"code": "%s", "minutes": 60, "regions": ["lumbar"]}],
                 "documentation": {"referral": %s, "clinicalRationale": true, "medicalNecessity": ["tight-muscles"]}}"""
                .formatted(today.get(), payerId, therapist.type().name(), therapist.npi(), MASSAGE, referralOnFile);
        return scrubber.scrub("massage coverage", visit, client, referrals, OptionalLong.empty()).claim();
    }

    /** The client's therapist when they are a massage therapist, else the practice's first active one. */
    private Optional<Stored<RenderingProvider>> therapist(PatientRecord client) {
        List<Stored<RenderingProvider>> providers = database.practices().providers(practice.id());
        Optional<Stored<RenderingProvider>> own = client.therapistId().flatMap(id -> providers.stream()
                .filter(provider -> provider.id() == id).findFirst())
                .filter(provider -> provider.value().type() == ProviderType.LMT);
        return own.or(() -> providers.stream().filter(provider -> provider.value().type() == ProviderType.LMT)
                .filter(provider -> provider.value().active()).min(Comparator.comparingLong(Stored::id)));
    }

    private static String standing(Referral referral, LocalDate date) {
        ReferralStanding standing = referral.standingOn(date);
        return standing instanceof ReferralStanding.Valid valid ? "valid today, " + valid.visitsLeft() + " visit(s) left"
                : "not usable today: " + standing.problem();
    }

    /**
     * @param referralRequired whether the plan's rules want a referral for massage; empty when they could not be asked
     * @param askedFor         the provider the plan's rules were asked about
     * @param outcomes         what the massage rules said; none: nothing stops the plan paying
     */
    public record MassageCoverage(String payerId, String payerName, Optional<Referral> referral,
                                  Optional<String> referralStanding, Optional<Boolean> referralRequired,
                                  Optional<String> askedFor, List<Outcome> outcomes) {
        public MassageCoverage {
            Objects.requireNonNull(payerId, "payerId");
            outcomes = List.copyOf(outcomes);
        }

        /** Whether the plan's rules refuse the massage outright (an error), so the client may choose to pay. */
        public boolean planWontPay() {
            return outcomes.stream().anyMatch(outcome -> outcome.severity() == Severity.ERROR);
        }
    }

    /** What one rule said, in words. */
    public record Outcome(String rule, Severity severity, String words) {
    }
}
