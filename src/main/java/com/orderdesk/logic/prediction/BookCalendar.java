package com.orderdesk.logic.prediction;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The days on which the book receives no money although it usually does: bank holidays, a
 * year-end closure. Learnt from the history, since the book carries no calendar: a weekday that
 * last year received (almost) no payment while the weekdays around it received many is taken to be closed
 * again this year, on the same date (fixed holidays, closures) or on the same weekday of the month
 * (the fourth Thursday of November). A payment forecast for a closed day or a weekend arrives on
 * the next open day.
 */
final class BookCalendar {
    /**
     * Payments a weekday around it must average before an empty day means something: at 8 a day
     * an open day stays empty by chance once in 3,000.
     */
    static final double MIN_NEIGHBOUR_VOLUME = 8;
    private static final int NEIGHBOURHOOD = 10;
    /** A day with at most this share of its neighbours' volume counts as closed. */
    private static final double TRICKLE = 0.05;

    private final Set<Long> closedFixedDates = new HashSet<>();   // month * 100 + day
    private final Set<Long> closedNthWeekdays = new HashSet<>();  // month * 100 + n * 10 + weekday
    private final long firstPaid;
    private final long lastPaid;
    /** Whether each day after the history is closed, worked out once: forecasts ask for it by the million. */
    private boolean[] closedAfterHistory = new boolean[0];
    private static final int DAYS_AHEAD = 3 * 366;

    private BookCalendar(long firstPaid, long lastPaid) {
        this.firstPaid = firstPaid;
        this.lastPaid = lastPaid;
    }

    static BookCalendar learn(List<PaidInvoice> history) {
        Map<Long, Integer> perDay = new HashMap<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (PaidInvoice p : history) {
            long d = p.paidDate().toEpochDay();
            perDay.merge(d, 1, Integer::sum);
            first = Math.min(first, d);
            last = Math.max(last, d);
        }
        BookCalendar calendar = new BookCalendar(first, last);
        if (history.isEmpty()) {
            return calendar;
        }
        Set<Long> closedWeekdays = new HashSet<>();
        for (long d = first + NEIGHBOURHOOD; d <= last - NEIGHBOURHOOD; d++) {
            int onTheDay = perDay.getOrDefault(d, 0);
            if (BusinessDays.dayOfWeek(d) > 5) {
                continue;
            }
            // The volume of the open weekdays around it: a closure of two weeks must not hide itself.
            double around = 0;
            int openDays = 0;
            for (long k = d - NEIGHBOURHOOD; k <= d + NEIGHBOURHOOD; k++) {
                int payments = perDay.getOrDefault(k, 0);
                if (k != d && BusinessDays.dayOfWeek(k) <= 5 && payments > 0) {
                    around += payments;
                    openDays++;
                }
            }
            // A trickle (a cheque paid over the counter) does not make a closed office open.
            if (openDays >= 5 && around / openDays >= MIN_NEIGHBOUR_VOLUME && onTheDay <= TRICKLE * around / openDays) {
                LocalDate date = LocalDate.ofEpochDay(d);
                closedWeekdays.add(d);
                calendar.closedFixedDates.add(fixedKey(date));
                calendar.closedNthWeekdays.add(nthWeekdayKey(date));
            }
        }
        // A weekend inside a closure (closed on the Friday and on the Monday) is part of it: next
        // year those dates may fall on weekdays.
        for (long d : closedWeekdays) {
            if (BusinessDays.dayOfWeek(d) == 5 && closedWeekdays.contains(d + 3)) {
                calendar.closedFixedDates.add(fixedKey(LocalDate.ofEpochDay(d + 1)));
                calendar.closedFixedDates.add(fixedKey(LocalDate.ofEpochDay(d + 2)));
            }
        }
        calendar.closedAfterHistory = new boolean[DAYS_AHEAD];
        for (int i = 0; i < DAYS_AHEAD; i++) {
            calendar.closedAfterHistory[i] = calendar.closedByRule(last + 1 + i);
        }
        return calendar;
    }

    /** Whether no money is expected on that day. */
    boolean closed(long epochDay) {
        if (BusinessDays.dayOfWeek(epochDay) > 5) {
            return true;
        }
        if (epochDay >= firstPaid && epochDay <= lastPaid) {
            return false; // inside the history the book's own record is the answer, not a guess
        }
        long ahead = epochDay - lastPaid - 1;
        return ahead >= 0 && ahead < closedAfterHistory.length ? closedAfterHistory[(int) ahead] : closedByRule(epochDay);
    }

    private boolean closedByRule(long epochDay) {
        if (BusinessDays.dayOfWeek(epochDay) > 5 || closedFixedDates.isEmpty()) {
            return BusinessDays.dayOfWeek(epochDay) > 5;
        }
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return closedFixedDates.contains(fixedKey(date)) || closedNthWeekdays.contains(nthWeekdayKey(date));
    }

    /** The day itself, or the first open day after it. */
    long nextOpenDay(long epochDay) {
        long d = epochDay;
        for (int guard = 0; guard < 30 && closed(d); guard++) {
            d++;
        }
        return d;
    }

    private static long fixedKey(LocalDate d) {
        return d.getMonthValue() * 100L + d.getDayOfMonth();
    }

    private static long nthWeekdayKey(LocalDate d) {
        return d.getMonthValue() * 100L + ((d.getDayOfMonth() - 1) / 7 + 1) * 10L + d.getDayOfWeek().getValue();
    }
}
