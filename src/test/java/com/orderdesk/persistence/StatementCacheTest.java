package com.orderdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pool's SQLite connections keep compiled statements between uses: a statement given back
 * must behave as a freshly prepared one (no read transaction left open, no parameters left bound,
 * recompiled after a schema change), two open uses of one text must not share a statement, and a
 * closed lease must refuse further use. Against a real SQLite file in WAL mode, as the desk runs.
 */
class StatementCacheTest {
    @TempDir
    Path dir;
    private String plainUrl;

    @BeforeEach
    void book() throws SQLException {
        plainUrl = DatabaseConfig.SQLITE_PREFIX + dir.resolve("book.db") + "?journal_mode=WAL&busy_timeout=1000";
        try (Connection c = DriverManager.getConnection(plainUrl)) {
            c.createStatement().execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
            c.createStatement().execute("INSERT INTO t (id, name) VALUES (1, 'one'), (2, 'two'), (3, 'three')");
        }
    }

    private Connection cached() throws SQLException {
        return new CachingSqliteDriver().connect(CachingSqliteDriver.url(plainUrl), new Properties());
    }

    @Test
    void theSameTextIsCompiledOnceAndAnswersEachUseWithItsOwnParameters() throws SQLException {
        try (Connection c = cached()) {
            assertThat(name(c, 1)).isEqualTo("one");
            assertThat(name(c, 2)).isEqualTo("two");
            assertThat(name(c, 3)).isEqualTo("three");
            StatementCache cache = StatementCache.of(c);
            assertThat(cache.compiled()).isEqualTo(1);
            assertThat(cache.reused()).isEqualTo(2);
        }
    }

    @Test
    void aStatementGivenBackWithUnreadRowsHoldsNoOldSnapshot() throws SQLException {
        try (Connection c = cached(); Connection other = DriverManager.getConnection(plainUrl)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM t ORDER BY id")) {
                ResultSet rs = ps.executeQuery();
                assertThat(rs.next()).isTrue(); // two rows left unread, the result set not closed
            }
            other.createStatement().executeUpdate("UPDATE t SET name = 'uno' WHERE id = 1");
            assertThat(name(c, 1)).as("a read after the other desk's commit").isEqualTo("uno");
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM t ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("the reused statement reads from the start").isEqualTo("uno");
            }
            // the other desk can write and checkpoint: no reader of ours is left open
            other.createStatement().executeUpdate("UPDATE t SET name = 'one' WHERE id = 1");
            try (ResultSet rs = other.createStatement().executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).as("checkpoint not blocked").isZero();
            }
        }
    }

    @Test
    void parametersAreNotCarriedOverToTheNextLease() throws SQLException {
        try (Connection c = cached()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (id, name) VALUES (?, ?)")) {
                ps.setInt(1, 4);
                ps.setString(2, "four");
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (id, name) VALUES (?, ?)")) {
                ps.setInt(1, 5); // the name left unbound is NULL, as on a new statement
                assertThat(ps.executeUpdate()).isEqualTo(1);
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    assertThat(keys.next()).isTrue();
                    assertThat(keys.getLong(1)).isEqualTo(5);
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT name FROM t WHERE id = 5")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isNull();
            }
            StatementCache cache = StatementCache.of(c);
            assertThat(cache.compiled()).as("the insert and its key's select, once each").isEqualTo(2);
            assertThat(cache.reused()).isEqualTo(2);
        }
    }

    @Test
    void anInsertsKeyIsTheRowItInsertedAndAnUpdateHasNone() throws SQLException {
        try (Connection c = cached()) {
            for (int id = 10; id < 13; id++) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (name) VALUES (?)",
                        java.sql.Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, "n" + id);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        assertThat(keys.next()).isTrue();
                        long key = keys.getLong(1);
                        try (ResultSet rs = c.createStatement().executeQuery("SELECT name FROM t WHERE id = " + key)) {
                            assertThat(rs.next()).isTrue();
                            assertThat(rs.getString(1)).isEqualTo("n" + id);
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE t SET name = ? WHERE id = 1")) {
                ps.setString(1, "uno");
                assertThat(ps.executeUpdate()).isEqualTo(1);
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    assertThat(keys.next()).as("no key after an update").isFalse();
                }
            }
        }
    }

    @Test
    void twoOpenUsesOfOneTextGetTwoStatements() throws SQLException {
        try (Connection c = cached()) {
            String sql = "SELECT name FROM t WHERE id >= ? ORDER BY id";
            try (PreparedStatement a = c.prepareStatement(sql); PreparedStatement b = c.prepareStatement(sql)) {
                a.setInt(1, 1);
                b.setInt(1, 3);
                ResultSet ra = a.executeQuery();
                ResultSet rb = b.executeQuery();
                assertThat(ra.next()).isTrue();
                assertThat(rb.next()).isTrue();
                assertThat(ra.getString(1)).isEqualTo("one");
                assertThat(rb.getString(1)).isEqualTo("three");
                assertThat(ra.next()).isTrue();
                assertThat(ra.getString(1)).isEqualTo("two");
            }
            assertThat(StatementCache.of(c).compiled()).isEqualTo(2);
            assertThat(StatementCache.of(c).idleCount()).isEqualTo(2);
        }
    }

    @Test
    void aLeaseThatChangedASettingOrFailedIsNotKept() throws SQLException {
        try (Connection c = cached()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM t ORDER BY id")) {
                ps.setMaxRows(1);
                ps.executeQuery().close();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (id, name) VALUES (?, ?)")) {
                ps.setInt(1, 1); // a duplicate key
                ps.setString(2, "again");
                assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class);
            }
            assertThat(StatementCache.of(c).idleCount()).isZero();
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM t ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                int rows = 0;
                while (rs.next()) {
                    rows++;
                }
                assertThat(rows).as("no max rows carried over").isEqualTo(3);
            }
        }
    }

    @Test
    void aClosedLeaseRefusesUseAndTheConnectionsCloseFinalizesTheRest() throws SQLException {
        Connection c = cached();
        PreparedStatement ps = c.prepareStatement("SELECT name FROM t WHERE id = ?");
        ps.close();
        assertThat(ps.isClosed()).isTrue();
        assertThatThrownBy(() -> ps.setInt(1, 1)).isInstanceOf(SQLException.class).hasMessageContaining("closed");
        StatementCache cache = StatementCache.of(c);
        assertThat(cache.idleCount()).isEqualTo(1);
        c.close();
        assertThat(cache.idleCount()).isZero();
        assertThat(c.isClosed()).isTrue();
    }

    @Test
    void aKeptStatementIsRecompiledAfterTheSchemaChanged() throws SQLException {
        try (Connection c = cached(); Connection other = DriverManager.getConnection(plainUrl)) {
            assertThat(name(c, 2)).isEqualTo("two");
            other.createStatement().execute("ALTER TABLE t RENAME TO t_old");
            other.createStatement().execute("CREATE TABLE t (extra TEXT, name TEXT, id INTEGER PRIMARY KEY)");
            other.createStatement().execute("INSERT INTO t (id, name, extra) VALUES (2, 'deux', 'x')");
            assertThat(name(c, 2)).as("read from the new table, by its new column order").isEqualTo("deux");
            assertThat(StatementCache.of(c).reused()).isEqualTo(1);
        }
    }

    @Test
    void otherUrlsAndOtherFormsAreLeftToThePlainDriver() throws SQLException {
        CachingSqliteDriver driver = new CachingSqliteDriver();
        assertThat(driver.acceptsURL(plainUrl)).isFalse();
        assertThat(driver.connect(plainUrl, new Properties())).isNull();
        try (Connection c = cached()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM t WHERE id = ?", new String[] {"id"})) {
                ps.setInt(1, 1);
                ps.executeQuery().close();
            }
            assertThat(StatementCache.of(c).idleCount()).as("a form not cached").isZero();
        }
    }

    private static String name(Connection c, int id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM t WHERE id = ?")) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
