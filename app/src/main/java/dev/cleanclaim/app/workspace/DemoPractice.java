package dev.cleanclaim.app.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.PracticeReader;
import dev.cleanclaim.app.contract.VisitReader;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.ClaimPayment;
import dev.cleanclaim.core.remit.Remittance;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.practice.BillingProvider;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.referral.Referral;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.visit.Visit;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo practice a new workspace starts with: the example practice file and the example visits (both copied
 * from examples/ into the jar at build time), their patients and referrals, and a claim for each visit, some of
 * them sent, paid and denied, so every screen has something to show.
 */
public final class DemoPractice {

    private static final String FOLDER = "/dev/cleanclaim/app/demo/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoPractice() {
    }

    /** Seeds the demo when the database has no practice yet; false when it already had one. */
    public static boolean seedIfEmpty(Database database, RuleData rules, Clock clock) {
        if (database.practices().firstId().isPresent()) {
            return false;
        }
        Practice practice = asDemo(new PracticeReader(rules).read("demo practice.yaml", resource("practice.yaml")));
        long practiceId = database.practices().create(practice);
        Map<String, Long> providerIds = new HashMap<>();
        for (Stored<RenderingProvider> provider : database.practices().providers(practiceId)) {
            providerIds.put(provider.value().npi(), provider.id());
        }
        Workspace workspace = Workspace.open(database, rules, clock);
        Actor system = Actor.system();
        Map<String, Long> patientIds = new HashMap<>();
        List<ClaimPayment> answered = new ArrayList<>();
        int sentSoFar = 0;
        LocalDate today = LocalDate.now(clock);
        for (String name : resource("visits.txt").lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
            String text = resource(name);
            Visit visit = new VisitReader(rules, today).read(name, text);
            Patient patient = visit.patient().orElseThrow(() -> new IllegalStateException(name + " has no patient block"));
            long patientId = patientIds.computeIfAbsent(patient.accountNumber(), account -> {
                Optional<Long> therapist = visit.provider().npi().map(providerIds::get);
                Patient withoutReferral = new Patient(patient.person(), patient.accountNumber(), patient.memberId(),
                        patient.groupNumber(), patient.relationship(), patient.subscriber(), Optional.empty());
                long id = workspace.patients().create(system, new PatientRecord(practiceId, withoutReferral,
                        Optional.of(visit.payer().id()), therapist)).id();
                patient.referredBy().ifPresent(referrer -> workspace.patients().addReferral(system, id,
                        new Referral(referrer, visit.dateOfService().minusDays(30), visit.dateOfService().plusDays(90), 12, 0)));
                return id;
            });
            ObjectNode body = (ObjectNode) readJson(name, text);
            body.remove("patient");
            StoredVisit stored = workspace.visits().create(system, patientId, body.toString());
            Optional<ClaimRecord> sent = claim(workspace, system, stored);
            if (sent.isPresent()) {
                // Of the claims sent, the second and fifth are paid and the third denied: the rest wait on the payer.
                int nth = ++sentSoFar;
                if (nth == 2 || nth == 3 || nth == 5) {
                    answered.add(DemoRemittance.answer(sent.get(), nth == 3));
                }
            }
        }
        if (!answered.isEmpty()) {
            Money total = answered.stream().map(ClaimPayment::paid).reduce(Money.ZERO, Money::plus);
            workspace.remittances().post(system, "demo-era.835", List.of(new Remittance("DEMO-" + today, total, "ACH",
                    today.minusDays(3), "DEMO CLEARINGHOUSE PAYERS", "DEMO-PAYER", practice.billing().name(),
                    practice.billing().npi(), answered, List.of())), List.of());
        }
        return true;
    }

    /**
     * The example practice marked as what it is: its name says demo data, and its claims go out as test files (ISA15
     * T), so nothing made in the demo can be mistaken for, or processed as, a real practice's claim.
     */
    static Practice asDemo(Practice example) {
        BillingProvider billing = example.billing();
        BillingProvider marked = new BillingProvider(billing.name() + " (DEMO DATA)", billing.npi(), billing.taxId(),
                billing.taxIdIsSsn(), billing.taxonomy(), billing.address(), billing.phone());
        return new Practice(marked, example.payTo(), example.clearinghouse(), example.placeOfService(),
                example.medicareLocality(), example.medicareQualifyingApm(), true, example.providers(), example.payers());
    }

    /**
     * Makes the visit's claim and sends a few, so the dashboard shows money sent; of those, some get an answer in the
     * demo remittance: paid with a contractual write-off and coinsurance, or denied as not medically necessary.
     */
    private static Optional<ClaimRecord> claim(Workspace workspace, Actor system, StoredVisit visit) {
        ClaimView claim;
        try {
            claim = workspace.claims().create(system, visit.id());
        } catch (InputException | WorkspaceException e) {
            return Optional.empty(); // a demo visit whose claim cannot be made (missing facts) stays a visit, as it would in practice
        }
        if (claim.claim().value().status() != ClaimStatus.READY || visit.id() % 3 == 0
                || Claims.isSelfPay(visit.visit().payer())) {
            return Optional.empty();
        }
        ClaimView submitted = workspace.claims().move(system, claim.claim().id(), claim.claim().version(),
                ClaimStatus.SUBMITTED, Optional.of("demo: sent to the clearinghouse"));
        return Optional.of(submitted.claim().value());
    }

    private static com.fasterxml.jackson.databind.JsonNode readJson(String name, String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("demo visit " + name + " is not JSON", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = DemoPractice.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing demo resource " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
