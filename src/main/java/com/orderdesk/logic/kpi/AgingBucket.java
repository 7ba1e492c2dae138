package com.orderdesk.logic.kpi;

/** The aging buckets of contracts/kpi.md, by days past due at the as-of date ({@code D - due_date}). */
public enum AgingBucket {
    CURRENT("current", Integer.MIN_VALUE, 0),
    DAYS_1_30("1-30", 1, 30),
    DAYS_31_60("31-60", 31, 60),
    DAYS_61_90("61-90", 61, 90),
    OVER_90("over_90", 91, Integer.MAX_VALUE);

    private final String key;
    private final int fromDaysPastDue;
    private final int toDaysPastDue;

    AgingBucket(String key, int fromDaysPastDue, int toDaysPastDue) {
        this.key = key;
        this.fromDaysPastDue = fromDaysPastDue;
        this.toDaysPastDue = toDaysPastDue;
    }

    /** The key used in the JSON output and the contract ({@code current}, {@code 1-30}, ... {@code over_90}). */
    public String key() {
        return key;
    }

    /** Smallest days past due in the bucket ({@link Integer#MIN_VALUE} for current). */
    public int fromDaysPastDue() {
        return fromDaysPastDue;
    }

    /** Largest days past due in the bucket ({@link Integer#MAX_VALUE} for over 90). */
    public int toDaysPastDue() {
        return toDaysPastDue;
    }

    public static AgingBucket of(long daysPastDue) {
        if (daysPastDue <= 0) {
            return CURRENT;
        }
        if (daysPastDue <= 30) {
            return DAYS_1_30;
        }
        if (daysPastDue <= 60) {
            return DAYS_31_60;
        }
        return daysPastDue <= 90 ? DAYS_61_90 : OVER_90;
    }
}
