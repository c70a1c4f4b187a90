package dev.cleanclaim.app.reports;

import dev.cleanclaim.core.account.PatientPayment;
import dev.cleanclaim.core.catalog.CatalogCode;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.store.Database;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongFunction;

/**
 * Revenue per code and per provider: the database sums the payments, the charges per provider and the units and
 * charges on the claim lines per code.
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
        database.reports().billedByCode(period.from(), period.through())
                .forEach(row -> billed.put(row.code(), new Billed(row.units(), row.charged())));
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
        List<Revenue.PatientRow> fromPatients = database.reports().patientMoney(period.from(), period.through()).stream()
                .map(row -> new Revenue.PatientRow(PatientPayment.Method.valueOf(row.method()).label(), row.payments(),
                        row.received(), row.voided(), row.refunded()))
                .toList();
        return new Revenue(period, byCode, byProvider, fromPatients);
    }

    private record Billed(long units, Money charged) {
        static final Billed NONE = new Billed(0, Money.ZERO);
    }
}
