package com.orderdesk.persistence.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.logic.kpi.OrderCounts;
import com.orderdesk.persistence.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The guard against a stale shipped-order summary (migration V28): on a real book, the orders the
 * dashboard counts from what each order records of its shipments ({@link OrdersReader#counted})
 * must be exactly the orders the full ledger read gives from the shipments and lines themselves
 * ({@link OrdersReader#read}). Used by the tests that drive books through shipping, short picks,
 * invoicing, returns and simulated business.
 */
public final class ShippedSummaries {
    private ShippedSummaries() {
    }

    /**
     * Asserts that the counted orders equal the read ones and returns how many orders shipped.
     * On a mismatch the first differing order is named with both versions.
     */
    public static int assertCountedEqualsRead(Database db) {
        try (Connection c = db.openJdbcConnection()) {
            List<String> damagedRead = new ArrayList<>();
            List<String> damagedCounted = new ArrayList<>();
            OrderCounts read = OrderCounts.of(new OrdersReader(c, damagedRead).read());
            OrdersReader reader = new OrdersReader(c, damagedCounted);
            OrderCounts counted = reader.counted().counts();
            assertThat(damagedCounted).isEqualTo(damagedRead);
            // the opening counts them in the database: the same counts as the full read's orders give
            assertThat(counted.shipped()).isEmpty();
            assertThat(totals(counted.shippedCounted())).as("shipped orders counted by the database vs the full read's")
                    .isEqualTo(totals(OrderCounts.Shipped.of(read.shipped())));
            // the drill-down lists them (with their customers): the full read's shipped orders, one by one
            List<Ledgers.Order> fromSummary = reader.shipped();
            List<Ledgers.Order> fromShipments = read.shipped();
            for (int i = 0; i < Math.min(fromSummary.size(), fromShipments.size()); i++) {
                assertThat(fromSummary.get(i)).as("shipped order %d: from the order's summary vs from its shipments", i)
                        .isEqualTo(fromShipments.get(i));
            }
            assertThat(fromSummary).hasSameSizeAs(fromShipments);
            // the database groups by the channel's name, the listing by the enum's order: same entries
            assertThat(counted.entered()).containsExactlyInAnyOrderElementsOf(read.entered());
            return fromSummary.size();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Orders and cost per ship day, entered day, split and perfect (several counts of one key added up). */
    static Map<List<Object>, List<Long>> totals(List<OrderCounts.Shipped> counts) {
        Map<List<Object>, long[]> sums = new HashMap<>();
        for (OrderCounts.Shipped c : counts) {
            long[] sum = sums.computeIfAbsent(List.of(c.shipped(), c.entered(), c.split(), c.perfect()), k -> new long[2]);
            sum[0] += c.orders();
            sum[1] += c.costCents();
        }
        Map<List<Object>, List<Long>> totals = new HashMap<>();
        sums.forEach((k, v) -> totals.put(k, List.of(v[0], v[1])));
        return totals;
    }

    /** Runs plain SQL on the book (the paths no use case takes: bulk writers, repairs by hand). */
    public static void sql(Database db, String... statements) {
        try (Connection c = db.openJdbcConnection(); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.executeUpdate(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A single number from the book. */
    public static long number(Database db, String sql) {
        try (Connection c = db.openJdbcConnection(); Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
