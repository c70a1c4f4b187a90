package dev.cleanclaim.core.coding;

import dev.cleanclaim.core.claim.FindingCollector;
import dev.cleanclaim.core.claim.LineDraft;
import dev.cleanclaim.core.dx.Subluxation;
import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.fees.SessionPrice;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.region.BodyRegion;
import dev.cleanclaim.core.units.UnitLine;
import dev.cleanclaim.core.visit.Diagnosis;
import dev.cleanclaim.core.visit.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** One claim line per code with units: the biller's modifiers, diagnosis pointers and charge. */
final class LineBuilder {

    static final int MAX_POINTERS = 4;
    static final int MAX_DIAGNOSES = 12;
    static final String SESSION_RULE = "charge.session";

    private final FeeSchedule fees;

    LineBuilder(FeeSchedule fees) {
        this.fees = fees;
    }

    LineDraft build(UnitLine units, List<CodedService> sameCode, List<Diagnosis> diagnoses, Payer payer,
                    FindingCollector findings) {
        List<String> modifiers = new ArrayList<>(2);
        List<Service> services = new ArrayList<>(sameCode.size());
        for (CodedService coded : sameCode) {
            Service service = coded.service();
            services.add(service);
            for (String modifier : service.modifiers()) {
                modifiers.add(modifier.trim().toUpperCase(Locale.ROOT));
            }
        }
        OptionalInt minutes = sameCode.get(0).entry().isTimed() ? OptionalInt.of(units.minutes()) : OptionalInt.empty();
        Optional<Money> charge = charge(units, modifiers, services, payer, findings);
        if (charge.isEmpty()) {
            findings.warning("charge.missing", List.of(units.code()),
                    "The fee schedule \"" + fees.name() + "\" has no fee for " + units.code() + ", so the line has no charge.",
                    "Add " + units.code() + " to the practice fee schedule.");
        }
        LineDraft line = new LineDraft(sameCode.get(0).entry(), units.units(), minutes, services, modifiers, List.of(), charge);
        line.pointTo(pointers(line.regions(), diagnoses, line.entry().family().startsWith("cmt-")));
        return line;
    }

    /**
     * The line's charge: a self-pay session of the code and minutes the practice prices as one (a 60-minute massage at
     * $95, whatever its units) is charged that price; otherwise the units at the fee of the first modifier the biller
     * entered that the practice prices apart, else at the code's fee. Modifiers the engine adds later (GP, CQ, ...) do
     * not change what the practice charges.
     */
    private Optional<Money> charge(UnitLine units, List<String> modifiers, List<Service> services, Payer payer,
                                   FindingCollector findings) {
        if (payer.selfPay()) {
            Optional<SessionPrice> session = fees.session(units.code(), sessionMinutes(units, services));
            if (session.isPresent()) {
                SessionPrice price = session.get();
                findings.info(SESSION_RULE, List.of(units.code()), "Charged " + units.code() + " at the self-pay session"
                        + " price of $" + price.price() + " for " + price.minutes() + " minutes (\"" + fees.name()
                        + "\"), not per unit.");
                return Optional.of(price.price());
            }
        }
        return fees.chargeFor(units.code(), modifiers, units.units());
    }

    /** The minutes the session lasted: the code's counted minutes, or what was recorded for an untimed code. */
    private static int sessionMinutes(UnitLine units, List<Service> services) {
        if (units.minutes() > 0) {
            return units.minutes();
        }
        int recorded = 0;
        for (Service service : services) {
            recorded += service.minutes().orElse(0);
        }
        return recorded;
    }

    /**
     * Points to the diagnoses of the line's own body regions, the most specific first (the longer the ICD-10-CM
     * code, the more specific it is), then in the claim's order; at most four. A manipulation line points to the
     * subluxation it treats first, as payers read the first pointer as the reason. A line with no region in common
     * with any diagnosis (hot packs, say) points to the primary diagnosis, and dx.pointer says so where the payer's
     * rules ask for it.
     */
    static List<Integer> pointers(List<BodyRegion> regions, List<Diagnosis> diagnoses, boolean manipulation) {
        List<Integer> matching = new ArrayList<>();
        // Only the first twelve diagnoses fit on a claim (A-L); dx.pointer reports any beyond them.
        for (int i = 0; i < Math.min(diagnoses.size(), MAX_DIAGNOSES); i++) {
            for (BodyRegion region : diagnoses.get(i).regions()) {
                if (regions.contains(region)) {
                    matching.add(i);
                    break;
                }
            }
        }
        if (matching.isEmpty()) {
            return diagnoses.isEmpty() ? List.of() : List.of(0);
        }
        if (matching.size() > 1) {
            Comparator<Integer> subluxationFirst = Comparator.comparing(
                    (Integer index) -> !(manipulation && Subluxation.is(diagnoses.get(index).code())));
            matching.sort(subluxationFirst.thenComparingInt(index -> -diagnoses.get(index).code().length()));
        }
        return matching.size() <= MAX_POINTERS ? matching : matching.subList(0, MAX_POINTERS);
    }
}
