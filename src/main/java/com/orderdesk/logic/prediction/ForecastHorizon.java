package com.orderdesk.logic.prediction;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The calendar weeks ahead of the as-of date: week 1 is the Monday-to-Sunday week holding the day
 * after the as-of date (so it may be partly past), and the horizon ends on the Sunday of the last.
 */
public record ForecastHorizon(LocalDate asOf, int weeks, LocalDate firstWeekStart, LocalDate lastDay) {

    public static ForecastHorizon of(LocalDate asOf, int weeks) {
        LocalDate next = asOf.plusDays(1);
        LocalDate monday = next.minusDays(next.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
        return new ForecastHorizon(asOf, weeks, monday, monday.plusDays(7L * weeks - 1));
    }

    /** Week index (0-based) of a date, or -1 outside the horizon. */
    public int weekOf(LocalDate day) {
        long d = day.toEpochDay() - firstWeekStart.toEpochDay();
        return d < 0 || d >= 7L * weeks ? -1 : (int) (d / 7);
    }
}
