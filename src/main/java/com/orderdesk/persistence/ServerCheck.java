package com.orderdesk.persistence;

import com.orderdesk.logic.store.StoreException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * Opens one connection to a PostgreSQL server before anything else does, so a wrong address, a
 * stopped server or a wrong password becomes one sentence instead of a page of Flyway and
 * Hikari stack trace. A server that does not answer is given up on after a few seconds.
 */
public final class ServerCheck {
    /** Seconds to wait for the TCP connection and for the sign-in; a URL option overrides them. */
    static final String CONNECT_TIMEOUT_SECONDS = "5";
    static final String LOGIN_TIMEOUT_SECONDS = "10";

    /** The server could not be reached or refused us; the message is one sentence for the user. */
    public static final class Unavailable extends StoreException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private ServerCheck() {
    }

    /** Does nothing for SQLite; for PostgreSQL, connects once or throws {@link Unavailable}. */
    public static void check(DatabaseConfig config) {
        if (config.vendor() != DatabaseConfig.Vendor.POSTGRESQL) {
            return;
        }
        try (Connection c = connect(config)) {
            c.isValid(2);
        } catch (SQLException e) {
            throw new Unavailable(explain(config, e), e);
        }
    }

    /** A plain JDBC connection with the short timeouts (unless the URL sets its own). */
    static Connection connect(DatabaseConfig config) throws SQLException {
        Properties props = new Properties();
        if (config.user() != null) {
            props.setProperty("user", config.user());
        }
        if (config.password() != null) {
            props.setProperty("password", config.password());
        }
        props.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        props.setProperty("loginTimeout", LOGIN_TIMEOUT_SECONDS);
        props.setProperty("ApplicationName", "Order Desk");
        // one multi-row INSERT per batch instead of one round trip per row (demo data, imports)
        props.setProperty("reWriteBatchedInserts", "true");
        return DriverManager.getConnection(config.jdbcUrl(), props);
    }

    static String explain(DatabaseConfig config, SQLException e) {
        String where = config.serverAddress();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("no password was provided")) {
            return "The PostgreSQL server at " + where + " asks for a password but none was given"
                    + " (name the environment variable that holds it with --db-password-env, or set ORDERDESK_DB_PASSWORD).";
        }
        switch (state) {
            case "28P01", "28000":
                return "The PostgreSQL server at " + where + " refused the sign-in of user "
                        + (config.user() == null ? System.getProperty("user.name") : config.user())
                        + ": wrong password, unknown user, or not allowed from this computer.";
            case "3D000":
                return "The PostgreSQL server at " + where + " has no database " + databaseName(config)
                        + "; create it first (createdb) or correct the URL.";
            default:
                break;
        }
        if (state.startsWith("08") || hasCause(e, ConnectException.class) || hasCause(e, UnknownHostException.class)) {
            return "Cannot reach the PostgreSQL server at " + where + " (" + reason(e)
                    + "); check that it is running and that the address and port are right.";
        }
        return "Cannot open the PostgreSQL database at " + where + ": " + firstLine(message) + ".";
    }

    private static String reason(SQLException e) {
        if (hasCause(e, UnknownHostException.class)) {
            return "unknown host name";
        }
        if (hasCause(e, SocketTimeoutException.class)) {
            return "no answer within " + CONNECT_TIMEOUT_SECONDS + " s";
        }
        if (hasCause(e, NoRouteToHostException.class)) {
            return "no route to the host";
        }
        if (hasCause(e, ConnectException.class)) {
            return "connection refused";
        }
        return firstLine(e.getMessage());
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String databaseName(DatabaseConfig config) {
        String url = config.jdbcUrl();
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "unknown error";
        }
        String line = s.strip().lines().findFirst().orElse("").strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
