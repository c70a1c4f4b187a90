package dev.cleanclaim.app.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Timed (15-minute) units per visit and the timed minutes each therapist billed per day, with the days no one could
 * have worked flagged.
 *
 * @param visits every claim of the period, by date of service
 * @param days   every therapist's day with a claim, by date then provider
 */
public record TimedUnits(Period period, List<VisitUnits> visits, List<TherapistDay> days) {

    public TimedUnits {
        Objects.requireNonNull(period, "period");
        visits = List.copyOf(visits);
        days = List.copyOf(days);
    }

    /**
     * @param minutes        timed minutes on the claim: each timed line's documented minutes, or where a line has
     *                       none, the fewest its units need (8 for the first unit, 15 for each more)
     * @param minutesImplied whether any line's minutes had to be inferred from its units
     */
    public record VisitUnits(long claimId, long visitId, String controlNumber, long providerId, String providerName,
                             LocalDate dateOfService, int timedUnits, int minutes, boolean minutesImplied) {
    }

    public record TherapistDay(long providerId, String providerName, LocalDate date, List<VisitUnits> visits) {
        public TherapistDay {
            visits = List.copyOf(visits);
        }

        public int timedUnits() {
            return visits.stream().mapToInt(VisitUnits::timedUnits).sum();
        }

        public int minutes() {
            return visits.stream().mapToInt(VisitUnits::minutes).sum();
        }

        public DayLoad load() {
            return DayLoad.of(minutes());
        }
    }

    /** The days over a working day, the impossible ones first, then by date. */
    public List<TherapistDay> flagged() {
        return days.stream().filter(day -> day.load() != DayLoad.ORDINARY)
                .sorted(java.util.Comparator.comparing(TherapistDay::load).reversed()
                        .thenComparing(TherapistDay::date).thenComparingLong(TherapistDay::providerId))
                .toList();
    }

    public int totalTimedUnits() {
        return visits.stream().mapToInt(VisitUnits::timedUnits).sum();
    }

    public int totalMinutes() {
        return visits.stream().mapToInt(VisitUnits::minutes).sum();
    }
}
