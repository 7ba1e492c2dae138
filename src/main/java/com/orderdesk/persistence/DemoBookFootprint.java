package com.orderdesk.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * What a PostgreSQL book shows of who wrote it and how far, for a start that finds no "complete"
 * mark (a book written by a version before the mark, or one whose writer stopped). Read over the
 * demo lock's connection before Flyway runs, so a table an older version never made counts as empty.
 *
 * <ul>
 *   <li>{@code signedIn}: somebody signed in (or tried to). The window and every command that writes
 *       sign in first, every attempt is audited, and PostgreSQL refuses to change or remove an audit
 *       entry: a book nobody has signed in to holds nothing anybody typed.</li>
 *   <li>{@code users} and {@code customers}: the demo's six users and exactly the customers the demo of
 *       this start's size writes (its history is one transaction: all its customers or none).</li>
 *   <li>{@code pastForecasts}: the demo's last step, the last eight Mondays' cash forecasts, committed
 *       (a book has one forecast date, today's, from the predictions made with its history).</li>
 * </ul>
 */
record DemoBookFootprint(long customers, Set<String> users, boolean signedIn, boolean pastForecasts) {

    static DemoBookFootprint read(Connection c) throws SQLException {
        if (!exists(c, "customer")) {
            return new DemoBookFootprint(0, Set.of(), false, false);
        }
        long customers = number(c, "select count(*) from customer");
        Set<String> users = new HashSet<>();
        if (exists(c, "app_user")) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select username from app_user")) {
                while (rs.next()) {
                    users.add(rs.getString(1));
                }
            }
        }
        // SIGN_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED, SIGN_IN_REFUSED_TAMPERED (AuditActions)
        boolean signedIn = exists(c, "audit_entry")
                && number(c, "select count(*) from (select 1 from audit_entry where left(action, 7) = 'SIGN_IN' limit 1) a") > 0;
        boolean pastForecasts = exists(c, "cash_forecast_week")
                && number(c, "select count(distinct as_of) from cash_forecast_week") > 1;
        return new DemoBookFootprint(customers, Set.copyOf(users), signedIn, pastForecasts);
    }

    /** The demo's own book, as a start that writes {@code customers} customers with these users leaves it. */
    boolean isTheDemos(Set<String> demoUsers, int demoCustomers) {
        return customers == demoCustomers && users.equals(demoUsers);
    }

    /** Its history written: a book without customers gets the demo like any empty book, nothing to clear. */
    boolean hasHistory() {
        return customers > 0;
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select to_regclass('" + table + "') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
