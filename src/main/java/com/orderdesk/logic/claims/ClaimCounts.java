package com.orderdesk.logic.claims;

import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts and amounts of a set of cases by status, reason, owner, age and amount, as the queue's
 * side panel shows them for what the filters leave.
 */
public record ClaimCounts(Map<ClaimStatus, Tally> byStatus, Map<ClaimReason, Tally> byReason, Map<String, Tally> byOwner,
                          Map<String, Tally> byAge, Map<String, Tally> byAmount, Tally total) {

    /** How many cases and their amount. */
    public record Tally(int count, Money amount) {
        static final Tally NONE = new Tally(0, Money.ZERO);

        Tally add(Money m) {
            return new Tally(count + 1, amount.plus(m));
        }
    }

    public static final List<String> AGE_BANDS = List.of("0-7 days", "8-30 days", "31-60 days", "over 60 days");
    public static final List<String> AMOUNT_BANDS = List.of("under 100", "100-999", "1,000-9,999", "10,000 and over");

    public static ClaimCounts of(Collection<ClaimRow> rows, LocalDate today) {
        Map<ClaimStatus, Tally> status = new EnumMap<>(ClaimStatus.class);
        Map<ClaimReason, Tally> reason = new EnumMap<>(ClaimReason.class);
        Map<String, Tally> owner = new TreeMap<>();
        Map<String, Tally> age = bands(AGE_BANDS);
        Map<String, Tally> amount = bands(AMOUNT_BANDS);
        Tally total = Tally.NONE;
        for (ClaimRow r : rows) {
            status.merge(r.status(), Tally.NONE.add(r.amount()), ClaimCounts::sum);
            reason.merge(r.reason(), Tally.NONE.add(r.amount()), ClaimCounts::sum);
            owner.merge(r.owner() == null ? "(unassigned)" : r.owner(), Tally.NONE.add(r.amount()), ClaimCounts::sum);
            age.merge(ageBand(r.ageDays(today)), Tally.NONE.add(r.amount()), ClaimCounts::sum);
            amount.merge(amountBand(r.amount()), Tally.NONE.add(r.amount()), ClaimCounts::sum);
            total = total.add(r.amount());
        }
        return new ClaimCounts(status, reason, owner, age, amount, total);
    }

    private static Tally sum(Tally a, Tally b) {
        return new Tally(a.count() + b.count(), a.amount().plus(b.amount()));
    }

    private static Map<String, Tally> bands(List<String> names) {
        Map<String, Tally> m = new LinkedHashMap<>();
        names.forEach(n -> m.put(n, Tally.NONE));
        return m;
    }

    static String ageBand(long days) {
        return days <= 7 ? AGE_BANDS.get(0) : days <= 30 ? AGE_BANDS.get(1) : days <= 60 ? AGE_BANDS.get(2) : AGE_BANDS.get(3);
    }

    static String amountBand(Money m) {
        long cents = m.cents();
        return cents < 10_000 ? AMOUNT_BANDS.get(0) : cents < 100_000 ? AMOUNT_BANDS.get(1)
                : cents < 1_000_000 ? AMOUNT_BANDS.get(2) : AMOUNT_BANDS.get(3);
    }
}
