package com.orderdesk.logic.collections;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How far a customer's oldest unpaid due date lies behind: the worklist's bucket filter. */
public enum AgingBucket {
    NOT_DUE("Not yet due"),
    DAYS_1_30("1-30 days"),
    DAYS_31_60("31-60 days"),
    DAYS_61_90("61-90 days"),
    OVER_90("Over 90 days");

    private final String label;

    AgingBucket(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The bucket of {@code daysPastDue} (zero or less: not yet due). */
    public static AgingBucket of(long daysPastDue) {
        if (daysPastDue <= 0) {
            return NOT_DUE;
        }
        if (daysPastDue <= 30) {
            return DAYS_1_30;
        }
        if (daysPastDue <= 60) {
            return DAYS_31_60;
        }
        return daysPastDue <= 90 ? DAYS_61_90 : OVER_90;
    }

    /** Days from {@code oldestDue} to {@code today}; zero when nothing is due. */
    public static long daysPastDue(LocalDate oldestDue, LocalDate today) {
        return oldestDue == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(oldestDue, today));
    }
}
