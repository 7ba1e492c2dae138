package com.orderdesk.demo;

import com.orderdesk.logic.store.StoreException;
import com.orderdesk.persistence.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a finished demo book holds, for {@code demo-data}'s summary line: its invoices and its orders on
 * credit hold. The history's own counts leave out what the steps after it added (the desk's last month
 * of invoicing, the inbox's captured orders held for credit): the line said 2,120 invoices for a book
 * with 2,479.
 */
public record DemoBookCounts(long invoices, long heldOrders) {

    public static DemoBookCounts of(Database db) {
        try (Connection c = db.openJdbcConnection(); Statement st = c.createStatement()) {
            return new DemoBookCounts(count(st, "SELECT COUNT(*) FROM invoice"),
                    count(st, "SELECT COUNT(*) FROM sales_order WHERE status = 'CREDIT_HOLD'"));
        } catch (SQLException e) {
            throw new StoreException("Counting the demo book failed: " + e.getMessage(), e);
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
