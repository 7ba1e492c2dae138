package com.orderdesk.persistence.numbering;

import com.orderdesk.logic.numbering.DocumentNumbers;
import org.hibernate.Session;

/**
 * Hands out the next number of a series inside the caller's transaction. The counter row is
 * locked for the rest of that transaction (PostgreSQL: row lock; SQLite: the write transaction),
 * so two desks never get the same number, and a rolled-back save leaves no gap.
 */
public final class DocumentNumberAllocator {
    public static final String ORDER = "ORDER";
    public static final String INVOICE = "INVOICE";
    public static final String CREDIT_MEMO = "CREDIT_MEMO";

    private DocumentNumberAllocator() {
    }

    public static String next(Session session, String series) {
        int updated = session.createMutationQuery(
                        "update DocumentSequence s set s.nextValue = s.nextValue + 1 where s.series = :series")
                .setParameter("series", series)
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("No numbering series " + series);
        }
        // A scalar query reads the row as the update left it, never a cached entity.
        Object[] row = session.createSelectionQuery(
                        "select s.prefix, s.nextValue, s.width from DocumentSequence s where s.series = :series", Object[].class)
                .setParameter("series", series)
                .getSingleResult();
        return DocumentNumbers.format((String) row[0], ((Number) row[1]).longValue() - 1, ((Number) row[2]).intValue());
    }
}
