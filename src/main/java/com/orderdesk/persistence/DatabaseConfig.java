package com.orderdesk.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach the book of orders: an embedded SQLite file (the default, one desk or a few on a
 * shared file) or a PostgreSQL server (several desks) through the same Hibernate layer.
 * The password never appears in {@link #toString()} or {@link #displayName()} (both reach logs
 * and the status bar).
 */
public record DatabaseConfig(Vendor vendor, String jdbcUrl, String user, String password, String displayName) {

    public enum Vendor { SQLITE, POSTGRESQL }

    public static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";
    public static final String SQLITE_PREFIX = "jdbc:sqlite:";

    public DatabaseConfig {
        Objects.requireNonNull(vendor);
        Objects.requireNonNull(jdbcUrl);
    }

    /**
     * SQLite with WAL (readers never block the writer), foreign keys on, a busy timeout so a second
     * desk waits instead of failing, and IMMEDIATE transactions so two writers queue up front
     * rather than deadlocking on a lock upgrade halfway through a save.
     */
    public static DatabaseConfig sqlite(Path file) {
        String url = SQLITE_PREFIX + file.toAbsolutePath()
                + "?journal_mode=WAL&foreign_keys=true&busy_timeout=10000&transaction_mode=IMMEDIATE&synchronous=NORMAL";
        return new DatabaseConfig(Vendor.SQLITE, url, null, null, file.toAbsolutePath().toString());
    }

    /** A PostgreSQL server; {@code jdbcUrl} is {@code jdbc:postgresql://HOST[:PORT]/DATABASE[?options]}. */
    public static DatabaseConfig postgresql(String jdbcUrl, String user, String password) {
        if (!jdbcUrl.startsWith(POSTGRESQL_PREFIX)) {
            throw new IllegalArgumentException("A PostgreSQL URL starts with " + POSTGRESQL_PREFIX + "//, not " + jdbcUrl);
        }
        String shown = jdbcUrl.substring("jdbc:".length());
        int query = shown.indexOf('?');
        // options may carry secrets (password=, sslpassword=): keep them out of what is shown, all but
        // the schema: several books may share one database in schemas, and a log line that names only
        // the database does not say whose book was cleared, migrated or waited for
        String schema = query < 0 ? null : option(shown.substring(query + 1), "currentSchema");
        shown = (query < 0 ? shown : shown.substring(0, query)) + (schema == null ? "" : " schema " + schema);
        return new DatabaseConfig(Vendor.POSTGRESQL, jdbcUrl, blankToNull(user), password,
                user == null || user.isBlank() ? shown : shown + " as " + user);
    }

    /** The value of a URL option ({@code a=1&b=2}), decoded; null when absent or empty. */
    private static String option(String options, String name) {
        for (String pair : options.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equalsIgnoreCase(name) && eq < pair.length() - 1) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /**
     * Picks the vendor from a JDBC URL or treats the text as a SQLite file path. Another JDBC
     * scheme (or a libpq-style {@code postgresql://} URL) is refused rather than taken for a file name.
     */
    public static DatabaseConfig fromUrlOrFile(String urlOrFile, String user, String password) {
        String text = urlOrFile.trim();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith(POSTGRESQL_PREFIX)) {
            return postgresql(text, user, password);
        }
        if (lower.startsWith(SQLITE_PREFIX)) {
            return sqlite(Path.of(text.substring(SQLITE_PREFIX.length())));
        }
        if (lower.startsWith("jdbc:") || lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new IllegalArgumentException("Unsupported database address \"" + text + "\": Order Desk opens "
                    + "jdbc:postgresql://HOST:PORT/DATABASE or a SQLite file.");
        }
        return sqlite(Path.of(text));
    }

    /** Host and port of a PostgreSQL URL, for messages ("127.0.0.1:55432"); the display name for SQLite. */
    public String serverAddress() {
        if (vendor != Vendor.POSTGRESQL) {
            return displayName;
        }
        String rest = jdbcUrl.substring(POSTGRESQL_PREFIX.length());
        if (!rest.startsWith("//")) {
            return "localhost:5432";
        }
        rest = rest.substring(2);
        int end = rest.length();
        for (char stop : new char[] {'/', '?'}) {
            int i = rest.indexOf(stop);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String hostPort = rest.substring(0, end);
        return hostPort.isEmpty() ? "localhost:5432" : hostPort.contains(":") ? hostPort : hostPort + ":5432";
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + vendor + " " + displayName + (password == null ? "" : ", password hidden") + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
