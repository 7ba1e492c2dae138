package com.orderdesk.logic.credit;

/** The aging columns of the review screen, by whole days past the due date. */
public enum AgingBucket {
    CURRENT("Current"),
    DAYS_1_30("1-30"),
    DAYS_31_60("31-60"),
    DAYS_61_90("61-90"),
    OVER_90("Over 90");

    private final String label;

    AgingBucket(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Not yet due or due today: CURRENT; 1..30 days past due: DAYS_1_30; ... 91 and more: OVER_90. */
    public static AgingBucket forDaysPastDue(long daysPastDue) {
        if (daysPastDue <= 0) {
            return CURRENT;
        } else if (daysPastDue <= 30) {
            return DAYS_1_30;
        } else if (daysPastDue <= 60) {
            return DAYS_31_60;
        } else if (daysPastDue <= 90) {
            return DAYS_61_90;
        }
        return OVER_90;
    }
}
