package com.orderdesk.logic.credit;

import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An aging of a customer's open items: amount and count per bucket. Credits (negative open
 * amounts) sit in the bucket of their due date, so the total equals the open receivables in the
 * exposure.
 */
public record Aging(LocalDate asOf, Map<AgingBucket, Money> amounts, Map<AgingBucket, Integer> counts) {

    public Aging {
        amounts = Map.copyOf(amounts);
        counts = Map.copyOf(counts);
    }

    public static Aging of(List<OpenItem> openItems, LocalDate asOf) {
        Map<AgingBucket, Money> amounts = new EnumMap<>(AgingBucket.class);
        Map<AgingBucket, Integer> counts = new EnumMap<>(AgingBucket.class);
        for (AgingBucket b : AgingBucket.values()) {
            amounts.put(b, Money.ZERO);
            counts.put(b, 0);
        }
        for (OpenItem item : openItems) {
            AgingBucket b = AgingBucket.forDaysPastDue(item.daysPastDue(asOf));
            amounts.merge(b, item.openAmount(), Money::plus);
            counts.merge(b, 1, Integer::sum);
        }
        return new Aging(asOf, amounts, counts);
    }

    public Money amount(AgingBucket bucket) {
        return amounts.get(bucket);
    }

    public int count(AgingBucket bucket) {
        return counts.get(bucket);
    }

    public Money total() {
        return amounts.values().stream().reduce(Money.ZERO, Money::plus);
    }

    /** Everything past due (all buckets but CURRENT). */
    public Money pastDue() {
        return total().minus(amount(AgingBucket.CURRENT));
    }
}
