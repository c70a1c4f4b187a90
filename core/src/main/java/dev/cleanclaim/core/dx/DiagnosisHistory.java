package dev.cleanclaim.core.dx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which ICD-10-CM codes existed in which fiscal years, and whether they were billable, from CMS's order file of
 * every year: a visit of 2021 is judged by FY2021 (M54.5 billable) and one of 2022 by FY2022 (M54.5 a header,
 * M54.50 billable), without shipping ten full years of descriptions. A few codes changed within a year (April 2020,
 * January 2021, April 2022, April 2023): those {@link MidYearChange}s say how a code stood before and after.
 */
public final class DiagnosisHistory {

    /** One run of consecutive fiscal years in which a code existed with the same billable flag. */
    public record Run(String code, int firstYear, int lastYear, boolean billable) {
        public Run {
            if (lastYear < firstYear) {
                throw new IllegalArgumentException(code + ": fiscal years run from " + firstYear + " to " + lastYear);
            }
        }

        boolean covers(int fiscalYear) {
            return firstYear <= fiscalYear && fiscalYear <= lastYear;
        }
    }

    /** A code that changed on {@code effective}, within {@code fiscalYear}: how it stood before and after. */
    public record MidYearChange(String code, FiscalYear fiscalYear, LocalDate effective,
                                DiagnosisCodeSet.Presence before, DiagnosisCodeSet.Presence after) {
    }

    private static final Comparator<Run> BY_CODE = Comparator.comparing(Run::code);

    private final Run[] runs;
    private final List<MidYearChange> changes;
    private final int lastYear;

    public DiagnosisHistory(List<Run> runs, List<MidYearChange> changes) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("an ICD-10-CM history needs at least one code");
        }
        this.runs = runs.toArray(Run[]::new);
        Arrays.sort(this.runs, BY_CODE.thenComparingInt(Run::firstYear));
        for (int i = 1; i < this.runs.length; i++) {
            Run previous = this.runs[i - 1];
            if (previous.code().equals(this.runs[i].code()) && previous.lastYear() >= this.runs[i].firstYear()) {
                throw new IllegalArgumentException(previous.code() + ": fiscal years " + this.runs[i].firstYear()
                        + "-" + previous.lastYear() + " are listed twice");
            }
        }
        this.changes = List.copyOf(changes);
        this.lastYear = Arrays.stream(this.runs).mapToInt(Run::lastYear).max().orElseThrow();
    }

    /** The latest fiscal year the history knows. */
    public FiscalYear lastYear() {
        return new FiscalYear(lastYear);
    }

    /** A code's runs, oldest first; empty when it never was an ICD-10-CM code in these years. */
    public List<Run> runsOf(String code) {
        int index = Arrays.binarySearch(runs, new Run(code, 0, 0, false), BY_CODE);
        if (index < 0) {
            return List.of();
        }
        int first = index;
        while (first > 0 && runs[first - 1].code().equals(code)) {
            first--;
        }
        List<Run> found = new ArrayList<>(2);
        for (int i = first; i < runs.length && runs[i].code().equals(code); i++) {
            found.add(runs[i]);
        }
        return found;
    }

    /**
     * The code set in force from {@code from}: the codes of its fiscal year, with each mid-year change of that year
     * as it stood on that date (after the change when it took effect by then, before it otherwise).
     *
     * @param descriptions a code's description, or null when none is known (a code deleted long ago)
     */
    public List<DiagnosisCodeSet.Entry> entriesOn(LocalDate from, Function<String, String> descriptions) {
        FiscalYear year = FiscalYear.of(from);
        Map<String, Boolean> billable = new HashMap<>(150_000);
        for (Run run : runs) {
            if (run.covers(year.year())) {
                billable.put(run.code(), run.billable());
            }
        }
        for (MidYearChange change : changes) {
            if (change.fiscalYear().equals(year)) {
                DiagnosisCodeSet.Presence presence = change.effective().isAfter(from) ? change.before() : change.after();
                switch (presence) {
                    case UNKNOWN -> billable.remove(change.code());
                    case BILLABLE -> billable.put(change.code(), true);
                    case HEADER -> billable.put(change.code(), false);
                }
            }
        }
        List<DiagnosisCodeSet.Entry> entries = new ArrayList<>(billable.size());
        billable.forEach((code, leaf) -> {
            String description = descriptions.apply(code);
            entries.add(new DiagnosisCodeSet.Entry(code, leaf, description == null ? "" : description));
        });
        return entries;
    }
}
