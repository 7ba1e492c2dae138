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
public record Aging(LocalDate asOf, Map<AgingBucket, Money> amounts, Map<AgingBucket, Integer> counts, Money disputed) {

    public Aging {
        amounts = Map.copyOf(amounts);
        counts = Map.copyOf(counts);
        disputed = disputed == null ? Money.ZERO : disputed;
    }

    public Aging(LocalDate asOf, Map<AgingBucket, Money> amounts, Map<AgingBucket, Integer> counts) {
        this(asOf, amounts, counts, Money.ZERO);
    }

    public static Aging of(List<OpenItem> openItems, LocalDate asOf) {
        Map<AgingBucket, Money> amounts = new EnumMap<>(AgingBucket.class);
        Map<AgingBucket, Integer> counts = new EnumMap<>(AgingBucket.class);
        for (AgingBucket b : AgingBucket.values()) {
            amounts.put(b, Money.ZERO);
            counts.put(b, 0);
        }
        Money disputed = Money.ZERO;
        for (OpenItem item : openItems) {
            // amounts in dispute on open cases are shown apart, not aged with what is simply owed
            disputed = disputed.plus(item.disputed());
            Money undisputed = item.openAmount().minus(item.disputed());
            if (undisputed.isZero() && item.disputed().isPositive()) {
                continue;
            }
            AgingBucket b = AgingBucket.forDaysPastDue(item.daysPastDue(asOf));
            amounts.merge(b, undisputed, Money::plus);
            counts.merge(b, 1, Integer::sum);
        }
        return new Aging(asOf, amounts, counts, disputed);
    }

    public Money amount(AgingBucket bucket) {
        return amounts.get(bucket);
    }

    public int count(AgingBucket bucket) {
        return counts.get(bucket);
    }

    /** Everything open, the disputed amount included (equals the open receivables of the exposure). */
    public Money total() {
        return amounts.values().stream().reduce(Money.ZERO, Money::plus).plus(disputed);
    }

    /** Everything past due (all buckets but CURRENT; the disputed amount is apart). */
    public Money pastDue() {
        return total().minus(amount(AgingBucket.CURRENT)).minus(disputed);
    }
}
