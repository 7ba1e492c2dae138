package com.orderdesk.persistence;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The SQLite driver with a prepared-statement cache on each connection ({@link StatementCache}),
 * for the session factory's pool only. Compiling a statement ({@code sqlite3_prepare_v2}) was the
 * largest single cost of a use case on SQLite (about a sixth of the simulator's main-thread
 * samples): Hibernate and the repositories prepare the same few hundred statements again in every
 * unit of work, and the driver keeps none.
 *
 * <p>It answers only its own URL prefix, {@value #PREFIX}, so Flyway and the plain JDBC
 * connections ({@link Database#openJdbcConnection()}), which ask the driver manager for
 * {@code jdbc:sqlite:}, still get the plain driver. PostgreSQL's driver keeps its own statement
 * cache and is not touched.
 */
public final class CachingSqliteDriver implements Driver {
    static final String PREFIX = "jdbc:orderdesk-sqlite:";
    private static final String SQLITE = "jdbc:sqlite:";
    private static final CachingSqliteDriver INSTANCE = new CachingSqliteDriver();
    private static volatile boolean registered;

    private final Driver sqlite = new org.sqlite.JDBC();

    /** Registers the driver once, so the pool finds it by class name among the registered drivers. */
    static synchronized void register() {
        if (!registered) {
            try {
                DriverManager.registerDriver(INSTANCE);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not register the SQLite statement cache", e);
            }
            registered = true;
        }
    }

    /** {@code jdbc:sqlite:...} as this driver's URL. */
    static String url(String sqliteUrl) {
        if (!sqliteUrl.startsWith(SQLITE)) {
            throw new IllegalArgumentException("Not an SQLite URL: " + sqliteUrl);
        }
        return PREFIX + sqliteUrl.substring(SQLITE.length());
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null; // the driver contract: another driver's URL
        }
        Properties settings = new Properties();
        if (info != null) {
            settings.putAll(info);
        }
        // the cache reads an insert's key itself, from a compiled statement (StatementCache.Lease)
        settings.setProperty("jdbc.get_generated_keys", "false");
        Connection real = sqlite.connect(SQLITE + url.substring(PREFIX.length()), settings);
        return real == null ? null : StatementCache.wrap(real);
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return sqlite.getPropertyInfo(SQLITE + url.substring(PREFIX.length()), info);
    }

    @Override
    public int getMajorVersion() {
        return sqlite.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return sqlite.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
