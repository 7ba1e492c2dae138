package com.orderdesk.persistence.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Search words in SQLite's FTS5 table {@code customer_search}: one row per customer (rowid = the
 * customer's id) whose text is its words joined by spaces. The words are already upper case and
 * split at anything that is not a letter or digit, so FTS5's tokenizer takes each as one token.
 */
final class FullTextWords extends SearchWordStore {
    private static final int BATCH = 2_000;
    private final Connection c;
    private PreparedStatement insert;
    private PreparedStatement delete;
    private int batched;

    FullTextWords(Connection c, BeforeWrite beforeWrite) {
        super(beforeWrite);
        this.c = c;
    }

    @Override
    public void add(long customerId, Collection<String> words) throws SQLException {
        if (words.isEmpty()) {
            return;
        }
        if (insert == null) {
            insert = c.prepareStatement("INSERT INTO customer_search (rowid, words) VALUES (?, ?)");
        }
        insert.setLong(1, customerId);
        insert.setString(2, String.join(" ", words));
        insert.addBatch();
        if (++batched >= BATCH) {
            flush();
        }
    }

    @Override
    void remove(long customerId) throws SQLException {
        if (delete == null) {
            delete = c.prepareStatement("DELETE FROM customer_search WHERE rowid = ?");
        }
        delete.setLong(1, customerId);
        delete.executeUpdate();
    }

    @Override
    boolean pending() {
        return batched > 0;
    }

    @Override
    void write() throws SQLException {
        insert.executeBatch();
        batched = 0;
    }

    @Override
    void closeStatements() throws SQLException {
        try (PreparedStatement a = insert; PreparedStatement b = delete) {
            // closed by the try
        }
    }
}
