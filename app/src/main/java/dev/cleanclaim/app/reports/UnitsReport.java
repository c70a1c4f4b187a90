package dev.cleanclaim.app.reports;

import dev.cleanclaim.core.catalog.CodeCatalog;
import dev.cleanclaim.core.catalog.UnitBasis;
import dev.cleanclaim.core.units.FifteenMinuteTable;
import dev.cleanclaim.store.ReportStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Timed units and minutes from the claims as stored (what was billed, not what a re-scrub would bill). Only
 * 15-minute codes count: untimed and per-session codes bill no time, and hourly codes are not pooled with them.
 */
final class UnitsReport {

    private final CodeCatalog catalog;
    private final LongFunction<String> providerNames;

    UnitsReport(CodeCatalog catalog, LongFunction<String> providerNames) {
        this.catalog = catalog;
        this.providerNames = providerNames;
    }

    /** @param lines the lines of these claims, as the database reads them */
    TimedUnits of(Period period, List<ReportStore.PeriodClaim> claims, List<ReportStore.PeriodLine> lines) {
        Map<Long, List<ReportStore.PeriodLine>> byClaim = lines.stream()
                .collect(Collectors.groupingBy(ReportStore.PeriodLine::claimId));
        List<TimedUnits.VisitUnits> visits = claims.stream()
                .map(claim -> visit(claim, byClaim.getOrDefault(claim.claimId(), List.of()))).toList();
        Map<Day, List<TimedUnits.VisitUnits>> byDay = new LinkedHashMap<>();
        visits.stream()
                .sorted(Comparator.comparing(TimedUnits.VisitUnits::dateOfService)
                        .thenComparingLong(TimedUnits.VisitUnits::providerId).thenComparingLong(TimedUnits.VisitUnits::claimId))
                .forEach(visit -> byDay.computeIfAbsent(new Day(visit.providerId(), visit.dateOfService()),
                        key -> new ArrayList<>()).add(visit));
        List<TimedUnits.TherapistDay> days = byDay.entrySet().stream()
                .map(day -> new TimedUnits.TherapistDay(day.getKey().providerId(),
                        providerNames.apply(day.getKey().providerId()), day.getKey().date(), day.getValue()))
                .toList();
        return new TimedUnits(period, visits, days);
    }

    private TimedUnits.VisitUnits visit(ReportStore.PeriodClaim claim, List<ReportStore.PeriodLine> lines) {
        int units = 0;
        int minutes = 0;
        boolean implied = false;
        for (ReportStore.PeriodLine line : lines) {
            if (!isTimed(line.code())) {
                continue;
            }
            units += line.units();
            implied |= line.minutes().isEmpty();
            minutes += line.minutes().orElse(FifteenMinuteTable.minimumMinutesFor(line.units()));
        }
        return new TimedUnits.VisitUnits(claim.claimId(), claim.visitId(), claim.controlNumber(), claim.providerId(),
                providerNames.apply(claim.providerId()), claim.dateOfService(), units, minutes, implied);
    }

    private boolean isTimed(String code) {
        return catalog.find(code).filter(found -> found.unitBasis() == UnitBasis.TIMED_15).isPresent();
    }

    private record Day(long providerId, LocalDate date) {
    }
}
