package com.orderdesk.logic.kpi;

import java.math.BigDecimal;
import java.util.Objects;

/** Receivables at a date split by days past due; the five amounts add up to {@code ar_total} exactly. */
public record Aging(BigDecimal current, BigDecimal days1To30, BigDecimal days31To60, BigDecimal days61To90,
                    BigDecimal over90) {

    public Aging {
        Objects.requireNonNull(current);
        Objects.requireNonNull(days1To30);
        Objects.requireNonNull(days31To60);
        Objects.requireNonNull(days61To90);
        Objects.requireNonNull(over90);
    }

    public BigDecimal get(AgingBucket bucket) {
        return switch (bucket) {
            case CURRENT -> current;
            case DAYS_1_30 -> days1To30;
            case DAYS_31_60 -> days31To60;
            case DAYS_61_90 -> days61To90;
            case OVER_90 -> over90;
        };
    }

    public BigDecimal total() {
        return current.add(days1To30).add(days31To60).add(days61To90).add(over90);
    }
}
