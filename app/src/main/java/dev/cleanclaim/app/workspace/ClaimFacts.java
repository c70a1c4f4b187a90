package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.PracticeFile;
import dev.cleanclaim.app.contract.PracticeReader;
import dev.cleanclaim.app.contract.PracticeWriter;
import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.ruledata.RuleData;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The practice facts a claim was made with, kept beside it as a practice file: the billing provider, clearinghouse,
 * providers and the payers it names. A later change of the practice (a new address, another payer id) is for the
 * claims made after it; this claim's documents keep saying what it was made with.
 */
final class ClaimFacts {

    /** Most recent facts read. */
    private static final int REMEMBERED = 32;

    private final RuleData rules;
    /**
     * The facts read lately, by their text: the claims of a practice share a handful of texts (one per change of the
     * practice), and reading the same text for each of 10,000 claims sent was a quarter of the submission's time.
     * A practice file is immutable, so a file read once serves every claim with the same text.
     */
    private final Map<String, Optional<PracticeFile>> read = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<PracticeFile>> eldest) {
            return size() > REMEMBERED;
        }
    };

    ClaimFacts(RuleData rules) {
        this.rules = rules;
    }

    /**
     * The practice reduced to what this claim names: every provider (few), the payers of its coverage, and the
     * practice's own fees when it has set some (else the rule data's schedule priced it).
     */
    String write(Practice practice, Set<String> payerIds, FeeSchedule fees) {
        Map<String, PayerAccount> named = new LinkedHashMap<>();
        payerIds.forEach(id -> practice.payer(id).ifPresent(account -> named.put(id, account)));
        return new PracticeWriter().write(new PracticeFile(practice.withPayers(named),
                fees.isEmpty() ? Optional.empty() : Optional.of(fees)));
    }

    /**
     * The practice file a claim was made with, when it was kept and still reads under today's rule data; a claim made
     * before facts were kept, or whose facts no longer read (a pack since removed), is read with the practice of now.
     */
    Optional<PracticeFile> file(long claimId, Optional<String> facts) {
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        synchronized (read) {
            Optional<PracticeFile> known = read.get(facts.get());
            if (known != null) {
                return known;
            }
        }
        Optional<PracticeFile> file;
        try {
            file = Optional.of(new PracticeReader(rules).readFile("claim " + claimId + " practice facts", facts.get()));
        } catch (InputException unreadable) {
            file = Optional.empty();
        }
        synchronized (read) {
            read.put(facts.get(), file);
        }
        return file;
    }
}
