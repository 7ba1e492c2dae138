package com.orderdesk.logic.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A run of whole days, both ends included. The contract's period is the {@code P} days ending on
 * the as-of date {@code D}: {@code D-P+1 .. D}; every figure of a period is the contract's figure
 * with {@code D = last} and {@code P = days()}.
 */
public record Period(LocalDate first, LocalDate last) {

    public Period {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("period ends " + last + " before it starts " + first);
        }
    }

    /** The {@code days} days ending on {@code asOf}, inclusive. */
    public static Period endingOn(LocalDate asOf, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a period has at least one day (was " + days + ")");
        }
        return new Period(asOf.minusDays(days - 1L), asOf);
    }

    /** Number of days, both ends included ({@code P}). */
    public int days() {
        return Math.toIntExact(ChronoUnit.DAYS.between(first, last) + 1);
    }

    /** The period of the same length that ends the day before this one starts (for "change against"). */
    public Period previous() {
        return endingOn(first.minusDays(1), days());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /**
     * Calendar weeks (Monday to Sunday) cut to this period: the first and last may be shorter.
     * Calendar weeks rather than 7-day blocks back from the as-of date, so a chart's weeks keep
     * their dates when the as-of date moves by a day.
     */
    public List<Period> weeks() {
        List<Period> weeks = new ArrayList<>();
        LocalDate start = first;
        while (!start.isAfter(last)) {
            LocalDate sunday = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            LocalDate end = sunday.isAfter(last) ? last : sunday;
            weeks.add(new Period(start, end));
            start = end.plusDays(1);
        }
        return weeks;
    }

    /** Calendar months cut to this period: the first and last may be shorter. */
    public List<Period> months() {
        List<Period> months = new ArrayList<>();
        LocalDate start = first;
        while (!start.isAfter(last)) {
            LocalDate monthEnd = start.with(TemporalAdjusters.lastDayOfMonth());
            LocalDate end = monthEnd.isAfter(last) ? last : monthEnd;
            months.add(new Period(start, end));
            start = end.plusDays(1);
        }
        return months;
    }

    @Override
    public String toString() {
        return first + ".." + last;
    }
}
