package com.orderdesk.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to reach the book of orders: an embedded SQLite file (the default, one desk or a few on a
 * shared file) or a PostgreSQL server (several desks) through the same Hibernate layer.
 */
public record DatabaseConfig(Vendor vendor, String jdbcUrl, String user, String password, String displayName) {

    public enum Vendor { SQLITE, POSTGRESQL }

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
        String url = "jdbc:sqlite:" + file.toAbsolutePath()
                + "?journal_mode=WAL&foreign_keys=true&busy_timeout=10000&transaction_mode=IMMEDIATE&synchronous=NORMAL";
        return new DatabaseConfig(Vendor.SQLITE, url, null, null, file.toAbsolutePath().toString());
    }

    public static DatabaseConfig postgresql(String jdbcUrl, String user, String password) {
        return new DatabaseConfig(Vendor.POSTGRESQL, jdbcUrl, user, password, jdbcUrl.replaceFirst("^jdbc:", ""));
    }

    /** Picks the vendor from a JDBC URL or treats the text as a SQLite file path. */
    public static DatabaseConfig fromUrlOrFile(String urlOrFile, String user, String password) {
        if (urlOrFile.startsWith("jdbc:postgresql:")) {
            return postgresql(urlOrFile, user, password);
        }
        if (urlOrFile.startsWith("jdbc:sqlite:")) {
            return sqlite(Path.of(urlOrFile.substring("jdbc:sqlite:".length())));
        }
        return sqlite(Path.of(urlOrFile));
    }
}
