package com.orderdesk.application.kpi;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.logic.kpi.KpiBook;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
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

    /** The figures engine over the book: read and indexed with part of the work on {@code executor}. */
    public Figures figures(SignedInUser user, Executor executor) {
        BookLedgers.Read read = ledgers(user, executor);
        return new Figures(KpiBook.of(read.ledgers(), executor), read);
    }

    /** The engine and what it was built from. */
    public record Figures(KpiBook book, BookLedgers.Read read) {
    }

    /** The book's today (the application clock), the default as-of date. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
