package com.orderdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Holds a SQLite book's write lock from a connection of its own until closed, so that a test can
 * stop a batch at a known item: the batch's next write waits (the book's busy timeout, 10 s) while
 * the test does what it must "during" that item, then lets it go on.
 *
 * <pre>{@code
 * try (WriteHold hold = WriteHold.on(book.db)) {
 *     start the import; wait for "Reading message 1 of 400"; press Esc
 * } // message 1 is stored now, and the import stops before message 2
 * }</pre>
 */
public final class WriteHold implements AutoCloseable {
    private final Connection connection;

    private WriteHold(Connection connection) {
        this.connection = connection;
    }

    public static WriteHold on(Database db) throws SQLException {
        Connection c = db.openJdbcConnection();
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE"); // takes the write lock now, not at the first write
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return new WriteHold(c);
    }

    @Override
    public void close() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("ROLLBACK");
        } finally {
            connection.close();
        }
    }
}
