package com.orderdesk.persistence.customer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Where customers' search words are kept, chosen by database. On SQLite an FTS5 table
 * ({@code customer_search}, one row per customer holding its words; migration V19), because the
 * word table made a 100,000-customer import write 2.3 million rows into three B-trees, most of the
 * import's time. Elsewhere (PostgreSQL) the word table {@code customer_word (word, customer_id)},
 * searched by prefix range. Both keep the words {@link com.orderdesk.logic.customer.SearchWords}
 * makes, so a search finds the same customers on either.
 *
 * <p>Words are held back and written in batches ({@link #flush()}, {@link #close()}); a
 * {@link #remove} is done at once.
 */
public abstract class SearchWordStore implements AutoCloseable {
    /** Runs before held-back words are written (the demo writes its customer rows first: the word table refers to them). */
    public interface BeforeWrite {
        void run() throws SQLException;
    }

    private final BeforeWrite beforeWrite;

    SearchWordStore(BeforeWrite beforeWrite) {
        this.beforeWrite = beforeWrite;
    }

    /** The store of the connection's database. */
    public static SearchWordStore open(Connection c, BeforeWrite beforeWrite) throws SQLException {
        return fullText(c) ? new FullTextWords(c, beforeWrite) : new WordTable(c, beforeWrite);
    }

    static SearchWordStore open(Connection c) throws SQLException {
        return open(c, () -> { });
    }

    /** True on SQLite, whose search words are in the FTS5 table. */
    static boolean fullText(Connection c) throws SQLException {
        return "SQLite".equals(c.getMetaData().getDatabaseProductName());
    }

    /** The customer's words (it has none stored: new, or {@link #remove removed} first). */
    public abstract void add(long customerId, Collection<String> words) throws SQLException;

    /** Deletes the customer's stored words now. */
    abstract void remove(long customerId) throws SQLException;

    /** Writes the words held back. */
    public final void flush() throws SQLException {
        if (pending()) {
            beforeWrite.run();
            write();
        }
    }

    abstract boolean pending();

    abstract void write() throws SQLException;

    abstract void closeStatements() throws SQLException;

    @Override
    public final void close() throws SQLException {
        try {
            flush();
        } finally {
            closeStatements();
        }
    }
}
