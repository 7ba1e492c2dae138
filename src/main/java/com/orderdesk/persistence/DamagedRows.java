package com.orderdesk.persistence;

import com.orderdesk.logic.store.DamagedRowException;
import com.orderdesk.logic.store.Listing;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a list row by row: a row that cannot be read is named, logged and left out; the others are kept. */
public final class DamagedRows {
    private static final Logger LOG = LoggerFactory.getLogger(DamagedRows.class);

    private DamagedRows() {
    }

    /**
     * Reads with {@code all} (one query); when a stored value cannot be read, reads again one row
     * at a time through {@code one}, for each of {@code ids} (id and a name for messages), leaving
     * out and naming the rows that fail.
     */
    public static <T> Listing<T> readOrFallBack(Supplier<List<T>> all, Supplier<List<Object[]>> ids, String kind,
                                                Function<Long, List<T>> one) {
        try {
            return Listing.of(all.get());
        } catch (com.orderdesk.logic.store.StoreException e) {
            if (!(e instanceof DamagedRowException)) {
                throw e;
            }
            LOG.warn("A stored {} could not be read ({}); reading them one at a time", kind, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("A stored {} could not be read; reading them one at a time", kind, e);
        }
        List<T> rows = new ArrayList<>();
        List<String> damaged = new ArrayList<>();
        for (Object[] idAndName : ids.get()) {
            try {
                rows.addAll(one.apply(((Number) idAndName[0]).longValue()));
            } catch (DamagedRowException e) {
                LOG.warn("Left out of a list: {} {}: {}", kind, idAndName[1], e.getMessage());
                damaged.add(named(kind + " " + idAndName[1], e));
            } catch (RuntimeException e) {
                String name = kind + " " + idAndName[1];
                LOG.warn("Left out of a list: {}", name, e);
                damaged.add(name + ": a stored value cannot be read (" + rootMessage(e) + ")");
            }
        }
        return new Listing<>(rows, damaged);
    }

    /**
     * "invoice INV-000102 (invoice 2): open_cents \"abc\" is not a whole number": the name a clerk
     * knows, and the table and row id the person fixing the book needs, when they differ.
     */
    public static String named(String name, DamagedRowException e) {
        return e.row().equals(name) || e.getMessage().startsWith(name) ? e.getMessage()
                : name + " (" + e.row() + "): " + e.problem();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    public static <R, T> Listing<T> read(List<R> raw, Function<R, T> mapper) {
        List<T> rows = new ArrayList<>(raw.size());
        List<String> damaged = new ArrayList<>();
        for (R r : raw) {
            try {
                rows.add(mapper.apply(r));
            } catch (DamagedRowException e) {
                LOG.warn("Left out of a list: {}", e.getMessage());
                damaged.add(e.getMessage());
            }
        }
        return new Listing<>(rows, damaged);
    }
}
