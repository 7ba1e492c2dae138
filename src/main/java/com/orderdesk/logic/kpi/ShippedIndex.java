package com.orderdesk.logic.kpi;

import java.math.BigDecimal;
import java.util.List;

/**
 * The shipped orders in shipped-date order with prefix counts (split, perfect) and costs: what the
 * split-shipment rate, the cost per order, the perfect order rate and the days to ship need. Built
 * from the shipped orders alone, so an orders ledger that counts its other orders rather than
 * listing them ({@link OrderCounts}) indexes the same.
 */
final class ShippedIndex {
    private final int count;
    private final int[] shippedDay;
    private final String[] orderNo;
    private final int[] daysToShip;
    private final int[] splitPrefix;
    private final int[] perfectPrefix;
    private final long[] costPrefix;

    /** @param orders orders in ledger order; those not shipped are passed over */
    ShippedIndex(List<Ledgers.Order> orders) {
        int n = 0;
        for (Ledgers.Order o : orders) {
            if (o.shipped()) {
                n++;
            }
        }
        Ledgers.Order[] shipped = new Ledgers.Order[n];
        int[] days = new int[n];
        int m = 0;
        for (Ledgers.Order o : orders) {
            if (o.shipped()) {
                shipped[m] = o;
                days[m++] = (int) o.shippedDate().toEpochDay();
            }
        }
        int[] order = DaySearch.order(days);
        count = n;
        shippedDay = new int[n];
        orderNo = new String[n];
        daysToShip = new int[n];
        splitPrefix = new int[n + 1];
        perfectPrefix = new int[n + 1];
        costPrefix = new long[n + 1];
        for (int i = 0; i < n; i++) {
            Ledgers.Order o = shipped[order[i]];
            shippedDay[i] = days[order[i]];
            orderNo[i] = o.orderNo();
            daysToShip[i] = shippedDay[i] - (int) o.enteredDate().toEpochDay();
            splitPrefix[i + 1] = splitPrefix[i] + (o.shipments() >= 2 ? 1 : 0);
            perfectPrefix[i + 1] = perfectPrefix[i] + (o.perfect() ? 1 : 0);
            costPrefix[i + 1] = costPrefix[i] + KpiMath.cents(o.shippingCost(), "order ", o.orderNo(), " shipping cost")
                    + KpiMath.cents(o.handlingCost(), "order ", o.orderNo(), " handling cost");
        }
    }

    /** {@code [from, to)} of the orders shipped in {@code first .. last}. */
    int[] range(int firstDay, int lastDay) {
        return new int[] {DaySearch.firstAtOrAfter(shippedDay, count, firstDay), DaySearch.firstAfter(shippedDay, count, lastDay)};
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

    /** The median days from entry to shipment over the range. */
    BigDecimal medianDaysToShip(int[] range) {
        int n = range[1] - range[0];
        int[] values = new int[n];
        System.arraycopy(daysToShip, range[0], values, 0, n);
        return KpiMath.medianDays(values, n);
    }

    void collect(int[] range, OrderIndex.ShippedFilter filter, List<String> into) {
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
