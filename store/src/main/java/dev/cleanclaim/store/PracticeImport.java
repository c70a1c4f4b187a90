package dev.cleanclaim.store;

import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One import of a practice file into the workspace's practice, inside the caller's transaction. Each part (the
 * practice's own facts, each provider, each payer entry, the fee schedule) is compared with what is stored and
 * written only when it differs: writing bumps its version, and an admin who has that page open would get a
 * conflict for a change nobody made. Importing the same file again therefore changes nothing. A practice created
 * whole (the set-up page, the demo) is written by the same steps, so both refuse the same things.
 */
final class PracticeImport {

    private final Handle handle;
    private final List<String> changed = new ArrayList<>();

    PracticeImport(Handle handle) {
        this.handle = handle;
    }

    /** What this import wrote ("practice", "provider 1558598797", "payer aetna", "fees"); empty when nothing. */
    List<String> changed() {
        return List.copyOf(changed);
    }

    /** @return the practice's id, a new one when the workspace had none */
    long run(Practice practice, Optional<FeeSchedule> fees) {
        Optional<Long> existing = handle.createQuery("SELECT MIN(id) FROM practice").mapTo(Long.class).findOne();
        if (existing.isEmpty()) {
            return create(practice, fees.orElse(new FeeSchedule("", Map.of())));
        }
        long id = existing.get();
        updateOwnFacts(id, practice);
        writeProvidersAndPayers(id, practice);
        fees.ifPresent(schedule -> replaceFees(id, schedule));
        return id;
    }

    /**
     * A new practice, whole: its providers and payers written as an import writes them into a practice that has none
     * yet, and its fees at their first version.
     */
    long create(Practice practice, FeeSchedule fees) {
        long id = PracticeRows.insert(handle, practice);
        changed.add("practice");
        writeProvidersAndPayers(id, practice);
        FeeRows.replace(handle, id, fees);
        return id;
    }

    private void writeProvidersAndPayers(long id, Practice practice) {
        Map<String, Long> added = addNewProviders(id, practice.providers());
        for (RenderingProvider provider : practice.providers()) {
            updateProvider(id, provider, added);
        }
        for (Map.Entry<String, PayerAccount> payer : practice.payers().entrySet()) {
            updatePayer(id, new PayerEntry(payer.getKey(), payer.getValue()));
        }
    }

    // Providers and payers are compared on their own, so the practice's facts are compared without them.
    private void updateOwnFacts(long id, Practice practice) {
        Stored<Practice> stored = PracticeRows.find(handle, id).orElseThrow();
        if (!ownFacts(stored.value()).equals(ownFacts(practice))) {
            PracticeRows.update(handle, id, stored.version(), practice);
            changed.add("practice");
        }
    }

    private static Practice ownFacts(Practice practice) {
        return practice.withProviders(List.of()).withPayers(Map.of());
    }

    /**
     * Inserts the providers the workspace does not know yet, without supervisors: a supervisor may be another new
     * provider, listed after the one they supervise.
     */
    private Map<String, Long> addNewProviders(long practiceId, List<RenderingProvider> providers) {
        Map<String, Long> added = new HashMap<>();
        Set<String> listed = new HashSet<>();
        for (RenderingProvider provider : providers) {
            if (!listed.add(provider.npi())) {
                throw new IllegalArgumentException("providers: NPI " + provider.npi() + " is listed twice");
            }
            if (ProviderRows.idOf(handle, practiceId, provider.npi()).isEmpty()) {
                added.put(provider.npi(), ProviderRows.insert(handle, practiceId, provider, Optional.empty()));
                changed.add("provider " + provider.npi());
            }
        }
        return added;
    }

    private void updateProvider(long practiceId, RenderingProvider provider, Map<String, Long> added) {
        long providerId = ProviderRows.idOf(handle, practiceId, provider.npi()).orElseThrow();
        Optional<Long> supervisor = supervisorOf(practiceId, providerId, provider);
        if (added.containsKey(provider.npi())) {
            supervisor.ifPresent(supervisorId -> ProviderRows.supervise(handle, providerId, supervisorId));
            return;
        }
        // The stored provider names its supervisor by NPI too, so one comparison covers the supervisor as well.
        Stored<RenderingProvider> stored = ProviderRows.find(handle, practiceId, providerId).orElseThrow();
        if (!stored.value().equals(provider)) {
            ProviderRows.update(handle, practiceId, providerId, stored.version(), provider, supervisor);
            changed.add("provider " + provider.npi());
        }
    }

    private Optional<Long> supervisorOf(long practiceId, long providerId, RenderingProvider provider) {
        if (provider.supervisorNpi().isEmpty()) {
            return Optional.empty();
        }
        String npi = provider.supervisorNpi().get();
        return Optional.of(ProviderRows.idOf(handle, practiceId, npi).filter(found -> found != providerId)
                .orElseThrow(() -> new IllegalArgumentException("providers " + provider.npi() + ": supervisor " + npi
                        + " is no other provider of the practice")));
    }

    private void updatePayer(long practiceId, PayerEntry entry) {
        Optional<Long> known = PayerRows.idOfPayerId(handle, practiceId, entry.payerId());
        Optional<Long> sameElectronic = PayerRows.idOfElectronicId(handle, practiceId, entry.account().electronicId(),
                entry.account().pack());
        if (sameElectronic.isPresent() && !sameElectronic.equals(known)) {
            throw new IllegalArgumentException("payers " + entry.payerId() + ": payer id "
                    + entry.account().electronicId() + " is another directory entry's already");
        }
        if (known.isEmpty()) {
            PayerRows.insert(handle, practiceId, entry);
            changed.add("payer " + entry.payerId());
            return;
        }
        // PayerAccount compares its contracted fees too, so a changed contract price is a change of the entry.
        Stored<PayerEntry> stored = PayerRows.find(handle, practiceId, known.get()).orElseThrow();
        if (!stored.value().equals(entry)) {
            PayerRows.update(handle, practiceId, known.get(), stored.version(), entry);
            changed.add("payer " + entry.payerId());
        }
    }

    // The schedule's name is not stored (it is derived from the practice's), so it is no difference.
    private void replaceFees(long practiceId, FeeSchedule fees) {
        FeeSchedule stored = FeeRows.read(handle, practiceId, fees.name());
        boolean same = stored.perUnit().equals(fees.perUnit()) && stored.modifierFees().equals(fees.modifierFees())
                && new HashSet<>(stored.sessions()).equals(new HashSet<>(fees.sessions()));
        if (!same) {
            handle.createUpdate("UPDATE practice SET fees_version = fees_version + 1 WHERE id = :id")
                    .bind("id", practiceId).execute();
            FeeRows.replace(handle, practiceId, fees);
            changed.add("fees");
        }
    }
}
