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
 * need), and the shipped orders in full (split shipments, cost, perfect orders, days to ship).
 * {@link KpiBook#of(List, List, List, OrderCounts, java.util.concurrent.Executor)} gives from it
 * exactly the figures the listed orders give; a large book is read this way in a fraction of the
 * time (the database counts). Only the drill-down to entered orders needs them listed
 * ({@link KpiBook#listingOrders}).
 *
 * @param entered at most one entry per channel and day is usual; several are added up
 * @param shipped the shipped orders (others are passed over), in ledger order
 */
public record OrderCounts(List<Entered> entered, List<Ledgers.Order> shipped) {
    public OrderCounts {
        entered = List.copyOf(entered);
        shipped = List.copyOf(shipped);
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
