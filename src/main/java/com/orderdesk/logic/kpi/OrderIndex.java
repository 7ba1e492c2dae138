package com.orderdesk.logic.kpi;

import java.math.BigDecimal;
import java.util.List;

/**
 * Orders as sorted primitive arrays with prefix counts, built once per book: by entered date per
 * channel (touchless shares) and by shipped date ({@link ShippedIndex}: split shipments, cost,
 * perfect orders, days to ship). A figure over any range is then two binary searches and prefix
 * differences. The entered part is either listed (one entry per order, with its number, for the
 * drill-down) or counted (one entry per channel and day, {@link OrderCounts}): the same figures,
 * the counted one read and built in a fraction of the time on a large book.
 */
final class OrderIndex {
    private static final OrderChannel[] CHANNELS = OrderChannel.values();

    /** Per channel, entered days ascending: one entry per order when listed, per day when counted. */
    private final int[][] enteredDay;
    /** Per channel, the order numbers beside {@link #enteredDay}; null when counted. */
    private final String[][] enteredOrderNo;
    /** Per channel, {@code enteredPrefix[c][i]}: orders among the first i entries. */
    private final int[][] enteredPrefix;
    /** Per channel, {@code touchedPrefix[c][i]}: touched orders among the first i entries. */
    private final int[][] touchedPrefix;
    private final ShippedIndex shipped;

    private OrderIndex(int[][] enteredDay, String[][] enteredOrderNo, int[][] enteredPrefix, int[][] touchedPrefix,
                       ShippedIndex shipped) {
        this.enteredDay = enteredDay;
        this.enteredOrderNo = enteredOrderNo;
        this.enteredPrefix = enteredPrefix;
        this.touchedPrefix = touchedPrefix;
        this.shipped = shipped;
    }

    /** Every order listed; {@code problems} receives order numbers that appear twice. */
    OrderIndex(List<Ledgers.Order> orders, List<String> problems) {
        this(listed(orders, problems), new ShippedIndex(orders));
    }

    private OrderIndex(OrderIndex entered, ShippedIndex shipped) {
        this(entered.enteredDay, entered.enteredOrderNo, entered.enteredPrefix, entered.touchedPrefix, shipped);
    }

    /** The orders counted by channel and day, the shipped ones in full. */
    static OrderIndex counted(OrderCounts counts, List<String> problems) {
        duplicates(counts.shipped(), problems);
        int[][] day = new int[CHANNELS.length][];
        int[][] ordersPrefix = new int[CHANNELS.length][];
        int[][] touched = new int[CHANNELS.length][];
        for (int c = 0; c < CHANNELS.length; c++) {
            int n = 0;
            for (OrderCounts.Entered e : counts.entered()) {
                if (e.channel().ordinal() == c) {
                    n++;
                }
            }
            int[] days = new int[n];
            OrderCounts.Entered[] members = new OrderCounts.Entered[n];
            int m = 0;
            for (OrderCounts.Entered e : counts.entered()) {
                if (e.channel().ordinal() == c) {
                    members[m] = e;
                    days[m++] = (int) e.day().toEpochDay();
                }
            }
            int[] order = DaySearch.order(days);
            day[c] = new int[n];
            ordersPrefix[c] = new int[n + 1];
            touched[c] = new int[n + 1];
            for (int i = 0; i < n; i++) {
                OrderCounts.Entered e = members[order[i]];
                day[c][i] = days[order[i]];
                ordersPrefix[c][i + 1] = ordersPrefix[c][i] + e.orders();
                touched[c][i + 1] = touched[c][i] + e.touched();
            }
        }
        return new OrderIndex(day, null, ordersPrefix, touched, new ShippedIndex(counts.shipped(), counts.shippedCounted()));
    }

    /**
     * This index with its entered orders listed from {@code orders} (the shipped part kept): for
     * the drill-down of a counted index. The list must count exactly as this index does.
     *
     * @throws IllegalStateException when it does not (the orders changed since they were counted)
     */
    OrderIndex listing(List<Ledgers.Order> orders) {
        List<String> problems = new java.util.ArrayList<>();
        OrderIndex entered = listed(orders, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the orders listed are not the orders counted: " + problems.get(0));
        }
        for (int c = 0; c < CHANNELS.length; c++) {
            if (!sameCounts(c, entered)) {
                throw new IllegalStateException("the " + CHANNELS[c].name().toLowerCase()
                        + " orders listed are not the orders counted: the book changed since it was read");
            }
        }
        return new OrderIndex(entered, shipped);
    }

    /** Whether both count the same orders and touches entered by the end of every day (of either's days). */
    private boolean sameCounts(int c, OrderIndex other) {
        if (total(enteredPrefix, c) != other.total(other.enteredPrefix, c)
                || total(touchedPrefix, c) != other.total(other.touchedPrefix, c)) {
            return false;
        }
        for (int[][] days : new int[][][] {enteredDay, other.enteredDay}) {
            for (int d : days[c]) {
                long[] mine = enteredAndTouched(CHANNELS[c], Integer.MIN_VALUE, d);
                long[] theirs = other.enteredAndTouched(CHANNELS[c], Integer.MIN_VALUE, d);
                if (mine[0] != theirs[0] || mine[1] != theirs[1]) {
                    return false;
                }
            }
        }
        return true;
    }

    private int total(int[][] prefix, int c) {
        return prefix != null ? prefix[c][prefix[c].length - 1] : enteredDay[c].length;
    }

    /**
     * This index with its shipped orders listed from {@code shipped} (the entered part kept): for
     * the drill-down of an index whose shipped orders were counted.
     *
     * @param shipped the shipped orders in ledger order (others are passed over)
     * @throws IllegalStateException when they do not count as this index does (the book changed since
     *                               it was read), or an order appears twice
     */
    OrderIndex listingShipped(List<Ledgers.Order> shipped) {
        List<String> problems = new java.util.ArrayList<>();
        duplicates(shipped.stream().filter(Ledgers.Order::shipped).toList(), problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the shipped orders listed are not the orders counted: " + problems.get(0));
        }
        ShippedIndex listed = new ShippedIndex(shipped);
        if (!listed.countsAs(this.shipped)) {
            throw new IllegalStateException("the shipped orders listed are not the orders counted: the book changed since it was read");
        }
        return new OrderIndex(enteredDay, enteredOrderNo, enteredPrefix, touchedPrefix, listed);
    }

    boolean listsShipped() {
        return shipped.listsOrders();
    }

    boolean listsEntered() {
        return enteredOrderNo != null;
    }

    private static void duplicates(List<Ledgers.Order> orders, List<String> problems) {
        IdTable seen = new IdTable(orders.size());
        for (int k = 0; k < orders.size(); k++) {
            if (seen.putIfAbsent(orders.get(k).orderNo(), k) >= 0) {
                problems.add("order " + orders.get(k).orderNo() + " appears twice");
            }
        }
    }

    /** The entered part of every order listed (its shipped part left null). */
    private static OrderIndex listed(List<Ledgers.Order> orders, List<String> problems) {
        // One pass over the records in input order into flat arrays; the sorts then move primitives.
        int n = orders.size();
        String[] no = new String[n];
        int[] channel = new int[n];
        int[] entered = new int[n];
        boolean[] touched = new boolean[n];
        int[] perChannel = new int[CHANNELS.length];
        duplicates(orders, problems);
        for (int k = 0; k < n; k++) {
            Ledgers.Order o = orders.get(k);
            no[k] = o.orderNo();
            channel[k] = o.channel().ordinal();
            perChannel[channel[k]]++;
            entered[k] = (int) o.enteredDate().toEpochDay();
            touched[k] = o.touched();
        }
        int[][] enteredDay = new int[CHANNELS.length][];
        String[][] enteredOrderNo = new String[CHANNELS.length][];
        int[][] touchedPrefix = new int[CHANNELS.length][];
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
        return new OrderIndex(enteredDay, enteredOrderNo, null, touchedPrefix, null);
    }

    /** {@code [from, to)} of the channel's entries entered in {@code first .. last}. */
    private int[] enteredRange(OrderChannel channel, int firstDay, int lastDay) {
        int[] days = enteredDay[channel.ordinal()];
        return new int[] {DaySearch.firstAtOrAfter(days, days.length, firstDay), DaySearch.firstAfter(days, days.length, lastDay)};
    }

    /** {@code {entered, touched}} for the channel's orders entered in the range. */
    long[] enteredAndTouched(OrderChannel channel, int firstDay, int lastDay) {
        int[] range = enteredRange(channel, firstDay, lastDay);
        int[] touched = touchedPrefix[channel.ordinal()];
        long entered = enteredPrefix == null ? range[1] - range[0]
                : enteredPrefix[channel.ordinal()][range[1]] - enteredPrefix[channel.ordinal()][range[0]];
        return new long[] {entered, touched[range[1]] - touched[range[0]]};
    }

    /**
     * Order numbers entered in the range on the channel, touched or not as asked (null: both).
     *
     * @throws IllegalStateException when the orders were counted, not listed (see {@link #listing})
     */
    void collectEntered(OrderChannel channel, int firstDay, int lastDay, Boolean touched, List<String> into) {
        if (enteredOrderNo == null) {
            throw new IllegalStateException("the orders were counted, not listed: list them first (KpiBook.listingOrders)");
        }
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
        return shipped.range(firstDay, lastDay);
    }

    /** How many orders shipped in the range. */
    long shippedCount(int[] range) {
        return shipped.count(range);
    }

    long split(int[] range) {
        return shipped.split(range);
    }

    long perfect(int[] range) {
        return shipped.perfect(range);
    }

    long costCents(int[] range) {
        return shipped.costCents(range);
    }

    /** The median days from entry to shipment over the range. */
    BigDecimal medianDaysToShip(int[] range) {
        return shipped.medianDaysToShip(range);
    }

    /** What to collect among shipped orders. */
    enum ShippedFilter { ALL, SPLIT, NOT_PERFECT }

    void collectShipped(int[] range, ShippedFilter filter, List<String> into) {
        shipped.collect(range, filter, into);
    }
}
