package com.orderdesk.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, empty schema on the test PostgreSQL server (started by .ci/postgres.sh, announced in
 * ORDERDESK_TEST_PG_URL/_USER/_PASSWORD): every test gets its own, so tests never see each
 * other's rows, and the schema is dropped afterwards. The URL's {@code currentSchema} puts
 * Flyway, Hibernate and plain JDBC all in it.
 */
public final class PostgresSchema implements AutoCloseable {
    public static final String URL_VARIABLE = "ORDERDESK_TEST_PG_URL";

    private final String name;

    private PostgresSchema(String name) {
        this.name = name;
    }

    public static PostgresSchema create() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        run("CREATE SCHEMA " + name);
        return new PostgresSchema(name);
    }

    public String name() {
        return name;
    }

    public static String url() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(URL_VARIABLE + " is not set; start a server with .ci/postgres.sh");
        }
        return url;
    }

    public static String user() {
        return System.getenv("ORDERDESK_TEST_PG_USER");
    }

    public static String password() {
        return System.getenv("ORDERDESK_TEST_PG_PASSWORD");
    }

    /** The schema as a database for Order Desk (empty until {@link Database#open} migrates it). */
    public DatabaseConfig config() {
        return DatabaseConfig.postgresql(jdbcUrl(), user(), password());
    }

    public String jdbcUrl() {
        return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    @Override
    public void close() {
        run("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }

    private static void run(String sql) {
        try (Connection c = DriverManager.getConnection(url(), user(), password()); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test PostgreSQL server at " + url() + ": " + e.getMessage(), e);
        }
    }
}
