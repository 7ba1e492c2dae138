package com.orderdesk.logic.invoicing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Aging of an open item by days past its due date, as printed on the statement of account. */
public enum AgingBucket {
    CURRENT("Current"), DAYS_1_30("1-30 days"), DAYS_31_60("31-60 days"), DAYS_61_90("61-90 days"),
    OVER_90("Over 90 days");

    private final String label;

    AgingBucket(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Not yet due (or due today) is CURRENT; one day late starts 1-30. */
    public static AgingBucket of(LocalDate dueDate, LocalDate asOf) {
        long late = daysPastDue(dueDate, asOf);
        if (late <= 0) {
            return CURRENT;
        } else if (late <= 30) {
            return DAYS_1_30;
        } else if (late <= 60) {
            return DAYS_31_60;
        } else if (late <= 90) {
            return DAYS_61_90;
        }
        return OVER_90;
    }

    public static long daysPastDue(LocalDate dueDate, LocalDate asOf) {
        return ChronoUnit.DAYS.between(dueDate, asOf);
    }
}
