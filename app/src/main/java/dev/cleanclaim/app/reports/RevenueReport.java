package dev.cleanclaim.app.reports;

import dev.cleanclaim.app.contract.StoredClaimBody;
import dev.cleanclaim.core.catalog.CatalogCode;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.ReportStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongFunction;

/**
 * Revenue per code and per provider. The database sums the payments and the charges per provider; charges per code
 * are on the claim lines, which only the claim JSON holds, so those are summed here.
 */
final class RevenueReport {

    private final Database database;
    private final RuleData rules;
    private final LongFunction<String> providerNames;

    RevenueReport(Database database, RuleData rules, LongFunction<String> providerNames) {
        this.database = database;
        this.rules = rules;
        this.providerNames = providerNames;
    }

    Revenue of(Period period) {
        Map<String, Billed> billed = new TreeMap<>();
        for (ReportStore.PeriodClaim claim : database.reports().claims(period.from(), period.through())) {
            if (!ReportStore.SENT.contains(claim.status())) {
                continue;
            }
            for (StoredClaimBody.Line line : StoredClaimBody.read(claim.body()).lines()) {
                billed.merge(line.code(), new Billed(line.units(), line.charge().orElse(Money.ZERO)), Billed::plus);
            }
        }
        Map<String, Money> paid = new TreeMap<>();
        database.reports().paidByCode(period.from(), period.through()).forEach(row -> paid.put(row.code(), row.paid()));
        TreeSet<String> codes = new TreeSet<>(billed.keySet());
        codes.addAll(paid.keySet());
        List<Revenue.CodeRow> byCode = new ArrayList<>();
        for (String code : codes) {
            Billed line = billed.getOrDefault(code, Billed.NONE);
            byCode.add(new Revenue.CodeRow(code, rules.codes().find(code).map(CatalogCode::description).orElse(""),
                    line.units(), line.charged(), paid.getOrDefault(code, Money.ZERO)));
        }
        List<Revenue.ProviderRow> byProvider = database.reports().revenueByProvider(period.from(), period.through())
                .stream().map(row -> new Revenue.ProviderRow(row.providerId(), providerNames.apply(row.providerId()),
                        row.claims(), row.charged(), row.paid()))
                .toList();
        return new Revenue(period, byCode, byProvider);
    }

    private record Billed(long units, Money charged) {
        static final Billed NONE = new Billed(0, Money.ZERO);

        Billed plus(Billed other) {
            return new Billed(units + other.units, charged.plus(other.charged));
        }
    }
}
