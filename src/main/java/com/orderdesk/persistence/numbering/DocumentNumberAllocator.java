package com.orderdesk.persistence.numbering;

import com.orderdesk.logic.numbering.DocumentNumbers;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.hibernate.Session;

/**
 * Hands out the next number of a series inside the caller's transaction. The counter row is
 * locked for the rest of that transaction (PostgreSQL: row lock; SQLite: the write transaction),
 * so two desks never get the same number, and a rolled-back save leaves no gap.
 *
 * <p>Plain JDBC on the session's connection, two portable statements: as an HQL bulk update the
 * increment was translated again for every number (Hibernate keeps no plan for bulk statements)
 * and flushed the whole session first, which a counter row no entity holds does not need.
 */
public final class DocumentNumberAllocator {
    public static final String ORDER = "ORDER";
    public static final String INVOICE = "INVOICE";
    public static final String CREDIT_MEMO = "CREDIT_MEMO";

    private static final String ADVANCE = "UPDATE document_sequence SET next_value = next_value + 1 WHERE series = ?";
    private static final String READ = "SELECT prefix, next_value, width FROM document_sequence WHERE series = ?";

    private DocumentNumberAllocator() {
    }

    public static String next(Session session, String series) {
        return session.doReturningWork(c -> {
            try (PreparedStatement advance = c.prepareStatement(ADVANCE)) {
                advance.setString(1, series);
                if (advance.executeUpdate() != 1) {
                    throw new IllegalStateException("No numbering series " + series);
                }
            }
            // read back under the lock the update took: the row as this transaction left it
            try (PreparedStatement read = c.prepareStatement(READ)) {
                read.setString(1, series);
                try (ResultSet r = read.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("No numbering series " + series);
                    }
                    return DocumentNumbers.format(r.getString(1), r.getLong(2) - 1, r.getInt(3));
                }
            }
        });
    }
}
