package dev.cleanclaim.core.therapy;

import dev.cleanclaim.core.money.Money;

import java.util.Objects;

/**
 * A patient's Medicare therapy in one calendar year before the visit being scrubbed, in the two amounts the KX
 * threshold is counted in. Whoever keeps the patient's claims adds it up (the workspace, from stored claims); the
 * engine only reads it.
 *
 * @param physicalAndSpeech physical therapy and speech-language pathology together (GP and GN lines)
 * @param occupational      occupational therapy (GO lines)
 */
public record TherapyYearToDate(int year, Money physicalAndSpeech, Money occupational) {

    public TherapyYearToDate {
        Objects.requireNonNull(physicalAndSpeech, "physicalAndSpeech");
        Objects.requireNonNull(occupational, "occupational");
    }

    /** A year with no therapy yet. */
    public static TherapyYearToDate none(int year) {
        return new TherapyYearToDate(year, Money.ZERO, Money.ZERO);
    }

    public Money of(TherapyDiscipline discipline) {
        return discipline == TherapyDiscipline.OCCUPATIONAL ? occupational : physicalAndSpeech;
    }

    /** This year with {@code amount} more of the discipline. */
    public TherapyYearToDate plus(TherapyDiscipline discipline, Money amount) {
        return discipline == TherapyDiscipline.OCCUPATIONAL
                ? new TherapyYearToDate(year, physicalAndSpeech, occupational.plus(amount))
                : new TherapyYearToDate(year, physicalAndSpeech.plus(amount), occupational);
    }
}
