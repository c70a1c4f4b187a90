package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.payer.PayerLookup;
import dev.cleanclaim.core.payer.PracticePayers;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.ruledata.RuleData;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The payers of this workspace: the practice's payer directory as stored now over the rule-data packs, so an entry
 * added on the Payers page can be named by the next patient or visit; a pack id (medicare, self-pay) still works.
 */
final class WorkspacePayers implements PayerLookup {

    private final RuleData rules;
    private final PracticeRef practice;

    WorkspacePayers(RuleData rules, PracticeRef practice) {
        this.rules = rules;
        this.practice = practice;
    }

    @Override
    public Optional<Payer> find(String id) {
        return current().find(id);
    }

    @Override
    public List<String> ids() {
        return current().ids();
    }

    /** The lookup as of now: read once and use it for a whole page or import, rather than once per row. */
    PayerLookup current() {
        Map<String, PayerAccount> accounts = practice.idIfSetUp().isPresent() ? practice.practice().payers() : Map.of();
        return new PracticePayers(rules.payers(), accounts);
    }

    /** The directory of a practice already read. */
    PayerLookup over(dev.cleanclaim.core.practice.Practice read) {
        return new PracticePayers(rules.payers(), read.payers());
    }
}
