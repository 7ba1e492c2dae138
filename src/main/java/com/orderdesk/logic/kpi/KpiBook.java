package com.orderdesk.logic.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The order-to-cash figures of contracts/kpi.md over a set of ledgers. Build it once from the
 * ledgers ({@link #of}: sorts them into primitive arrays, about a second for a million invoices),
 * then ask for any period: {@link #figures} for one period, {@link #report} for a period with its
 * previous period and weekly and monthly series, {@link #drillDown} for the documents behind a
 * figure. Immutable once built, so a background task may compute while the screen shows an older
 * result; plain Java, deterministic, exact.
 */
public final class KpiBook {
    private static final int PROBLEMS_SHOWN = 20;

    private final InvoiceIndex invoices;
    private final OrderIndex orders;
    private final PaymentIndex payments;

    private KpiBook(InvoiceIndex invoices, OrderIndex orders, PaymentIndex payments) {
        this.invoices = invoices;
        this.orders = orders;
        this.payments = payments;
    }

    /**
     * Indexes the ledgers on the calling thread.
     *
     * @throws IllegalArgumentException when an invoice, order or payment id appears twice, a
     *                                  settlement names an unknown invoice, or an amount is not whole cents
     */
    public static KpiBook of(Ledgers ledgers) {
        return of(ledgers, Runnable::run);
    }

    /**
     * Indexes the ledgers, the orders and payments on {@code executor} while the calling thread
     * does the invoices (about half the work each): the caller chooses whether a second core is
     * used. The result is the same either way.
     */
    public static KpiBook of(Ledgers ledgers, Executor executor) {
        return build(problems -> InvoiceIndex.build(ledgers.invoices(), ledgers.settlements(), problems), ledgers.payments(),
                problems -> new OrderIndex(ledgers.orders(), problems), executor);
    }

    /**
     * The same from the orders counted rather than listed (see {@link OrderCounts}): the same
     * figures; the drill-down to entered orders then needs {@link #listingOrders}.
     */
    public static KpiBook of(List<Ledgers.Invoice> invoices, List<Ledgers.Settlement> settlements,
                             List<Ledgers.Payment> payments, OrderCounts orders, Executor executor) {
        return build(problems -> InvoiceIndex.build(invoices, settlements, problems), payments,
                problems -> OrderIndex.counted(orders, problems), executor);
    }

    /**
     * The same from the receivables as columns (what a reader of a large book fills): the same
     * figures as from the same ledgers as records, without a record per row to index.
     */
    public static KpiBook of(ReceivableColumns receivables, List<Ledgers.Payment> payments, OrderCounts orders,
                             Executor executor) {
        return build(problems -> InvoiceIndex.build(receivables), payments, problems -> OrderIndex.counted(orders, problems),
                executor);
    }

    /**
     * The receivables half of {@link #of(ReceivableColumns, List, OrderCounts, Executor)}, indexed
     * on its own: a reader may index it as soon as its receivables are read, while the orders are
     * still being read on another connection (see {@link #of(Receivables, Orders)}).
     */
    public static Receivables indexReceivables(ReceivableColumns receivables, List<Ledgers.Payment> payments) {
        List<String> paymentProblems = new ArrayList<>();
        return new Receivables(InvoiceIndex.build(receivables), new PaymentIndex(payments, paymentProblems), paymentProblems);
    }

    /** The orders half of {@link #of(ReceivableColumns, List, OrderCounts, Executor)}, indexed on its own. */
    public static Orders indexOrders(OrderCounts orders) {
        List<String> problems = new ArrayList<>();
        return new Orders(OrderIndex.counted(orders, problems), problems);
    }

    /**
     * The book from its two halves indexed apart: the same book, and the same problems in the same
     * order, as {@link #of(ReceivableColumns, List, OrderCounts, Executor)} gives from the same ledgers.
     *
     * @throws IllegalArgumentException as {@link #of(Ledgers)}
     */
    public static KpiBook of(Receivables receivables, Orders orders) {
        List<String> problems = new ArrayList<>(orders.problems);
        problems.addAll(receivables.paymentProblems);
        throwIfAny(problems);
        return new KpiBook(receivables.invoices, orders.index, receivables.payments);
    }

    /** Invoices and payments indexed, with the payments' problems (thrown when the book is put together). */
    public static final class Receivables {
        private final InvoiceIndex invoices;
        private final PaymentIndex payments;
        private final List<String> paymentProblems;

        private Receivables(InvoiceIndex invoices, PaymentIndex payments, List<String> paymentProblems) {
            this.invoices = invoices;
            this.payments = payments;
            this.paymentProblems = paymentProblems;
        }
    }

    /** Orders indexed, with their problems (thrown when the book is put together). */
    public static final class Orders {
        private final OrderIndex index;
        private final List<String> problems;

        private Orders(OrderIndex index, List<String> problems) {
            this.index = index;
            this.problems = problems;
        }
    }

    private static KpiBook build(Function<List<String>, InvoiceIndex> invoiceIndex, List<Ledgers.Payment> paymentLedger,
                                 Function<List<String>, OrderIndex> orderIndex, Executor executor) {
        List<String> orderProblems = new ArrayList<>();
        List<String> paymentProblems = new ArrayList<>();
        CompletableFuture<OrdersAndPayments> others = CompletableFuture.supplyAsync(() -> new OrdersAndPayments(
                orderIndex.apply(orderProblems), new PaymentIndex(paymentLedger, paymentProblems)), executor);
        List<String> problems = new ArrayList<>();
        InvoiceIndex invoices = invoiceIndex.apply(problems);
        OrdersAndPayments built;
        try {
            built = others.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        problems.addAll(orderProblems);
        problems.addAll(paymentProblems);
        throwIfAny(problems);
        return new KpiBook(invoices, built.orders(), built.payments());
    }

    private static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            String shown = String.join("; ", problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size())));
            throw new IllegalArgumentException("inconsistent ledgers (" + problems.size() + " problems): " + shown);
        }
    }

    /** Whether the drill-down can list entered orders (false when built from {@link OrderCounts}). */
    public boolean listsOrders() {
        return orders.listsEntered();
    }

    /**
     * This book with its entered orders listed for the drill-down: every figure stays as it is.
     *
     * @param orders every order of the ledger (the shipped ones may lack their shipping detail:
     *               the shipped figures and lists keep what this book was built from)
     * @throws IllegalStateException when they do not count as this book's orders do (read since)
     */
    public KpiBook listingOrders(List<Ledgers.Order> orders) {
        return new KpiBook(invoices, this.orders.listing(orders), payments);
    }

    /** Whether the drill-down can list shipped orders (false when they were counted, see {@link OrderCounts.Shipped}). */
    public boolean listsShippedOrders() {
        return orders.listsShipped();
    }

    /**
     * This book with its shipped orders listed for the drill-down: every figure stays as it is.
     *
     * @param shipped the shipped orders of the ledger in ledger order (others are passed over)
     * @throws IllegalStateException when they do not count as this book's shipped orders do (read since)
     */
    public KpiBook listingShipped(List<Ledgers.Order> shipped) {
        return new KpiBook(invoices, this.orders.listingShipped(shipped), payments);
    }

    private record OrdersAndPayments(OrderIndex orders, PaymentIndex payments) {
    }

    /** The figures for the {@code days} days ending on {@code asOf} (the {@code kpi} command's output). */
    public KpiFigures figures(LocalDate asOf, int days) {
        return figures(Period.endingOn(asOf, days));
    }

    /** The figures for a period ({@code D} its last day, {@code P} its length). */
    public KpiFigures figures(Period period) {
        return calculatorCovering(period.first().minusDays(1), period.last()).figures(period);
    }

    /** The period's figures, the previous period's, and both weekly and monthly series, from one pass. */
    public KpiReport report(Period period) {
        Period previous = period.previous();
        FigureCalculator calculator = calculatorCovering(previous.first().minusDays(1), period.last());
        List<KpiFigures> weeks = period.weeks().stream().map(calculator::figures).toList();
        List<KpiFigures> months = period.months().stream().map(calculator::figures).toList();
        return new KpiReport(calculator.figures(period), calculator.figures(previous), weeks, months);
    }

    /** The documents behind the figures (ids, for the drill-down tables). */
    public KpiDrillDown drillDown() {
        return new KpiDrillDown(invoices, orders, payments);
    }

    /** A calculator whose balance timeline holds every day from {@code from} (an opening day) to {@code to}. */
    private FigureCalculator calculatorCovering(LocalDate from, LocalDate to) {
        BalanceTimeline balances = BalanceTimeline.build(invoices, (int) from.toEpochDay(), (int) to.toEpochDay());
        return new FigureCalculator(invoices, orders, payments, balances);
    }
}
