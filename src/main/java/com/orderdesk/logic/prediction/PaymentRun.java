package com.orderdesk.logic.prediction;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;

/**
 * The days on which a customer's payables system releases payments: fixed days of the month (the
 * 25th; the 15th and the last day) or one weekday. A monthly run that falls on a weekend moves to
 * the Monday after, or to the Friday before when {@code weekendToFriday}.
 */
final class PaymentRun {
    static final int LAST_DAY = 31;
    static final PaymentRun NONE = new PaymentRun(new int[0], null, false);

    private final int[] monthDays;
    private final DayOfWeek weekday;
    private final boolean weekendToFriday;

    private PaymentRun(int[] monthDays, DayOfWeek weekday, boolean weekendToFriday) {
        this.monthDays = monthDays;
        this.weekday = weekday;
        this.weekendToFriday = weekendToFriday;
    }

    static PaymentRun monthly(int[] days, boolean weekendToFriday) {
        int[] sorted = days.clone();
        Arrays.sort(sorted);
        return new PaymentRun(sorted, null, weekendToFriday);
    }

    static PaymentRun weekly(DayOfWeek weekday) {
        return new PaymentRun(new int[0], weekday, false);
    }

    boolean exists() {
        return weekday != null || monthDays.length > 0;
    }

    boolean isWeekly() {
        return weekday != null;
    }

    /** The first run on or after {@code day} (epoch days). */
    long onOrAfter(long day) {
        if (weekday != null) {
            return day + Math.floorMod(weekday.getValue() - BusinessDays.dayOfWeek(day), 7);
        }
        // A run early in a month may move back into the one before (weekend to Friday): look one month further.
        int month = MonthTable.monthOf(day);
        long best = Long.MAX_VALUE;
        for (int m = month - 1; m <= month + 2; m++) {
            for (int d : monthDays) {
                long run = runIn(m, d);
                if (run >= day && run < best) {
                    best = run;
                }
            }
        }
        return best;
    }

    /** The last run on or before {@code day}. */
    long onOrBefore(long day) {
        if (weekday != null) {
            return day - Math.floorMod(BusinessDays.dayOfWeek(day) - weekday.getValue(), 7);
        }
        int month = MonthTable.monthOf(day);
        long best = Long.MIN_VALUE;
        for (int m = month - 2; m <= month + 1; m++) {
            for (int d : monthDays) {
                long run = runIn(m, d);
                if (run <= day && run > best) {
                    best = run;
                }
            }
        }
        return best;
    }

    private long runIn(int month, int day) {
        long nominal = MonthTable.start(month) + Math.min(day, MonthTable.length(month)) - 1;
        return BusinessDays.shiftOffWeekend(nominal, weekendToFriday);
    }

    /** For the reason text: "on the 25th of the month", "on Thursdays". */
    String describe() {
        if (weekday != null) {
            return "on " + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s";
        }
        StringBuilder s = new StringBuilder("on the ");
        for (int i = 0; i < monthDays.length; i++) {
            if (i > 0) {
                s.append(i == monthDays.length - 1 ? " and the " : ", the ");
            }
            s.append(monthDays[i] == LAST_DAY ? "last day" : ordinal(monthDays[i]));
        }
        return s.append(" of the month").toString();
    }

    private static String ordinal(int n) {
        String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    @Override
    public String toString() {
        return exists() ? describe() : "no payment run";
    }
}
