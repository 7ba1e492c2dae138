package com.orderdesk.persistence;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.logic.store.StockTakenException;
import com.orderdesk.logic.store.StoreException;
import java.util.function.Supplier;

/** {@link UnitOfWork} on the Hibernate {@link Database}: one session per unit, bound to the thread for the repositories. */
public final class HibernateUnitOfWork implements UnitOfWork {
    private final Database db;

    public HibernateUnitOfWork(Database db) {
        this.db = db;
    }

    @Override
    public <T> T write(String action, Supplier<T> work) {
        CurrentSession.Bound open = CurrentSession.bound();
        if (open != null) {
            if (!open.writable()) {
                throw new IllegalStateException(action + ": a write cannot start inside a read-only unit of work");
            }
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return db.write(s -> {
                    CurrentSession.bind(s, true);
                    try {
                        return work.get();
                    } finally {
                        CurrentSession.unbind();
                    }
                });
            } catch (StockTakenException e) {
                if (attempt >= ATTEMPTS) {
                    throw new StoreException(e.getMessage() + " Tried " + ATTEMPTS + " times; try again.", e);
                }
            } catch (RuntimeException e) {
                // another desk held the SQLite book longer than the busy timeout: the unit was rolled
                // back whole, so it is queued again rather than failed at once
                if (attempt >= ATTEMPTS || !PersistenceErrors.isBusy(e)) {
                    throw PersistenceErrors.translateIfDatabase(action, e);
                }
            }
        }
    }

    @Override
    public <T> T read(Supplier<T> work) {
        if (CurrentSession.bound() != null) {
            return work.get();
        }
        try {
            return db.read(s -> {
                CurrentSession.bind(s, false);
                try {
                    return work.get();
                } finally {
                    CurrentSession.unbind();
                }
            });
        } catch (RuntimeException e) {
            throw PersistenceErrors.translateIfDatabase("Reading from the database", e);
        }
    }
}
