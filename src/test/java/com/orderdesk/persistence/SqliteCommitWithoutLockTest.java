package com.orderdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write unit takes the SQLite write lock when it begins (where waiting for another desk belongs)
 * and its commit or rollback starts no locking transaction afterwards, so a commit that stored the
 * unit cannot be reported as failed (and retried) because another desk holds the lock at that moment
 * or has made the connection's read snapshot stale.
 */
class SqliteCommitWithoutLockTest {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void book() throws SQLException {
        file = dir.resolve("book.db");
        try (Database db = Database.open(DatabaseConfig.sqlite(file))) {
            db.write(s -> null); // migrated, closed
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE probe (n INTEGER)");
        }
    }

    @Test
    void eachWriteUnitOfTheBookHoldsTheLockFromItsStartAndNotAfterItsCommit() throws Exception {
        try (Database db = Database.open(DatabaseConfig.sqlite(file))) {
            for (int unit = 0; unit < 3; unit++) {
                int n = unit;
                db.write(s -> {
                    assertThatThrownBy(this::anotherDeskBeginsAWrite).as("the lock is held from the unit's start")
                            .hasMessageContaining("SQLITE_BUSY");
                    s.createNativeMutationQuery("INSERT INTO probe VALUES (" + n + ")").executeUpdate();
                    return null;
                });
                anotherDeskBeginsAWrite(); // released after the unit
            }
        }
    }

    @Test
    void aPooledConnectionsCommitLeavesNoLockAndItsNextUnitLocksAgainAtItsStart() throws Exception {
        try (Connection c = pooledKindOfConnection()) {
            for (int unit = 0; unit < 3; unit++) {
                c.setAutoCommit(false); // what Hibernate does when a unit begins: BEGIN IMMEDIATE
                assertThatThrownBy(this::anotherDeskBeginsAWrite).as("unit %d locked at its start", unit)
                        .hasMessageContaining("SQLITE_BUSY");
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO probe VALUES (" + unit + ")");
                }
                c.commit();
                // without the mend the driver's BEGIN IMMEDIATE after COMMIT holds the lock here
                anotherDeskBeginsAWrite();
                c.setAutoCommit(true); // what Hibernate does after the unit
            }
        }
        assertThat(rows()).isEqualTo(3);
    }

    @Test
    void aRollbackLeavesNoLockEither() throws Exception {
        try (Connection c = pooledKindOfConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO probe VALUES (1)");
            }
            c.rollback();
            anotherDeskBeginsAWrite();
            c.setAutoCommit(true);
            c.setAutoCommit(false);
            assertThatThrownBy(this::anotherDeskBeginsAWrite).as("the next unit locks at its start")
                    .hasMessageContaining("SQLITE_BUSY");
            c.rollback();
        }
        assertThat(rows()).isZero();
    }

    /** A connection as the session factory's pool gets it: the book's URL through the statement cache. */
    private Connection pooledKindOfConnection() throws SQLException {
        CachingSqliteDriver.register();
        return DriverManager.getConnection(CachingSqliteDriver.url(DatabaseConfig.sqlite(file).jdbcUrl()));
    }

    private int rows() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT COUNT(*) FROM probe")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void anotherDeskBeginsAWrite() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file + "?busy_timeout=0")) {
            c.createStatement().execute("BEGIN IMMEDIATE");
            c.createStatement().execute("ROLLBACK");
        }
    }
}
