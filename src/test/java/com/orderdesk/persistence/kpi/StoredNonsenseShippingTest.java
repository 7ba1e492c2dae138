package com.orderdesk.persistence.kpi;

import static com.orderdesk.persistence.kpi.ShippedSummaries.number;
import static com.orderdesk.persistence.kpi.ShippedSummaries.sql;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.BookStart;
import com.orderdesk.demo.DemoBook;
import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.logic.kpi.OrderCounts;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KPI readers' shipping sums on a demo book where a cost is written by hand that is no whole number ('abc', 12.5
 * cents): SUM and getLong read them as 0 or a fraction and said nothing. The order is left out of the shipped figures
 * and named (decision 0012); the two reads (counted by the database, read in full) still agree.
 */
class StoredNonsenseShippingTest {
    @TempDir
    Path dir;
    private BookStart.DemoWritten demo;
    private Database db;
    private long orderId;
    private String orderNo;

    @BeforeEach
    void demoBook() {
        demo = BookStart.createDemo(DatabaseConfig.sqlite(dir.resolve("demo.db")), ShippedSummaryTest.CLOCK,
                ShippedSummaryTest.SIZE, 0, DemoBook.Extent.WHOLE, p -> { });
        db = demo.services().db();
        orderId = number(db, "SELECT MIN(o.id) FROM sales_order o WHERE o.last_ship_date IS NOT NULL"
                + " AND o.status IN ('SHIPPED', 'INVOICED', 'PAID') AND o.ship_count = 1");
        orderNo = db.read(s -> s.createNativeQuery("SELECT order_no FROM sales_order WHERE id = " + orderId, String.class)
                .getSingleResult());
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private static int orders(List<OrderCounts.Shipped> counts) {
        return counts.stream().mapToInt(OrderCounts.Shipped::orders).sum();
    }

    /** An order's recorded shipping cost 'abc' was counted at 0 cents; now the order is left out of the counts and named. */
    @Test
    void anOrdersShippingCostThatIsTextIsNamedAndLeftOutOfTheShippedCounts() throws SQLException {
        int before;
        try (Connection c = db.openJdbcConnection()) {
            before = orders(new OrdersReader(c, new ArrayList<>()).counted().counts().shippedCounted());
        }
        sql(db, "UPDATE sales_order SET ship_shipping_cents = 'abc' WHERE id = " + orderId);
        try (Connection c = db.openJdbcConnection()) {
            List<String> damaged = new ArrayList<>();
            OrdersReader reader = new OrdersReader(c, damaged);
            assertThat(orders(reader.counted().counts().shippedCounted())).isEqualTo(before - 1);
            assertThat(damaged).singleElement().asString().contains(orderNo, "ship_shipping_cents", "\"abc\"", "left out");
            List<String> drillDown = new ArrayList<>();
            assertThat(new OrdersReader(c, drillDown).shipped()).extracting(Ledgers.Order::orderNo).doesNotContain(orderNo);
            assertThat(drillDown).singleElement().asString().contains(orderNo, "ship_shipping_cents", "\"abc\"");
        }
    }

    /**
     * A shipment's planned cost 12.5: the full read took it as 12 cents, the triggers summed it into the order as a
     * fraction. Both reads leave the order out of the shipped figures (it still counts as entered) and name the shipment alike.
     */
    @Test
    void aShipmentsPlannedCostThatIsAFractionLeavesItsOrderOutOfBothReads() throws SQLException {
        sql(db, "UPDATE shipment SET planned_cost_cents = 12.5 WHERE order_id = " + orderId + " AND status IN ('SHIPPED', 'INVOICED')");
        try (Connection c = db.openJdbcConnection()) {
            List<String> read = new ArrayList<>();
            assertThat(new OrdersReader(c, read).read()).filteredOn(o -> o.orderNo().equals(orderNo)).singleElement()
                    .satisfies(o -> assertThat(o.shippedDate()).as("listed as entered, not as shipped").isNull());
            assertThat(read).singleElement().asString().contains("shipment", "planned_cost_cents", "\"12.5\"", "left out");
        }
        ShippedSummaries.assertCountedEqualsRead(db);
    }

    /** The node the order's shipment left from, and the orders that node shipped (every one of them reads its handling). */
    private long nodeOfTheOrder() {
        return number(db, "SELECT MIN(node_id) FROM shipment WHERE order_id = " + orderId + " AND status IN ('SHIPPED', 'INVOICED')");
    }

    private List<String> shippedFrom(long node) {
        return db.read(s -> s.createNativeQuery("SELECT DISTINCT o.order_no FROM sales_order o JOIN shipment sh ON sh.order_id = o.id"
                + " WHERE sh.node_id = " + node + " AND sh.status IN ('SHIPPED', 'INVOICED')", String.class).getResultList());
    }

    /**
     * A node's handling cost 'abc': the full read's handling (node handling + picking, capped at the planned cost) and the
     * triggers' took it as 0 cents, and said nothing. The orders it shipped are left out of both reads and the node named.
     */
    @Test
    void aNodesHandlingCostThatIsTextLeavesTheOrdersItShippedOutOfBothReads() throws SQLException {
        long node = nodeOfTheOrder();
        List<String> fromNode = shippedFrom(node);
        sql(db, "UPDATE fulfillment_node SET handling_cents = 'abc' WHERE id = " + node);
        try (Connection c = db.openJdbcConnection()) {
            List<String> read = new ArrayList<>();
            assertThat(new OrdersReader(c, read).read()).filteredOn(o -> fromNode.contains(o.orderNo()))
                    .hasSameSizeAs(fromNode).allSatisfy(o -> assertThat(o.shippedDate()).as("listed as entered, not as shipped").isNull());
            assertThat(read).singleElement().asString()
                    .contains("fulfillment_node " + node, "handling_cents", "\"abc\"", "left out of the figures");
        }
        ShippedSummaries.assertCountedEqualsRead(db);
    }

    /** A node's picking cost per unit 12.5: the full read took the handling as whole cents, the triggers as a fraction. */
    @Test
    void aNodesPickingCostThatIsAFractionLeavesTheOrdersItShippedOutOfBothReads() throws SQLException {
        long node = nodeOfTheOrder();
        sql(db, "UPDATE fulfillment_node SET pick_per_unit_cents = 12.5 WHERE id = " + node);
        ShippedSummaries.assertCountedEqualsRead(db);
        try (Connection c = db.openJdbcConnection()) {
            List<String> counted = new ArrayList<>();
            OrdersReader reader = new OrdersReader(c, counted);
            reader.counted();
            assertThat(counted).singleElement().asString()
                    .contains("fulfillment_node " + node, "pick_per_unit_cents", "\"12.5\"", "left out of the figures");
            assertThat(reader.shipped()).extracting(Ledgers.Order::orderNo).doesNotContainAnyElementsOf(shippedFrom(node));
        }
    }
}
