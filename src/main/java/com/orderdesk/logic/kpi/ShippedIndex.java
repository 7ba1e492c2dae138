package com.orderdesk.logic.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped orders in shipped-date order with prefix counts (orders, split, perfect) and costs:
 * what the split-shipment rate, the cost per order, the perfect order rate and the days to ship
 * need. Each entry is either one listed order (with its number, for the drill-down) or a count of
 * orders ({@link OrderCounts.Shipped}: same ship day, entered day, split and perfect; no numbers):
 * the same figures either way, the counted one read and built from a few thousand rows instead of
 * one per order. Ties of a day keep input order, so a listed index lists in ledger order.
 */
final class ShippedIndex {
    private final int entries;
    private final int[] shippedDay;
    /** Per entry, its orders' order number (listed), or null for every entry when any is counted. */
    private final String[] orderNo;
    private final int[] daysToShip;
    private final int[] countPrefix;
    private final int[] splitPrefix;
    private final int[] perfectPrefix;
    private final long[] costPrefix;
    /** Every entry one order (the median then sorts the days themselves). */
    private final boolean singles;

    /** @param orders orders in ledger order; those not shipped are passed over */
    ShippedIndex(List<Ledgers.Order> orders) {
        this(orders, List.of());
    }

    /**
     * @param orders  listed orders in ledger order; those not shipped are passed over
     * @param counted shipped orders counted (their entries after the listed ones of the same day)
     */
    ShippedIndex(List<Ledgers.Order> orders, List<OrderCounts.Shipped> counted) {
        int listed = 0;
        for (Ledgers.Order o : orders) {
            if (o.shipped()) {
                listed++;
            }
        }
        int n = listed + counted.size();
        // per entry before sorting: the order (listed) or the count, its ship day
        Object[] source = new Object[n];
        int[] days = new int[n];
        int m = 0;
        for (Ledgers.Order o : orders) {
            if (o.shipped()) {
                source[m] = o;
                days[m++] = (int) o.shippedDate().toEpochDay();
            }
        }
        for (OrderCounts.Shipped c : counted) {
            source[m] = c;
            days[m++] = (int) c.shipped().toEpochDay();
        }
        int[] order = DaySearch.order(days);
        entries = n;
        singles = counted.isEmpty();
        shippedDay = new int[n];
        orderNo = counted.isEmpty() ? new String[n] : null;
        daysToShip = new int[n];
        countPrefix = new int[n + 1];
        splitPrefix = new int[n + 1];
        perfectPrefix = new int[n + 1];
        costPrefix = new long[n + 1];
        for (int i = 0; i < n; i++) {
            shippedDay[i] = days[order[i]];
            int count;
            boolean split;
            boolean perfect;
            long cost;
            if (source[order[i]] instanceof Ledgers.Order o) {
                count = 1;
                split = o.shipments() >= 2;
                perfect = o.perfect();
                cost = KpiMath.cents(o.shippingCost(), "order ", o.orderNo(), " shipping cost")
                        + KpiMath.cents(o.handlingCost(), "order ", o.orderNo(), " handling cost");
                daysToShip[i] = shippedDay[i] - (int) o.enteredDate().toEpochDay();
                if (orderNo != null) {
                    orderNo[i] = o.orderNo();
                }
            } else {
                OrderCounts.Shipped c = (OrderCounts.Shipped) source[order[i]];
                count = c.orders();
                split = c.split();
                perfect = c.perfect();
                cost = c.costCents();
                daysToShip[i] = shippedDay[i] - (int) c.entered().toEpochDay();
            }
            countPrefix[i + 1] = countPrefix[i] + count;
            splitPrefix[i + 1] = splitPrefix[i] + (split ? count : 0);
            perfectPrefix[i + 1] = perfectPrefix[i] + (perfect ? count : 0);
            costPrefix[i + 1] = costPrefix[i] + cost;
        }
    }

    /** Whether the drill-down can list these orders (false when any was counted). */
    boolean listsOrders() {
        return orderNo != null;
    }

    /** {@code [from, to)} of the entries shipped in {@code first .. last}. */
    int[] range(int firstDay, int lastDay) {
        return new int[] {DaySearch.firstAtOrAfter(shippedDay, entries, firstDay), DaySearch.firstAfter(shippedDay, entries, lastDay)};
    }

    long count(int[] range) {
        return countPrefix[range[1]] - countPrefix[range[0]];
    }

    long split(int[] range) {
        return splitPrefix[range[1]] - splitPrefix[range[0]];
    }

    long perfect(int[] range) {
        return perfectPrefix[range[1]] - perfectPrefix[range[0]];
    }

    long costCents(int[] range) {
        return costPrefix[range[1]] - costPrefix[range[0]];
    }

    /** The median days from entry to shipment over the range (of the orders, each count weighing its orders). */
    BigDecimal medianDaysToShip(int[] range) {
        int n = range[1] - range[0];
        if (singles) {
            int[] values = new int[n];
            System.arraycopy(daysToShip, range[0], values, 0, n);
            return KpiMath.medianDays(values, n);
        }
        long orders = count(range);
        if (orders == 0) {
            return null;
        }
        // entries by days to ship (the entry's position in the low bits), then the middle order(s) by weight
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (long) daysToShip[range[0] + i] << 32 | i;
        }
        Arrays.sort(keys);
        long middle = orders / 2;
        long lower = orders % 2 == 1 ? middle : middle - 1;
        long seen = 0;
        long twice = 0;
        for (long key : keys) {
            int e = range[0] + (int) (key & 0xffffffffL);
            long weight = countPrefix[e + 1] - countPrefix[e];
            int days = (int) (key >> 32);
            if (lower >= seen && lower < seen + weight) {
                twice += days;
            }
            if (middle >= seen && middle < seen + weight) {
                twice += days;
                break;
            }
            seen += weight;
        }
        return BigDecimal.valueOf(twice).divide(BigDecimal.valueOf(2), KpiMath.DAYS_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Whether {@code other} counts the same orders: as many, on the same ship and entered days,
     * as many split and perfect, at the same cost (the check a drill-down's listing must pass).
     */
    boolean countsAs(ShippedIndex other) {
        return totals().equals(other.totals());
    }

    private record Key(int shippedDay, int daysToShip, boolean split, boolean perfect) {
    }

    private Map<Key, List<Long>> totals() {
        Map<Key, long[]> sums = new HashMap<>();
        for (int i = 0; i < entries; i++) {
            long count = countPrefix[i + 1] - countPrefix[i];
            if (count == 0 && costPrefix[i + 1] == costPrefix[i]) {
                continue;
            }
            Key key = new Key(shippedDay[i], daysToShip[i], splitPrefix[i + 1] > splitPrefix[i], perfectPrefix[i + 1] > perfectPrefix[i]);
            long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
            sum[0] += count;
            sum[1] += costPrefix[i + 1] - costPrefix[i];
        }
        Map<Key, List<Long>> totals = new HashMap<>(sums.size() * 2);
        sums.forEach((k, v) -> totals.put(k, List.of(v[0], v[1])));
        return totals;
    }

    /**
     * @throws IllegalStateException when the orders were counted, not listed (see {@link OrderIndex#listingShipped})
     */
    void collect(int[] range, OrderIndex.ShippedFilter filter, List<String> into) {
        if (orderNo == null) {
            throw new IllegalStateException("the shipped orders were counted, not listed: list them first (KpiBook.listingShipped)");
        }
        for (int i = range[0]; i < range[1]; i++) {
            boolean keep = switch (filter) {
                case ALL -> true;
                case SPLIT -> splitPrefix[i + 1] > splitPrefix[i];
                case NOT_PERFECT -> perfectPrefix[i + 1] == perfectPrefix[i];
            };
            if (keep) {
                into.add(orderNo[i]);
            }
        }
    }
}
