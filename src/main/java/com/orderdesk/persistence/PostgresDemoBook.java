package com.orderdesk.persistence;

import com.orderdesk.logic.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A first start on PostgreSQL writes the demo book in place, step by step, each step committing:
 * there is no file to write beside the book and move into place whole, as on SQLite. So the start
 * holds a PostgreSQL advisory lock from before it opens the book until the demo is written, and
 * marks the book "writing" (company_setting {@value #MARK}) before the demo's first row and
 * "complete" after its last. A start that takes the lock and finds "writing" knows the writer
 * stopped (its window closed, its machine stopped: the server releases a dead session's lock) and
 * clears the half book so the demo is written again; a start that cannot take the lock waits while
 * another desk writes.
 *
 * <p>Only a book nobody has used is ever cleared ({@link DemoBookFootprint}: nobody has signed in to
 * it): a half book somebody signed in to (an older version opens it, a command reads or writes it) is
 * opened as it is. A book without the mark was written by a version before it (or by hand): it is
 * cleared only when it is recognisably the half demo of the start that finds it (the demo's users,
 * exactly its customers, not its last step) and unused; anything else is opened as it is.
 */
public final class PostgresDemoBook implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresDemoBook.class);
    static final String MARK = "demo.book";
    static final String WRITING = "writing";
    static final String COMPLETE = "complete";
    /** One lock per book: advisory locks are per database, and several books may share one in schemas. */
    private static final String LOCK_KEY = "hashtext('orderdesk.demo-book'), hashtext(current_schema())";
    private static final long POLL_MILLIS = 250;

    private final DatabaseConfig config;
    private final Connection lockHolder;

    private PostgresDemoBook(DatabaseConfig config, Connection lockHolder) {
        this.config = config;
        this.lockHolder = lockHolder;
    }

    /**
     * The demo book a start writes, for telling its half from a whole one in a book without the mark:
     * its users' names and its number of customers. {@link #NONE} for a start that writes no whole demo
     * (the benches' bulk part is one transaction: never half).
     */
    public record Demo(Set<String> userNames, int customers) {
        public static final Demo NONE = new Demo(Set.of(), 0);

        public Demo {
            userNames = Set.copyOf(userNames);
        }
    }

    /**
     * Takes the book's demo lock, waiting while another desk holds it (calls {@code waiting} once
     * when it starts to wait; throws {@link CancellationException} when {@code cancelled} says so),
     * then clears the book if a stopped start left its demo half written and nobody has used it since
     * ({@code demo}: what this start writes, to recognise a half demo left by a version before the mark).
     * Close it when the demo book is written, or at once when the book needs none.
     */
    public static PostgresDemoBook take(DatabaseConfig config, Demo demo, BooleanSupplier cancelled, Runnable waiting) {
        Connection c;
        try {
            c = ServerCheck.connect(config);
        } catch (SQLException e) {
            // the same one sentence as opening the book gives (server down, wrong password), not a demo-book failure
            throw new ServerCheck.Unavailable(ServerCheck.explain(config, e), e);
        }
        try {
            keepAliveShort(c);
            waitForLock(config, c, cancelled, waiting);
            if (halfAndUnused(config, c, demo)) {
                LOG.warn("{} holds a demo book that a stopped first start left half written; writing it again",
                        config.displayName());
                Database.clear(config);
            }
            return new PostgresDemoBook(config, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException("Could not prepare " + config.displayName() + " for its demo book: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Before the demo's first row: a start that finds this mark with the lock free writes the book again. */
    public void markWriting() {
        setMark(WRITING);
    }

    /** After the demo's last row. Throws when the mark cannot be written, so the window does not open a book still marked "writing". */
    public void markComplete() {
        setMark(COMPLETE);
    }

    /** Releases the lock: the server would on its own when the session ends, this says so at once. */
    @Override
    public void close() {
        try (Statement st = lockHolder.createStatement()) {
            st.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
        } catch (SQLException e) {
            LOG.warn("Could not release the demo lock of {}: {}", config.displayName(), e.toString());
        }
        closeQuietly(lockHolder);
    }

    /** Whether the book is a demo book whose writer stopped halfway and that nobody has signed in to since. */
    private static boolean halfAndUnused(DatabaseConfig config, Connection c, Demo demo) throws SQLException {
        String mark = mark(c);
        if (COMPLETE.equals(mark)) {
            return false;
        }
        DemoBookFootprint book = DemoBookFootprint.read(c);
        if (!book.hasHistory()) {
            return false; // empty: the demo is written into it as into any new book
        }
        boolean half = WRITING.equals(mark)
                || mark == null && demo.customers() > 0 && book.isTheDemos(demo.userNames(), demo.customers())
                && !book.pastForecasts();
        if (half && book.signedIn()) {
            LOG.warn("{} holds a demo book whose writer stopped halfway, but somebody has signed in to it since, so it is"
                    + " opened as it is; for a whole demo book, start on an empty database or schema", config.displayName());
            return false;
        }
        return half;
    }

    private static void waitForLock(DatabaseConfig config, Connection c, BooleanSupplier cancelled, Runnable waiting)
            throws SQLException {
        boolean saidSo = false;
        while (!tryLock(c)) {
            if (!saidSo) {
                LOG.info("Another desk is writing the demo book of {}; waiting for it", config.displayName());
                waiting.run();
                saidSo = true;
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Stopped waiting for another desk to write the demo book");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Interrupted while waiting for another desk to write the demo book");
            }
        }
    }

    private static boolean tryLock(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select pg_try_advisory_lock(" + LOCK_KEY + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /**
     * A machine stopped mid-write sends no goodbye: the server notices the dead session (and frees its
     * lock) only through TCP keepalives, after about two hours by the system's defaults. Within a
     * minute and a half with these, so the next start does not wait for a writer that is gone.
     */
    private static void keepAliveShort(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("set tcp_keepalives_idle = 30");
            st.execute("set tcp_keepalives_interval = 10");
            st.execute("set tcp_keepalives_count = 6");
        }
    }

    /** The mark, or null in a book without one (not migrated yet, or written before the mark existed). */
    static String mark(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet exists = st.executeQuery("select to_regclass('company_setting') is not null")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return null;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select setting_value from company_setting where setting_key = ?")) {
            ps.setString(1, MARK);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void setMark(String value) {
        try (PreparedStatement ps = lockHolder.prepareStatement("insert into company_setting (setting_key, setting_value)"
                + " values (?, ?) on conflict (setting_key) do update set setting_value = excluded.setting_value")) {
            ps.setString(1, MARK);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not mark the demo book of " + config.displayName() + " " + value + ": "
                    + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warn("Could not close the demo lock's connection: {}", e.toString());
        }
    }
}
