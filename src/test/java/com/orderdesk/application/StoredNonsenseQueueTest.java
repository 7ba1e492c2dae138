package com.orderdesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.fulfillment.QueueRow;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.fulfillment.FulfillmentFixture;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fulfillment queue's planned cost, summed in SQL from the order's shipments: a planned cost written by hand
 * that is no whole number ('abc', 12.5 cents) was summed as 0 or as a fraction and said nothing. It is left out of its
 * order's planned cost and named in the queue's damage notes (decision 0012).
 */
class StoredNonsenseQueueTest {
    @TempDir
    Path dir;
    TestBook book;
    AppServices services;
    List<Long> orders;

    @BeforeEach
    void threeRoutedOrders() {
        book = TestBook.create(dir);
        services = book.services();
        orders = List.of(
                FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 2),
                FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 3),
                FulfillmentFixture.releasedOrder(book, book.towelId, "TWL-ROLL-8", 1));
        services.fulfillment().routeAllReleased(book.clerk());
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("book.db")); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private Money plannedCost(Listing<QueueRow> queue, long orderId) {
        return queue.rows().stream().filter(r -> r.orderId() == orderId).findFirst().orElseThrow().plannedCost();
    }

    @Test
    void aShipmentWhosePlannedCostIsTextIsNamedAndLeftOutOfItsOrdersCost() throws SQLException {
        Money before = plannedCost(services.fulfillment().queue(book.clerk()), orders.get(0));
        sql("UPDATE shipment SET planned_cost_cents = 'abc' WHERE order_id = " + orders.get(1));

        Listing<QueueRow> queue = services.fulfillment().queue(book.clerk());
        assertThat(queue.rows()).hasSize(3);
        assertThat(plannedCost(queue, orders.get(0))).isEqualTo(before);
        assertThat(plannedCost(queue, orders.get(1))).isEqualTo(Money.ZERO);
        assertThat(queue.damaged()).singleElement().asString()
                .contains("shipment", "planned_cost_cents", "\"abc\"", "left out of its order's planned cost");
        assertThat(queue.damageNote()).startsWith("1 row of the book could not be read");
    }

    @Test
    void aShipmentWhosePlannedCostIsAFractionIsNamedAndLeftOutOfItsOrdersCost() throws SQLException {
        sql("UPDATE shipment SET planned_cost_cents = 1250.5 WHERE order_id = " + orders.get(2));

        Listing<QueueRow> queue = services.fulfillment().queue(book.clerk());
        assertThat(plannedCost(queue, orders.get(2))).isEqualTo(Money.ZERO);
        assertThat(queue.damaged()).singleElement().asString().contains("shipment", "planned_cost_cents", "\"1250.5\"");
    }

    /** An order routed for more gloves than the book holds: routing backorders what it cannot promise. */
    private long backorderedOrder() {
        long order = FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 100_000);
        services.fulfillment().routeAllReleased(book.clerk());
        return order;
    }

    private QueueRow row(Listing<QueueRow> queue, long orderId) {
        return queue.rows().stream().filter(r -> r.orderId() == orderId).findFirst().orElseThrow();
    }

    @Test
    void aBackorderWhoseQuantityIsTextIsNamedAndLeftOutOfItsOrdersBackorderedUnits() throws SQLException {
        long order = backorderedOrder();
        assertThat(row(services.fulfillment().queue(book.clerk()), order).backorderedUnits()).isPositive();
        sql("UPDATE order_backorder SET qty = 'abc' WHERE order_id = " + order);

        Listing<QueueRow> queue = services.fulfillment().queue(book.clerk());
        assertThat(queue.rows()).hasSize(4);
        assertThat(row(queue, order).backorderedUnits()).isZero();
        assertThat(queue.damaged()).singleElement().asString()
                .contains("backorder", "qty", "\"abc\"", "left out of its order's backordered units");
        assertThat(queue.damageNote()).startsWith("1 row of the book could not be read");
    }

    @Test
    void aBackorderWhoseQuantityIsAFractionIsNamedAndItsOrderStaysInTheQueue() throws SQLException {
        long order = backorderedOrder();
        sql("UPDATE order_backorder SET qty = 2.5 WHERE order_id = " + order);

        Listing<QueueRow> queue = services.fulfillment().queue(book.clerk());
        assertThat(queue.rows()).hasSize(4);
        assertThat(row(queue, order).backorderedUnits()).isZero();
        assertThat(queue.damaged()).singleElement().asString()
                .contains("backorder", "qty", "\"2.5\"", "left out of its order's backordered units");
    }
}
