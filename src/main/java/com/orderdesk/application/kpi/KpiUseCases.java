package com.orderdesk.application.kpi;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.logic.kpi.KpiBook;
import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The order-to-cash figures of the book, for those who see receivables (credit managers, AR staff,
 * administrators): the book read as ledgers in one read unit of work, then indexed by the engine.
 * Nothing is written.
 */
public final class KpiUseCases {
    private final UnitOfWork uow;
    private final AccessControl access;
    private final BookLedgers ledgers;
    private final Clock clock;

    public KpiUseCases(UnitOfWork uow, AccessControl access, BookLedgers ledgers, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.ledgers = ledgers;
        this.clock = clock;
    }

    /** The book's four ledgers, with the rows left out and the invoices reconciled, in one read unit of work. */
    public BookLedgers.Read ledgers(SignedInUser user) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        LocalDate today = today();
        return uow.read(() -> BookLedgers.Read.of(ledgers.receivables(today), ledgers.orders()));
    }

    /**
     * The same, the orders read on {@code executor} (its own read unit of work and connection)
     * while this thread reads the receivables: about half the time on two cores. No figure mixes
     * orders with money, so the two reads need not be one snapshot.
     */
    public BookLedgers.Read ledgers(SignedInUser user, Executor executor) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        LocalDate today = today();
        CompletableFuture<BookLedgers.Orders> orders = CompletableFuture.supplyAsync(() -> uow.read(ledgers::orders), executor);
        BookLedgers.Receivables money = uow.read(() -> ledgers.receivables(today));
        try {
            return BookLedgers.Read.of(money, orders.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * What the dashboard reads when it opens: the receivables on this thread (without the invoices'
     * customers: see {@link #invoiceCustomers}), the orders counted ({@link BookLedgers#countedOrders})
     * on {@code executor} in their own read unit of work.
     */
    public Counted counted(SignedInUser user, Executor executor) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        LocalDate today = today();
        CompletableFuture<BookLedgers.CountedOrders> orders = CompletableFuture.supplyAsync(
                () -> uow.read(ledgers::countedOrders), executor);
        BookLedgers.Receivables money = uow.read(() -> ledgers.receivablesWithoutCustomers(today));
        try {
            return new Counted(money, orders.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The receivables and the counted orders, as read. */
    public record Counted(BookLedgers.Receivables money, BookLedgers.CountedOrders orders) {
        /** The stored rows left out of the figures, named. */
        public List<String> damaged() {
            List<String> all = new ArrayList<>(money.damaged());
            all.addAll(orders.damaged());
            return List.copyOf(all);
        }
    }

    /** The figures engine over what was read, half the indexing on {@code executor}. */
    public static Figures index(Counted read, Executor executor) {
        return new Figures(KpiBook.of(read.money().columns(), read.money().payments(), read.orders().counts(), executor), read);
    }

    /**
     * The figures engine over the book: what {@link #counted} reads, each half indexed by the thread
     * that read it as soon as it is read (the orders on {@code executor}), so that the receivables'
     * index is built while the orders are still being read: the same engine as {@link #index} of
     * {@link #counted}, sooner (the indexing no longer waits for the longer read).
     */
    public Figures figures(SignedInUser user, Executor executor) {
        return figures(user, executor, () -> { });
    }

    /**
     * The same, {@code meanwhile} run by whichever of the two reading threads is done first (the
     * orders' since the database counts them, on the 100,000-customer book): work that would
     * otherwise take a core from the two reads (the dashboard's cash forecast) fills the wait for
     * the longer one instead of following it. {@code meanwhile} handles its own failures.
     */
    public Figures figures(SignedInUser user, Executor executor, Runnable meanwhile) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        LocalDate today = today();
        AtomicBoolean taken = new AtomicBoolean();
        Runnable once = () -> {
            if (taken.compareAndSet(false, true)) {
                meanwhile.run();
            }
        };
        CompletableFuture<IndexedOrders> orders = CompletableFuture.supplyAsync(() -> {
            BookLedgers.CountedOrders counted = uow.read(ledgers::countedOrders);
            IndexedOrders indexed = new IndexedOrders(counted, KpiBook.indexOrders(counted.counts()));
            once.run();
            return indexed;
        }, executor);
        BookLedgers.Receivables money = uow.read(() -> ledgers.receivablesWithoutCustomers(today));
        KpiBook.Receivables indexed = KpiBook.indexReceivables(money.columns(), money.payments());
        once.run();
        try {
            IndexedOrders o = orders.join();
            return new Figures(KpiBook.of(indexed, o.index()), new Counted(money, o.counted()));
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private record IndexedOrders(BookLedgers.CountedOrders counted, KpiBook.Orders index) {
    }

    /**
     * The entered orders the figures counted, listed for the drill-down (a read unit of work):
     * the orders and the book that lists them ({@link KpiBook#listingOrders}).
     *
     * @throws IllegalStateException when the orders read do not count as the figures' (the book changed)
     */
    public Listed listOrders(SignedInUser user, Figures figures) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        List<Ledgers.Order> orders = uow.read(() -> ledgers.listedOrders(figures.read().orders()));
        return new Listed(figures.book().listingOrders(orders), orders);
    }

    /** Each invoice's customer number by invoice number, for a drill-down of what {@link #counted} read. */
    public Map<String, String> invoiceCustomers(SignedInUser user) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        return uow.read(ledgers::invoiceCustomers);
    }

    /**
     * The shipped orders the figures counted, listed for the drill-down (a read unit of work): the
     * orders (with their customers and shipping detail) and the book that lists them
     * ({@link KpiBook#listingShipped}, built from {@code figures}' book: its entered orders listed or
     * not as they were).
     *
     * @throws IllegalStateException when the orders read do not count as the figures' (the book changed)
     */
    public Listed listShippedOrders(SignedInUser user, Figures figures) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        List<Ledgers.Order> shipped = uow.read(ledgers::shippedOrders);
        return new Listed(figures.book().listingShipped(shipped), shipped);
    }

    /** The engine and what it was built from. */
    public record Figures(KpiBook book, Counted read) {
    }

    /** A book whose entered (or shipped) orders are listed, and the orders listed. */
    public record Listed(KpiBook book, List<Ledgers.Order> orders) {
    }

    /** The book's today (the application clock), the default as-of date. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
