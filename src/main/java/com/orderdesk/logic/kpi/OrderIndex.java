package com.orderdesk.logic.kpi;

import java.math.BigDecimal;
import java.util.List;

/**
 * Orders as sorted primitive arrays with prefix counts, built once per book: by entered date per
 * channel (touchless shares) and by shipped date (split shipments, cost, perfect orders, days to
 * ship). A figure over any range is then two binary searches and prefix differences.
 */
final class OrderIndex {
    private static final OrderChannel[] CHANNELS = OrderChannel.values();

    /** Per channel, orders in entered-date order. */
    private final int[][] enteredDay;
    private final String[][] enteredOrderNo;
    /** Per channel, {@code touchedPrefix[c][i]}: touched orders among the first i. */
    private final int[][] touchedPrefix;

    /** Shipped orders in shipped-date order. */
    private final int shippedCount;
    private final int[] shippedDay;
    private final String[] shippedOrderNo;
    private final int[] daysToShip;
    private final int[] splitPrefix;
    private final int[] perfectPrefix;
    private final long[] costPrefix;

    OrderIndex(List<Ledgers.Order> orders, List<String> problems) {
        // One pass over the records in input order into flat arrays; the sorts then move primitives.
        int n = orders.size();
        String[] no = new String[n];
        int[] channel = new int[n];
        int[] entered = new int[n];
        boolean[] touched = new boolean[n];
        boolean[] isShipped = new boolean[n];
        int[] shipped = new int[n];
        boolean[] split = new boolean[n];
        boolean[] perfect = new boolean[n];
        long[] cost = new long[n];
        int[] perChannel = new int[CHANNELS.length];
        IdTable seen = new IdTable(n);
        int shippedTotal = 0;
        for (int k = 0; k < n; k++) {
            Ledgers.Order o = orders.get(k);
            if (seen.putIfAbsent(o.orderNo(), k) >= 0) {
                problems.add("order " + o.orderNo() + " appears twice");
            }
            no[k] = o.orderNo();
            channel[k] = o.channel().ordinal();
            perChannel[channel[k]]++;
            entered[k] = (int) o.enteredDate().toEpochDay();
            touched[k] = o.touched();
            if (o.shipped()) {
                shippedTotal++;
                isShipped[k] = true;
                shipped[k] = (int) o.shippedDate().toEpochDay();
                split[k] = o.shipments() >= 2;
                perfect[k] = o.perfect();
                cost[k] = KpiMath.cents(o.shippingCost(), "order " + o.orderNo() + " shipping cost")
                        + KpiMath.cents(o.handlingCost(), "order " + o.orderNo() + " handling cost");
            }
        }

        enteredDay = new int[CHANNELS.length][];
        enteredOrderNo = new String[CHANNELS.length][];
        touchedPrefix = new int[CHANNELS.length][];
        for (int c = 0; c < CHANNELS.length; c++) {
            int[] members = new int[perChannel[c]];
            int[] days = new int[perChannel[c]];
            for (int k = 0, m = 0; k < n; k++) {
                if (channel[k] == c) {
                    members[m] = k;
                    days[m++] = entered[k];
                }
            }
            int[] order = DaySearch.order(days);
            enteredDay[c] = new int[members.length];
            enteredOrderNo[c] = new String[members.length];
            touchedPrefix[c] = new int[members.length + 1];
            for (int i = 0; i < members.length; i++) {
                int k = members[order[i]];
                enteredDay[c][i] = entered[k];
                enteredOrderNo[c][i] = no[k];
                touchedPrefix[c][i + 1] = touchedPrefix[c][i] + (touched[k] ? 1 : 0);
            }
        }

        shippedCount = shippedTotal;
        int[] members = new int[shippedCount];
        int[] days = new int[shippedCount];
        for (int k = 0, m = 0; k < n; k++) {
            if (isShipped[k]) {
                members[m] = k;
                days[m++] = shipped[k];
            }
        }
        int[] order = DaySearch.order(days);
        shippedDay = new int[shippedCount];
        shippedOrderNo = new String[shippedCount];
        daysToShip = new int[shippedCount];
        splitPrefix = new int[shippedCount + 1];
        perfectPrefix = new int[shippedCount + 1];
        costPrefix = new long[shippedCount + 1];
        for (int i = 0; i < shippedCount; i++) {
            int k = members[order[i]];
            shippedDay[i] = shipped[k];
            shippedOrderNo[i] = no[k];
            daysToShip[i] = shipped[k] - entered[k];
            splitPrefix[i + 1] = splitPrefix[i] + (split[k] ? 1 : 0);
            perfectPrefix[i + 1] = perfectPrefix[i] + (perfect[k] ? 1 : 0);
            costPrefix[i + 1] = costPrefix[i] + cost[k];
        }
    }

    /** {@code [from, to)} of the channel's orders entered in {@code first .. last}. */
    private int[] enteredRange(OrderChannel channel, int firstDay, int lastDay) {
        int[] days = enteredDay[channel.ordinal()];
        return new int[] {DaySearch.firstAtOrAfter(days, days.length, firstDay), DaySearch.firstAfter(days, days.length, lastDay)};
    }

    /** {@code {entered, touched}} for the channel's orders entered in the range. */
    long[] enteredAndTouched(OrderChannel channel, int firstDay, int lastDay) {
        int[] range = enteredRange(channel, firstDay, lastDay);
        int[] prefix = touchedPrefix[channel.ordinal()];
        return new long[] {range[1] - range[0], prefix[range[1]] - prefix[range[0]]};
    }

    /** Order numbers entered in the range on the channel, touched or not as asked (null: both). */
    void collectEntered(OrderChannel channel, int firstDay, int lastDay, Boolean touched, List<String> into) {
        int[] range = enteredRange(channel, firstDay, lastDay);
        int[] prefix = touchedPrefix[channel.ordinal()];
        for (int i = range[0]; i < range[1]; i++) {
            boolean wasTouched = prefix[i + 1] > prefix[i];
            if (touched == null || touched == wasTouched) {
                into.add(enteredOrderNo[channel.ordinal()][i]);
            }
        }
    }

    /** {@code [from, to)} of the orders shipped in {@code first .. last}. */
    int[] shippedRange(int firstDay, int lastDay) {
        return new int[] {DaySearch.firstAtOrAfter(shippedDay, shippedCount, firstDay),
                DaySearch.firstAfter(shippedDay, shippedCount, lastDay)};
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

    /** What to collect among shipped orders. */
    enum ShippedFilter { ALL, SPLIT, NOT_PERFECT }

    void collectShipped(int[] range, ShippedFilter filter, List<String> into) {
        for (int i = range[0]; i < range[1]; i++) {
            boolean keep = switch (filter) {
                case ALL -> true;
                case SPLIT -> splitPrefix[i + 1] > splitPrefix[i];
                case NOT_PERFECT -> perfectPrefix[i + 1] == perfectPrefix[i];
            };
            if (keep) {
                into.add(shippedOrderNo[i]);
            }
        }
    }
}
