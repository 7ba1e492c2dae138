package com.orderdesk.application.simulation;

import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.logic.simulation.LedgerRecorder;
import com.orderdesk.logic.simulation.Policies;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleConsumer;

/**
 * Runs days of a distributor's business through the real use cases: each morning the credit
 * manager decides yesterday's holds, then the day's orders come in, the warehouse ships what is
 * due, the AR clerk invoices what shipped and the bank's file of the day's payments is imported
 * and matched; on Mondays (collections on) the AR clerk sends the dunning run's letters and
 * calls the customers owing most. Everything the use cases decide (credit, routing, capture, matching) is theirs;
 * the simulator only plays the customers and the people, each from its own seeded random source,
 * so the same seed and policies give the same run.
 *
 * <p>{@link #run} takes no user of its own: every step is a use case called as a member of the
 * cast, which checks that person's permission; the command signs in (decision 0011).
 */
public final class Simulation {
    /** What a run needs besides the book: its length, volume, seed and policies. */
    public record Settings(LocalDate firstDay, int days, int ordersPerDay, long seed, int maxCustomers, Policies policies) {
        public Settings {
            if (days < 1) {
                throw new IllegalArgumentException("days must be at least 1");
            }
            if (ordersPerDay < 1) {
                throw new IllegalArgumentException("orders per day must be at least 1");
            }
        }

        public LocalDate lastDay() {
            return firstDay.plusDays(days - 1L);
        }
    }

    /** A run's ledgers (the kpi spec's four files) and what happened besides. */
    public record Result(Settings settings, Ledgers ledgers, SimulationCounts counts, int ordersOpen, int ordersShipped,
                         int ordersCancelled, Map<String, Long> millisByStep) {
        public Result {
            millisByStep = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(millisByStep));
        }
    }

    private final SimulationParts parts;

    public Simulation(SimulationParts parts) {
        this.parts = parts;
    }

    /**
     * Runs the days; {@code progress} hears the share done after each day. {@code workFolder} keeps
     * the bank files the cash desk imported.
     */
    public Result run(Settings settings, Path workFolder, DoubleConsumer progress) {
        parts.clock().setDay(settings.firstDay());
        // one random stream per simulated actor: a policy that changes how often the warehouse or the
        // credit manager draws leaves the customers' orders and payments exactly as they were
        Random customers = new Random(settings.seed());
        Random manager = new Random(settings.seed() * 7 + 1);
        Random warehouseFloor = new Random(settings.seed() * 7 + 2);
        Random payers = new Random(settings.seed() * 7 + 3);
        Random debtors = new Random(settings.seed() * 7 + 4);
        SimulatedBusiness business = SimulatedBusiness.read(parts, settings.seed(), settings.maxCustomers(), settings.firstDay());
        LedgerRecorder ledger = new LedgerRecorder();
        SimulationCounts counts = new SimulationCounts();
        Purchasing purchasing = new Purchasing(parts);
        OrderIntake intake = new OrderIntake(parts, business, ledger, settings.policies().capture(), counts, purchasing);
        Warehouse warehouse = new Warehouse(parts, ledger, counts);
        Receivables receivables = new Receivables(parts, business, ledger, settings.policies().matching(),
                workFolder.resolve("bank"), counts);
        CollectionsDesk collections = settings.policies().collections() == Policies.Collections.ON
                ? new CollectionsDesk(parts, receivables, counts) : null;
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (int d = 0; d < settings.days(); d++) {
            LocalDate day = settings.firstDay().plusDays(d);
            parts.clock().setDay(day);
            boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (weekday) {
                timed(nanos, "stock receipts", () -> purchasing.restock(day));
                timed(nanos, "credit decisions", () -> warehouse.creditReview(day, manager));
                int volume = volume(settings.ordersPerDay(), customers);
                int dayNo = d;
                // orders are most of a day's work: the bar moves with them
                timed(nanos, "order entry and capture", () -> intake.takeOrders(day, volume, customers,
                        i -> progress.accept((dayNo + 0.7 * i / volume) / settings.days())));
                timed(nanos, "shipping", () -> warehouse.ship(day, warehouseFloor));
                timed(nanos, "invoicing", () -> receivables.invoice(day, payers));
            }
            if (collections != null) {
                // before the day's bank file: a letter sent this morning is answered days later
                timed(nanos, "collections", () -> collections.work(day, debtors));
            }
            timed(nanos, "bank files and cash application", () -> receivables.collect(day, payers));
            progress.accept((d + 1) / (double) settings.days());
        }
        Map<String, Long> millis = new LinkedHashMap<>();
        nanos.forEach((k, v) -> millis.put(k, v / 1_000_000));
        int open = 0;
        int shipped = 0;
        int cancelled = 0;
        for (LedgerRecorder.OrderTrack o : ledger.orders()) {
            if (o.isCancelled()) {
                cancelled++;
            } else if (o.isShipped()) {
                shipped++;
            } else {
                open++;
            }
        }
        counts.stockReceipts = purchasing.receipts();
        counts.refusedInBatches += purchasing.refusedInBatches();
        return new Result(settings, ledger.ledgers(), counts, open, shipped, cancelled, millis);
    }

    private static void timed(Map<String, Long> nanos, String step, Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        nanos.merge(step, System.nanoTime() - t0, Long::sum);
    }

    /** The day's orders: the average, give or take a fifth. */
    private static int volume(int average, Random r) {
        int spread = Math.max(1, average / 5);
        return Math.max(1, average - spread + r.nextInt(2 * spread + 1));
    }
}
