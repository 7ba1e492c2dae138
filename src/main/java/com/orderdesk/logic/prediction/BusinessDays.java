package com.orderdesk.logic.prediction;

/**
 * Money arrives on weekdays: a payment that would land on a Saturday or Sunday is credited on the
 * Monday after. Bank holidays are not known to the engine (the book carries no calendar).
 */
final class BusinessDays {
    private BusinessDays() {
    }

    /** Day of week of an epoch day, 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
    static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7) + 1;
    }

    static long nextBusinessDay(long epochDay) {
        int dow = dayOfWeek(epochDay);
        return dow == 6 ? epochDay + 2 : dow == 7 ? epochDay + 1 : epochDay;
    }

    static long shiftOffWeekend(long epochDay, boolean toFriday) {
        int dow = dayOfWeek(epochDay);
        if (dow < 6) {
            return epochDay;
        }
        if (toFriday) {
            return epochDay - (dow - 5);
        }
        return nextBusinessDay(epochDay);
    }
}
