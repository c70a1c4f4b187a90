package dev.cleanclaim.app.reports;

import dev.cleanclaim.store.ReportStore;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Ages the open claims. A claim ages from the day it was first sent, since that is when the payer's clock (and its
 * timely-filing and prompt-pay limits) started; a claim whose history lacks the sending ages from its date of service.
 */
final class AgingReport {

    private final Function<String, String> payerNames;

    AgingReport(Function<String, String> payerNames) {
        this.payerNames = payerNames;
    }

    Aging of(List<ReportStore.OpenClaim> open, LocalDate today, ZoneId zone) {
        List<Aging.AgedClaim> aged = new ArrayList<>();
        for (ReportStore.OpenClaim claim : open) {
            LocalDate from = claim.sent().map(sent -> LocalDate.ofInstant(sent, zone)).orElse(claim.dateOfService());
            long days = Math.max(0, ChronoUnit.DAYS.between(from, today));
            aged.add(new Aging.AgedClaim(claim.claimId(), claim.controlNumber(), claim.payerId(), claim.dateOfService(),
                    from, days, claim.balance()));
        }
        aged.sort(Comparator.comparingLong(Aging.AgedClaim::days).reversed().thenComparingLong(Aging.AgedClaim::claimId));
        Map<String, List<Aging.AgedClaim>> byPayer = new TreeMap<>();
        aged.forEach(claim -> byPayer.computeIfAbsent(claim.payerId(), payer -> new ArrayList<>()).add(claim));
        List<Aging.Row> rows = byPayer.entrySet().stream()
                .map(payer -> Aging.Row.of(payer.getKey(), payerNames.apply(payer.getKey()), payer.getValue())).toList();
        return new Aging(today, rows, Aging.Row.of("", "All payers", aged), aged);
    }
}
