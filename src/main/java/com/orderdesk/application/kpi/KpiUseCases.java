package com.orderdesk.application.kpi;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.logic.kpi.KpiBook;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
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

    /** The book's four ledgers, with the rows left out and the invoices reconciled. */
    public BookLedgers.Read ledgers(SignedInUser user) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        LocalDate today = today();
        return uow.read(() -> ledgers.read(today));
    }

    /** The figures engine over the book, built with part of the indexing on {@code executor}. */
    public Figures figures(SignedInUser user, Executor executor) {
        BookLedgers.Read read = ledgers(user);
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
