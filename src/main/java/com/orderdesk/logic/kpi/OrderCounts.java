package com.orderdesk.logic.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The orders ledger as the figures need it, without listing every order: how many orders were
 * entered on each channel and day and how many of them a person touched (all the touchless shares
 * need), and the shipped orders, listed in full or counted by ship day, entered day, split and
 * perfect with their cost summed ({@link Shipped}: all the split-shipment rate, cost per order,
 * perfect order rate and median days to ship need; a few thousand rows for 155,910 orders).
 * {@link KpiBook#of(List, List, List, OrderCounts, java.util.concurrent.Executor)} gives from it
 * exactly the figures the listed orders give; a large book is read this way in a fraction of the
 * time (the database counts). Only the drill-down to entered orders needs them listed
 * ({@link KpiBook#listingOrders}).
 *
 * @param entered at most one entry per channel and day is usual; several are added up
 * @param shipped the shipped orders (others are passed over), in ledger order
 */
public record OrderCounts(List<Entered> entered, List<Ledgers.Order> shipped, List<Shipped> shippedCounted) {
    public OrderCounts {
        entered = List.copyOf(entered);
        shipped = List.copyOf(shipped);
        shippedCounted = List.copyOf(shippedCounted);
    }

    /** The shipped orders listed, none counted. */
    public OrderCounts(List<Entered> entered, List<Ledgers.Order> shipped) {
        this(entered, shipped, List.of());
    }

    /**
     * Shipped orders counted: {@code orders} orders whose last shipment left on {@code shipped},
     * entered on {@code entered}, split (two shipments or more) or not, perfect or not, costing
     * {@code costCents} in all (shipping and handling, whole cents).
     */
    public record Shipped(LocalDate shipped, LocalDate entered, boolean split, boolean perfect, int orders, long costCents) {
        public Shipped {
            Objects.requireNonNull(shipped, "shipped");
            Objects.requireNonNull(entered, "entered");
            if (orders < 0) {
                throw new IllegalArgumentException(shipped + ": " + orders + " orders");
            }
        }

        /** The shipped orders among {@code orders} counted (a count per ship day, entered day, split and perfect). */
        public static List<Shipped> of(List<Ledgers.Order> orders) {
            Map<List<Object>, long[]> groups = new java.util.LinkedHashMap<>();
            for (Ledgers.Order o : orders) {
                if (o.shipped()) {
                    long[] g = groups.computeIfAbsent(List.of(o.shippedDate(), o.enteredDate(), o.shipments() >= 2, o.perfect()),
                            k -> new long[2]);
                    g[0]++;
                    g[1] += KpiMath.cents(o.shippingCost(), "order ", o.orderNo(), " shipping cost")
                            + KpiMath.cents(o.handlingCost(), "order ", o.orderNo(), " handling cost");
                }
            }
            List<Shipped> counted = new ArrayList<>(groups.size());
            groups.forEach((k, g) -> counted.add(new Shipped((LocalDate) k.get(0), (LocalDate) k.get(1), (Boolean) k.get(2),
                    (Boolean) k.get(3), Math.toIntExact(g[0]), g[1])));
            return counted;
        }
    }

    /** These counts with the shipped orders counted rather than listed (what the dashboard's opening reads). */
    public OrderCounts countingShipped() {
        List<Shipped> counted = new ArrayList<>(shippedCounted);
        counted.addAll(Shipped.of(shipped));
        return new OrderCounts(entered, List.of(), counted);
    }

    /** Orders entered on a channel on a day, and how many of them a person touched. */
    public record Entered(OrderChannel channel, LocalDate day, int orders, int touched) {
        public Entered {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(day, "day");
            if (orders < 0 || touched < 0 || touched > orders) {
                throw new IllegalArgumentException(channel + " " + day + ": " + touched + " touched of " + orders + " orders");
            }
        }
    }

    /** The counts of listed orders (what a book's counts must equal). */
    public static OrderCounts of(List<Ledgers.Order> orders) {
        Map<OrderChannel, TreeMap<LocalDate, int[]>> byChannel = new EnumMap<>(OrderChannel.class);
        List<Ledgers.Order> shipped = new ArrayList<>();
        for (Ledgers.Order o : orders) {
            int[] count = byChannel.computeIfAbsent(o.channel(), c -> new TreeMap<>())
                    .computeIfAbsent(o.enteredDate(), d -> new int[2]);
            count[0]++;
            count[1] += o.touched() ? 1 : 0;
            if (o.shipped()) {
                shipped.add(o);
            }
        }
        List<Entered> entered = new ArrayList<>();
        byChannel.forEach((channel, days) -> days.forEach((day, n) -> entered.add(new Entered(channel, day, n[0], n[1]))));
        return new OrderCounts(entered, shipped);
    }
}
